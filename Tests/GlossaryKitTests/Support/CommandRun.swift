import Foundation

/// Runs the built `glossary` binary and captures what it printed and its exit status.
struct CommandRun {
    var status: Int32
    var standardOutput: String
    var standardError: String

    /// `environment` adds to (or replaces entries of) the test process's own environment.
    static func glossary(
        _ arguments: [String], in folder: String? = nil, environment: [String: String] = [:]
    ) throws -> CommandRun {
        try program(TestPaths.binary, arguments, in: folder, environment: environment)
    }

    /// Runs any program (e.g. the binary under `setpriv`), capturing the same way;
    /// `environment` is added to the test's own.
    static func program(
        _ executable: URL, _ arguments: [String], in folder: String? = nil, environment: [String: String] = [:]
    ) throws -> CommandRun {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        if let folder { process.currentDirectoryURL = URL(fileURLWithPath: folder) }
        if !environment.isEmpty { process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 } }
        // No standard input: a command must never wait for it.
        process.standardInput = FileHandle.nullDevice
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        // Read both pipes before waiting, so a chatty process cannot block on a full pipe.
        let outData = output.fileHandleForReading.readDataToEndOfFile()
        let errData = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return CommandRun(
            status: process.terminationStatus,
            standardOutput: String(decoding: outData, as: UTF8.self),
            standardError: String(decoding: errData, as: UTF8.self))
    }
}

extension CommandRun {
    /// Runs `/usr/bin/git` in `folder` as a test author; `date` sets the commit's committer
    /// date (and `authorDate` its author date, the same by default).
    static func git(_ arguments: [String], in folder: String, date: String? = nil, authorDate: String? = nil) throws -> CommandRun {
        var environment = ["GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.org", "GIT_COMMITTER_NAME": "t",
                           "GIT_COMMITTER_EMAIL": "t@example.org"]
        if let date { environment["GIT_COMMITTER_DATE"] = date; environment["GIT_AUTHOR_DATE"] = authorDate ?? date }
        return try program(URL(fileURLWithPath: "/usr/bin/git"), arguments, in: folder, environment: environment)
    }
}
