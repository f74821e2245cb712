import Foundation

/// What the system says about paths and symbolic links, as Swift strings: shared by the
/// walks below Content/ and Templates/ and by the output folder's placement check.
enum FileLinks {
    /// The path with every link, `.` and `..` resolved; nil when it does not exist (errno
    /// says why).
    static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// A link's target as written in it; nil when `path` is not a link.
    static func target(_ path: String) -> String? {
        var buffer = [CChar](repeating: 0, count: 4097)
        let count = readlink(path, &buffer, 4096)
        guard count > 0 else { return nil }
        return String(decoding: buffer[..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}
