import Foundation
import Testing

/// A project folder (Content/, Templates/) whose good site is already built into Output/,
/// ready to take one bad input: the real `glossary build` must then refuse it with the
/// exact diagnostics and leave Output/ byte for byte as it was, with nothing new beside it.
///
/// The good site is `Fixtures/bad-input/good/Content` with the shipped `Templates/`; a case's
/// committed files are in `Fixtures/bad-input/<case>/` and are copied over the project.
final class BadInputProject {
    static let fixtures = TestPaths.fixtures.appendingPathComponent("bad-input")

    let folder: TemporaryFolder
    var root: String { folder.path }
    /// Every file of the good Output/ with its bytes.
    let goodOutput: [String: Data]

    init() throws {
        folder = try TemporaryFolder()
        try FileTree.copy(Self.fixtures.appendingPathComponent("good/Content").path, to: folder.child("Content"))
        try FileTree.copy(TestPaths.templates, to: folder.child("Templates"))
        let run = try CommandRun.glossary(["build"], in: folder.path)
        guard run.status == 0 else { throw SetupError(message: "the good site does not build: \(run.standardError)") }
        goodOutput = try FileTree.read(folder.child("Output"))
    }

    /// Copies the files of `Fixtures/bad-input/<name>/` over the project.
    func apply(_ name: String) throws {
        let source = Self.fixtures.appendingPathComponent(name)
        let relatives = try FileTree.read(source.path)
        guard !relatives.isEmpty else { throw SetupError(message: "no fixture files in \(source.path)") }
        for (relative, data) in relatives {
            try write(relative, data)
        }
    }

    /// Writes one file of the project, making its folders.
    func write(_ relative: String, _ data: Data) throws {
        let url = folder.url.appendingPathComponent(relative)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try data.write(to: url)
    }

    func path(_ relative: String) -> String { folder.child(relative) }

    /// Runs `glossary build <arguments>` in the project and checks it was refused: the exit
    /// status, standard error exactly (the diagnostics in order, then the summary line),
    /// nothing on standard output, Output/ unchanged and no new entry beside it.
    func expectRefusal(
        _ errors: [String], arguments: [String] = [], withoutFileOverride: Bool = false, outputName: String = "Output",
        sourceLocation: SourceLocation = #_sourceLocation
    ) throws {
        let entriesBefore = try entries()
        let run = try build(arguments, withoutFileOverride: withoutFileOverride)
        let summary = "build failed with \(errors.count) error\(errors.count == 1 ? "" : "s"); \(outputName) was left as it was"
        #expect(run.status == 1, sourceLocation: sourceLocation)
        #expect(run.standardError == (errors + [summary]).map { $0 + "\n" }.joined(), sourceLocation: sourceLocation)
        #expect(run.standardOutput == "", sourceLocation: sourceLocation)
        try expectOutputUnchanged(entriesBefore: entriesBefore, sourceLocation: sourceLocation)
    }

    /// Output/ holds exactly the good site's files and bytes, and the project folder holds
    /// exactly what it held before the build (no staging folder left, nothing written beside).
    func expectOutputUnchanged(entriesBefore: [String], sourceLocation: SourceLocation = #_sourceLocation) throws {
        let output = try FileTree.read(folder.child("Output"))
        #expect(output.keys.sorted() == goodOutput.keys.sorted(), sourceLocation: sourceLocation)
        #expect(output == goodOutput, "Output/ changed", sourceLocation: sourceLocation)
        #expect(try entries() == entriesBefore, sourceLocation: sourceLocation)
    }

    /// The names in the project folder, hidden ones included.
    func entries() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: root).sorted()
    }

    /// `glossary build`, as root without the capabilities that let root read and write
    /// every file regardless of its permissions when `withoutFileOverride` is set.
    func build(_ arguments: [String] = [], withoutFileOverride: Bool = false) throws -> CommandRun {
        guard withoutFileOverride else { return try CommandRun.glossary(["build"] + arguments, in: root) }
        let (program, prefix) = Permissions.unprivileged(TestPaths.binary.path)
        return try CommandRun.program(program, prefix + ["build"] + arguments, in: root)
    }

    struct SetupError: Error, CustomStringConvertible {
        var message: String
        var description: String { message }
    }
}

/// Runs programs so that file permissions apply to them. Tests and CI run as root, and root
/// reads and writes everything: the program is then run under `setpriv` with
/// CAP_DAC_OVERRIDE and CAP_DAC_READ_SEARCH dropped from its bounding set (so the exec'd
/// root process never has them). Not as root, permissions already apply.
enum Permissions {
    static let setpriv = "/usr/bin/setpriv"

    /// The program to run and the arguments that come before the command's own.
    static func unprivileged(_ command: String) -> (URL, [String]) {
        guard getuid() == 0 else { return (URL(fileURLWithPath: command), []) }
        return (URL(fileURLWithPath: setpriv), ["--bounding-set", "-dac_override,-dac_read_search", "--", command])
    }

    /// Runs a shell command the same way; used to prove a condition holds before a test
    /// relies on it (a test that could not make a file unreadable must fail, not pass).
    /// A wrapper that cannot run at all (no setpriv, no CAP_SETPCAP) throws rather than
    /// passing for a denied access.
    static func shell(_ script: String, in folder: String) throws -> Int32 {
        let (program, prefix) = unprivileged("/bin/sh")
        let control = try CommandRun.program(program, prefix + ["-c", "true"], in: folder)
        guard control.status == 0 else {
            throw BadInputProject.SetupError(message: "cannot drop file permission overrides: \(control.standardError)")
        }
        return try CommandRun.program(program, prefix + ["-c", script], in: folder).status
    }
}
