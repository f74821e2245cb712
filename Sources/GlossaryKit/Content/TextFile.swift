import Foundation

/// Reads text files the way every stage expects them: UTF-8, no BOM, LF line ends.
enum TextFile {
    /// Reads and normalises a file, or throws a diagnostic naming it.
    static func read(path: String, displayPath: String) throws -> String {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw DiagnosticsError([Diagnostic(file: displayPath, message: "cannot read the file")])
        }
        return try decode(data, displayPath: displayPath)
    }

    /// Decodes UTF-8 strictly: a bad byte sequence is reported with its line and column
    /// rather than silently replaced.
    static func decode(_ data: Data, displayPath: String) throws -> String {
        var bytes = [UInt8](data)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            let (line, column) = firstInvalidUTF8(in: bytes)
            throw DiagnosticsError([
                Diagnostic(file: displayPath, line: line, column: column, message: "the file is not valid UTF-8")
            ])
        }
        return bytes.contains(UInt8(ascii: "\r")) ? normaliseLineEnds(text) : text
    }

    private static func normaliseLineEnds(_ text: String) -> String {
        text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
    }

    /// The line and column (in scalars) of the first byte that is not valid UTF-8.
    private static func firstInvalidUTF8(in bytes: [UInt8]) -> (Int, Int) {
        var line = 1
        var column = 1
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                if scalar == "\n" { line += 1; column = 1 } else { column += 1 }
            case .emptyInput, .error:
                return (line, column)
            }
        }
    }
}
