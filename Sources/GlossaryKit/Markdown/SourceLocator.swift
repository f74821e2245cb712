/// Maps cmark's positions (1-based lines of the body, 1-based byte columns) to positions in
/// the whole term file counted in Unicode scalars, as diagnostics report them.
struct SourceLocator {
    private let lines: [ArraySlice<UInt8>]
    private let startLine: Int

    init(bytes: [UInt8], startLine: Int) {
        lines = bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
        self.startLine = startLine
    }

    /// File line and scalar column of a body position.
    func position(line: Int, byteColumn: Int) -> (line: Int, column: Int) {
        guard line >= 1, line <= lines.count else { return (startLine + max(line, 1) - 1, max(byteColumn, 1)) }
        let text = lines[line - 1]
        let prefixLength = min(max(byteColumn - 1, 0), text.count)
        let prefix = text.prefix(prefixLength)
        // Scalars start at every byte that is not a UTF-8 continuation byte (10xxxxxx).
        let scalars = prefix.reduce(0) { $0 + (($1 & 0xC0) == 0x80 ? 0 : 1) }
        return (startLine + line - 1, scalars + 1)
    }

    /// Where `needle` stands on a body line at or after a byte column; falls back to that
    /// column when the literal differs from the source (escapes, entities).
    func find(_ needle: String, line: Int, fromByteColumn column: Int) -> (byteColumn: Int, nextByteColumn: Int) {
        guard line >= 1, line <= lines.count else { return (column, column) }
        let haystack = Array(lines[line - 1])
        let target = Array(needle.utf8)
        var start = max(column - 1, 0)
        while start + target.count <= haystack.count {
            if haystack[start..<(start + target.count)].elementsEqual(target) {
                return (start + 1, start + target.count + 1)
            }
            start += 1
        }
        return (column, column)
    }
}
