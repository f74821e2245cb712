import CFileSwap
import Foundation

/// Writes a built site into a new folder beside the output and swaps it in only when every
/// file is written, so a failed or interrupted build leaves the previous site as it was.
public enum OutputFolder {
    /// Every folder a build writes carries this file; a non-empty folder without it was not
    /// written by a build, and is never replaced (so `--output ~` cannot wipe a home folder).
    public static let markerName = ".glossary-output"
    static let markerText = "This folder is written by `glossary build` and replaced by every build.\n"

    /// Writes `files` to `path`, replacing what a previous build wrote there.
    public static func write(_ files: [SiteFile], to path: String, jobs: Int) throws {
        let staging = try Staging(for: path)
        do {
            try staging.prepare(folders: folders(of: files.map(\.path)), jobs: jobs)
            let errors = ParallelMap.map(count: files.count, jobs: jobs) { index -> Error? in
                do { try staging.write(files[index]) } catch { return error }
                return nil
            }
            if let error = errors.compactMap({ $0 }).first { throw error }
            try staging.swapIn()
        } catch {
            staging.abandon()
            throw error
        }
    }

    /// Every folder the given file paths need, parents before children.
    public static func folders(of paths: [String]) -> [String] {
        var folders = Set<String>()
        for path in paths {
            var components = path.split(separator: "/").dropLast()
            while !components.isEmpty, folders.insert(components.joined(separator: "/")).inserted {
                components = components.dropLast()
            }
        }
        return folders.sorted()
    }

    /// A new folder beside the output that receives the site as it is rendered, then is
    /// swapped in whole; abandoned (removed) if anything fails.
    public final class Staging: SiteSink, @unchecked Sendable {
        let staging: URL
        let output: URL
        let displayPath: String

        /// Checks the output may be replaced, removes what killed builds left behind, and
        /// makes the empty staging folder.
        public init(for path: String) throws {
            let fileManager = FileManager.default
            output = URL(fileURLWithPath: path).standardizedFileURL
            displayPath = path
            let parent = output.deletingLastPathComponent()
            let base = output.lastPathComponent
            try OutputFolder.checkReplaceable(output, displayPath: path)
            if let problem = OutputFolder.makeFolders(FolderPath.parent(of: path)) {
                throw failure(path, "cannot create the folder that holds the output: \(problem)")
            }
            removeStaleFolders(in: parent, base: base)
            staging = parent.appendingPathComponent(".\(base).glossary-new-\(ProcessInfo.processInfo.processIdentifier)")
            OutputFolder.removeTree(staging)
            guard mkdir(staging.path, 0o755) == 0 else {
                throw failure(path, "cannot create a folder beside the output: \(String(cString: strerror(errno)))")
            }
            folder = open(staging.path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        }

        /// The staging folder, open, so files are created relative to it (`openat`): the
        /// kernel then resolves three path components per page instead of the whole path.
        private let folder: Int32

        deinit {
            if folder >= 0 { close(folder) }
        }

        /// Folders are made level by level (parents before children), each level in parallel.
        public func prepare(folders: [String], jobs: Int) throws {
            let byDepth = Dictionary(grouping: folders, by: { $0.reduce(0) { $1 == "/" ? $0 + 1 : $0 } })
            for depth in byDepth.keys.sorted() {
                let level = byDepth[depth]!.sorted()
                let failures = ParallelMap.map(count: level.count, jobs: jobs) { index -> String? in
                    mkdirat(self.folder, level[index], 0o755) == 0 || errno == EEXIST
                        ? nil : "\(level[index]): \(String(cString: strerror(errno)))"
                }
                if let first = failures.compactMap({ $0 }).first {
                    throw failure(displayPath, "cannot write the new site beside the output: \(first)")
                }
            }
        }

        /// Writes one file; its folder is made here if `prepare` did not make it, so a page's
        /// own folder is created by the thread that renders it, beside other rendering work.
        public func write(_ file: SiteFile) throws {
            try Interruption.check()
            // A page two folders deep (`terms/x/index.html`) is alone in its folder: make the
            // folder first rather than fail an open and retry.
            if file.path.utf8.reduce(0, { $1 == UInt8(ascii: "/") ? $0 + 1 : $0 }) >= 2 { makeFolders(for: file.path) }
            var errorNumber = writeFile(file.data, to: file.path, in: folder)
            if errorNumber == ENOENT {
                makeFolders(for: file.path)
                errorNumber = writeFile(file.data, to: file.path, in: folder)
            }
            if errorNumber != 0 {
                throw failure(
                    displayPath,
                    "cannot write the new site beside the output: \(file.path): \(String(cString: strerror(errorNumber)))")
            }
        }

        /// `mkdir -p` for a file's folder inside the staging folder; another thread making the
        /// same folder at the same moment is fine (EEXIST).
        private func makeFolders(for relativePath: String) {
            // Deepest first: its parents usually exist already, so one call is enough.
            let parent = relativePath.split(separator: "/").dropLast().joined(separator: "/")
            if mkdirat(folder, parent, 0o755) == 0 || errno == EEXIST { return }
            var path = ""
            for component in relativePath.split(separator: "/").dropLast() {
                path += path.isEmpty ? String(component) : "/" + component
                _ = mkdirat(folder, path, 0o755)
            }
        }

        /// Marks the folder as a build's and swaps it in for the output.
        public func swapIn() throws {
            try write(SiteFile(path: markerName, text: markerText))
            try OutputFolder.swapIn(staging: staging, output: output, displayPath: displayPath)
        }

        /// Removes the staging folder after a failure; the output is untouched.
        public func abandon() {
            OutputFolder.removeTree(staging)
        }
    }

    /// `mkdir -p` for the folders above the output, as given (relative paths stay relative,
    /// so the message names what the user typed); nil when done, else what failed and why.
    static func makeFolders(_ path: String) -> String? {
        guard !path.isEmpty else { return nil }
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) {
            return isDirectory.boolValue ? nil : "\(path) is a file, not a folder"
        }
        if let problem = makeFolders(FolderPath.parent(of: path)) { return problem }
        if mkdir(path, 0o755) == 0 || errno == EEXIST { return nil }
        return "\(path): \(String(cString: strerror(errno)))"
    }

    /// Removes a folder a build made or replaced. A folder inside that was made read-only
    /// (`chmod -w`) stops a plain removal half way, which left the old site beside the
    /// output as `.Output.glossary-new-<pid>`: such folders are made writable, then removal
    /// is tried again.
    static func removeTree(_ url: URL) {
        let fileManager = FileManager.default
        if (try? fileManager.removeItem(at: url)) != nil { return }
        guard fileManager.fileExists(atPath: url.path) else { return }
        _ = chmod(url.path, 0o755)
        if let enumerator = fileManager.enumerator(atPath: url.path) {
            // The enumerator reads a folder's entries only when it descends into it, which
            // is after the folder itself is returned and made readable here.
            while let relative = enumerator.nextObject() as? String {
                let path = url.path + "/" + relative
                var info = stat()
                if lstat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR { _ = chmod(path, 0o755) }
            }
        }
        try? fileManager.removeItem(at: url)
    }

    /// Refuses an output that is a file, or a non-empty folder no build wrote.
    static func checkReplaceable(_ output: URL, displayPath: String) throws {
        let fileManager = FileManager.default
        var isDirectory: ObjCBool = false
        guard fileManager.fileExists(atPath: output.path, isDirectory: &isDirectory) else { return }
        guard isDirectory.boolValue else { throw failure(displayPath, "the output path exists and is not a folder") }
        let entries = (try? fileManager.contentsOfDirectory(atPath: output.path)) ?? []
        if !entries.isEmpty, !entries.contains(markerName) {
            throw failure(
                displayPath,
                "refusing to replace a non-empty folder that no glossary build wrote (it has no \(markerName)); "
                    + "choose an empty or new folder with --output")
        }
    }

    /// Folders left by a build that was killed: staging or old copies whose process is gone.
    static func removeStaleFolders(in parent: URL, base: String) {
        let fileManager = FileManager.default
        guard let names = try? fileManager.contentsOfDirectory(atPath: parent.path) else { return }
        for name in names {
            for kind in ["new", "old"] {
                let prefix = ".\(base).glossary-\(kind)-"
                guard name.hasPrefix(prefix), let pid = Int32(name.dropFirst(prefix.count)) else { continue }
                if pid == ProcessInfo.processInfo.processIdentifier || kill(pid, 0) != 0 {
                    OutputFolder.removeTree(parent.appendingPathComponent(name))
                }
            }
        }
    }

    /// Writes a new file with plain POSIX calls: no attribute lookups, no temporary file,
    /// no fsync (the staging folder is thrown away whole if anything fails). Returns errno.
    private static func writeFile(_ data: Data, to path: String, in folder: Int32) -> Int32 {
        let descriptor = openat(folder, path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { return errno }
        defer { close(descriptor) }
        return data.withUnsafeBytes { buffer -> Int32 in
            var offset = 0
            while offset < buffer.count {
                let written = posixWrite(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    return errno
                }
                offset += written
            }
            return 0
        }
    }

    /// Exchanges the staging folder with the output in one rename where the system can;
    /// otherwise moves the old output aside first (a crash then leaves it in the `-old-`
    /// folder, which the next build removes once its own site is in place).
    static func swapIn(staging: URL, output: URL, displayPath: String) throws {
        let fileManager = FileManager.default
        if !fileManager.fileExists(atPath: output.path) {
            do {
                try fileManager.moveItem(at: staging, to: output)
            } catch {
                OutputFolder.removeTree(staging)
                throw failure(displayPath, "cannot move the new site into place: \(error.localizedDescription)")
            }
            return
        }
        if glossary_exchange_paths(staging.path, output.path) == 0 {
            OutputFolder.removeTree(staging)
            return
        }
        let old = output.deletingLastPathComponent()
            .appendingPathComponent(".\(output.lastPathComponent).glossary-old-\(ProcessInfo.processInfo.processIdentifier)")
        do {
            try fileManager.moveItem(at: output, to: old)
            try fileManager.moveItem(at: staging, to: output)
        } catch {
            if !fileManager.fileExists(atPath: output.path) { try? fileManager.moveItem(at: old, to: output) }
            OutputFolder.removeTree(staging)
            throw failure(displayPath, "cannot move the new site into place: \(error.localizedDescription)")
        }
        OutputFolder.removeTree(old)
    }

    static func failure(_ path: String, _ message: String) -> DiagnosticsError {
        DiagnosticsError([Diagnostic(file: path, message: message)])
    }
}

/// The C `write(2)`, out of reach by its plain name inside `OutputFolder` (which has a
/// `write` of its own).
private func posixWrite(_ descriptor: Int32, _ bytes: UnsafeRawPointer, _ count: Int) -> Int {
    write(descriptor, bytes, count)
}
