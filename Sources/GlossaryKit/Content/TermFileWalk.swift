import Foundation

/// The walk below a content folder behind `ContentLoader.termPaths`: term files in sorted
/// order, and a diagnostic for every entry that cannot be followed rather than skipping it
/// in silence.
struct TermFileWalk {
    var paths: [String] = []
    var diagnostics: [Diagnostic] = []
    /// Real path of each folder read → the path it was read by.
    var visited: [String: String] = [:]

    mutating func collect(folder: String, prefix: String) {
        // A link to a folder already read (a loop, or a second way to the same terms)
        // would read its terms again, or forever.
        guard let real = FileLinks.realPath(folder) else {
            diagnostics.append(Diagnostic(file: folder, message: "cannot read the folder: \(String(cString: strerror(errno)))"))
            return
        }
        if let first = visited[real] {
            diagnostics.append(Diagnostic(
                file: folder,
                message: "the link leads to \(first), a folder read already (a loop of links, or a second way to the "
                    + "same terms); remove the link or start its name with '_'"))
            return
        }
        visited[real] = folder
        let names: [String]
        do {
            names = try listing(folder)
        } catch {
            diagnostics.append(Diagnostic(file: folder, message: "cannot list the folder: \(error.reason)"))
            return
        }
        for name in names where !name.hasPrefix("_") && !name.hasPrefix(".") {
            let path = ContentLoader.join(folder, name)
            var info = stat()
            guard stat(path, &info) == 0 else {
                let reason = errno
                if reason == ELOOP {
                    diagnostics.append(Diagnostic(
                        file: path, message: "a loop of symbolic links; remove the link or start its name with '_'"))
                } else if reason == ENOENT {
                    // A dangling link: only a term file's name says it was meant to be read.
                    if name.hasSuffix(".md") {
                        let target = FileLinks.target(path).map { " (\($0) does not exist)" } ?? ""
                        diagnostics.append(Diagnostic(file: path, message: "the symbolic link leads nowhere\(target)"))
                    }
                } else {
                    diagnostics.append(Diagnostic(file: path, message: "cannot read it: \(String(cString: strerror(reason)))"))
                }
                continue
            }
            if (info.st_mode & S_IFMT) == S_IFDIR {
                collect(folder: path, prefix: prefix + name + "/")
            } else if name.hasSuffix(".md") {
                paths.append(prefix + name)
            }
        }
    }

    private struct ListingError: Error { var reason: String }

    /// The folder's entry names, sorted; errno's reason when it cannot be listed.
    private func listing(_ folder: String) throws(ListingError) -> [String] {
        guard let directory = opendir(folder) else { throw ListingError(reason: String(cString: strerror(errno))) }
        defer { closedir(directory) }
        var names: [String] = []
        while let entry = readdir(directory) {
            let name = Self.name(of: entry)
            if name != "." && name != ".." { names.append(name) }
        }
        return names.sorted()
    }

    /// An entry's name, read through the pointer and never past its record.
    ///
    /// glibc packs records by `d_reclen` (24 bytes for a short name) while `struct dirent`
    /// is 280: copying it (`entry.pointee`, or `d_name` by value) reads past a short record,
    /// and past the end of glibc's buffer when the record is its last.
    static func name(of entry: UnsafePointer<dirent>) -> String {
        let record = UnsafeRawPointer(entry)
        let nameOffset = MemoryLayout<dirent>.offset(of: \.d_name)!
        let recordLength = Int(record.load(fromByteOffset: MemoryLayout<dirent>.offset(of: \.d_reclen)!, as: UInt16.self))
        let start = (record + nameOffset).assumingMemoryBound(to: CChar.self)
        let length = strnlen(start, max(0, recordLength - nameOffset))
        return String(decoding: UnsafeRawBufferPointer(start: start, count: length), as: UTF8.self)
    }
}
