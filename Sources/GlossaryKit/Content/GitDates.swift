import Foundation

/// The last commit of every file below the content folder, from one `git log` over the
/// folder (not one per file: at 10,000 terms that would be 10,000 processes), and the files
/// with uncommitted changes (`git status`), which get no date: a page's date then depends
/// on the commit alone, so two builds of one commit give the same bytes.
///
/// Dates are committer dates, the day in UTC (`2024-05-01`), not the author's: a rebased or
/// merged change is dated when it reached the branch.
struct GitDates: Sendable {
    /// Repository path → committer time (seconds since 1970) of its last commit.
    private var committed: [String: Int] = [:]
    /// Repository paths modified, added or untracked in the working tree.
    private var uncommitted: Set<String> = []

    /// Nil when the content folder is in no git repository, or git is missing or fails.
    static func read(_ repository: SourceRepository) -> GitDates? {
        guard repository.isGit else { return nil }
        let pathspec = repository.contentPrefix.isEmpty ? "." : String(repository.contentPrefix.dropLast())
        let base = ["-C", repository.root, "--literal-pathspecs"]
        // Both started before either is read: the status runs while the log is parsed.
        guard let log = GitProcess(base + ["log", "-z", "--format=%x01%ct", "--name-only", "--", pathspec]) else { return nil }
        let status = GitProcess(base + ["status", "--porcelain", "-z", "--untracked-files=all", "--", pathspec])
        guard let logOutput = log.output() else { _ = status?.output(); return nil }
        var dates = GitDates()
        var current = 0
        // Newest commit first: a file's first mention is its last change. `-z` ends each
        // name with NUL (no quoting of unusual names); a commit's header is `\u{1}<time>`.
        for piece in logOutput.split(separator: 0, omittingEmptySubsequences: true) {
            var bytes = piece[...]
            if bytes.first == UInt8(ascii: "\n") { bytes = bytes.dropFirst() }
            if bytes.first == 1 {
                current = Int(String(decoding: bytes.dropFirst(), as: UTF8.self)) ?? 0
            } else if !bytes.isEmpty {
                let path = String(decoding: bytes, as: UTF8.self)
                if dates.committed[path] == nil { dates.committed[path] = current }
            }
        }
        guard let statusOutput = status?.output() else { return nil }
        // `XY path`, and for a rename or copy the old path as one more entry.
        var skipNext = false
        for entry in statusOutput.split(separator: 0, omittingEmptySubsequences: true) {
            let text = String(decoding: entry, as: UTF8.self)
            if skipNext { dates.uncommitted.insert(text); skipNext = false; continue }
            guard text.utf8.count > 3 else { continue }
            dates.uncommitted.insert(String(text.dropFirst(3)))
            skipNext = text.hasPrefix("R") || text.hasPrefix("C")
        }
        return dates
    }

    /// The committer time of the file's last commit, uncommitted changes or not.
    func timestamp(of repositoryPath: String) -> Int? { committed[repositoryPath] }

    /// The day of the file's last commit (`YYYY-MM-DD`, UTC); nil for a file never committed
    /// or with uncommitted changes.
    func lastUpdated(_ repositoryPath: String) -> String? {
        guard !uncommitted.contains(repositoryPath), let seconds = committed[repositoryPath] else { return nil }
        return Self.day(seconds)
    }

    /// The same dates with more files taken as uncommitted (edited while `serve` runs).
    func marking(uncommitted paths: some Sequence<String>) -> GitDates {
        var dates = self
        dates.uncommitted.formUnion(paths)
        return dates
    }

    /// `YYYY-MM-DD` of a time in UTC (the proleptic Gregorian calendar, as git prints it);
    /// by arithmetic, since a `DateFormatter` per build costs more than the whole lookup.
    static func day(_ seconds: Int) -> String {
        // Howard Hinnant's days-to-civil.
        let days = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1_460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        func padded(_ value: Int, _ width: Int) -> String {
            let digits = String(value)
            return String(repeating: "0", count: max(0, width - digits.count)) + digits
        }
        return padded(year, 4) + "-" + padded(month, 2) + "-" + padded(day, 2)
    }
}

/// One `git` run whose standard output is read whole.
private struct GitProcess {
    let process = Process()
    let pipe = Pipe()

    /// Starts `git` with the arguments; nil when it cannot be started.
    init?(_ arguments: [String]) {
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git"] + arguments
        // Reading only: no index refresh written back, no pager, no prompts.
        var environment = ProcessInfo.processInfo.environment
        environment["GIT_OPTIONAL_LOCKS"] = "0"
        environment["GIT_TERMINAL_PROMPT"] = "0"
        process.environment = environment
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        do { try process.run() } catch { return nil }
    }

    /// Everything it wrote, or nil when it failed (git missing, no repository).
    func output() -> [UInt8]? {
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return process.terminationStatus == 0 ? Array(data) : nil
    }
}
