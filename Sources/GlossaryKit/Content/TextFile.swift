import Foundation

/// Reads text files the way every stage expects them: UTF-8, no BOM, LF line ends.
package enum TextFile {
    /// Reads and normalises a file, or throws a diagnostic naming it and why.
    static func read(path: String, displayPath: String) throws -> String {
        try decode(bytes: readBytes(path: path, displayPath: displayPath), displayPath: displayPath)
    }

    /// The file's bytes. Only regular files are read: a FIFO or device named `x.md` would
    /// otherwise block the build or never end (O_NONBLOCK keeps the open itself from waiting).
    static func readBytes(path: String, displayPath: String) throws -> [UInt8] {
        func failure(_ reason: String) -> DiagnosticsError {
            DiagnosticsError([Diagnostic(file: displayPath, message: "cannot read the file: \(reason)")])
        }
        let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        guard descriptor >= 0 else { throw failure(String(cString: strerror(errno))) }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { throw failure(String(cString: strerror(errno))) }
        guard (info.st_mode & S_IFMT) == S_IFREG else { throw failure("it is not a regular file") }
        // One byte more than the file's size, so the read that finds the end needs no growth.
        var bytes = [UInt8](repeating: 0, count: Int(info.st_size) + 1)
        var count = 0
        while true {
            if count == bytes.count { bytes.append(contentsOf: repeatElement(0, count: max(4096, count))) }
            let got = bytes.withUnsafeMutableBytes { buffer in
                posixRead(descriptor, buffer.baseAddress! + count, buffer.count - count)
            }
            if got < 0 {
                if errno == EINTR { continue }
                throw failure(String(cString: strerror(errno)))
            }
            if got == 0 { break }
            count += got
        }
        bytes.removeSubrange(count...)
        return bytes
    }

    /// Decodes UTF-8 strictly: a bad byte sequence is reported with its line and column
    /// rather than silently replaced.
    package static func decode(_ data: Data, displayPath: String) throws -> String {
        try decode(bytes: [UInt8](data), displayPath: displayPath)
    }

    /// As `decode(_:displayPath:)`. A NUL byte is refused too: it is valid UTF-8, but no
    /// text file holds one, and C strings (cmark's) would end there; it is how a binary file
    /// renamed `.md` usually shows first.
    static func decode(bytes: [UInt8], displayPath: String) throws -> String {
        var bytes = bytes
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        let nul = bytes.withUnsafeBytes { buffer in buffer.baseAddress.flatMap { memchr($0, 0, buffer.count) } }
        guard let text = String(validating: bytes, as: UTF8.self), nul == nil else {
            let (line, column, isNUL) = firstBadByte(in: bytes)
            throw DiagnosticsError([
                Diagnostic(
                    file: displayPath, line: line, column: column,
                    message: isNUL ? "the file holds a NUL byte: it is binary, not UTF-8 text" : "the file is not valid UTF-8")
            ])
        }
        return bytes.contains(UInt8(ascii: "\r")) ? normaliseLineEnds(text) : text
    }

    private static func normaliseLineEnds(_ text: String) -> String {
        text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
    }

    /// The line and column (in scalars) of the first byte that is not valid UTF-8 or is NUL.
    private static func firstBadByte(in bytes: [UInt8]) -> (line: Int, column: Int, isNUL: Bool) {
        var line = 1
        var column = 1
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                if scalar == "\0" { return (line, column, true) }
                if scalar == "\n" { line += 1; column = 1 } else { column += 1 }
            case .emptyInput, .error:
                return (line, column, false)
            }
        }
    }
}

/// The C `read(2)`, out of reach by its plain name inside `TextFile` (which has a `read`).
private func posixRead(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer, _ count: Int) -> Int {
    read(descriptor, buffer, count)
}
