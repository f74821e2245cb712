/// Maps references found in the cmark tree to positions in the whole term file, counted in
/// Unicode scalars, as diagnostics report them.
///
/// cmark 0.30 gives inline nodes a line and byte column, but not always the right ones: after
/// a backslash line break the line does not advance, and on a lazy continuation line of a
/// block quote the column is shifted. So the line is recounted from the enclosing block
/// (its start line plus the line breaks before the node), and the column is found by
/// looking for the reference's own text on that line.
struct SourceLocator {
    private let bytes: [UInt8]
    /// Split on first use: most bodies have no reference to locate.
    private lazy var lines: [ArraySlice<UInt8>] = bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
    private let startLine: Int
    /// The last place a reference was found (body line, byte column after it), so repeated
    /// references on one line map to successive places.
    private var cursor = (line: 0, byteColumn: 1)
    /// The last position converted (body line, byte column, scalars before it), so the next
    /// one on that line counts on from there: counting from the line's start each time made
    /// 200,000 wiki links on one line quadratic (over a minute).
    private var counted = (line: 0, byteColumn: 1, scalars: 0)

    init(bytes: [UInt8], startLine: Int) {
        self.bytes = bytes
        self.startLine = startLine
    }

    /// Locates `needle` (the reference as written, e.g. `[[Partner program]]`) on body line
    /// `line`, looking first from cmark's column (right in all but rare cases, and past any
    /// code span holding the same text), then from the previous reference; if the source
    /// differs from the parsed literal (escapes, entities), the next `fallback` (e.g. `[[`)
    /// stands in; failing all, cmark's own column.
    mutating func locate(
        _ needle: String, fallback: String, line: Int, reportedLine: Int, reportedByteColumn: Int
    ) -> (line: Int, column: Int) {
        let from = cursor.line == line ? cursor.byteColumn : 1
        let reported = reportedLine == line ? max(reportedByteColumn, from) : from
        let byteColumn = find(needle, line: line, from: reported)
            ?? find(needle, line: line, from: from)
            ?? find(fallback, line: line, from: reported)
            ?? find(fallback, line: line, from: from)
            ?? reportedByteColumn
        cursor = (line, byteColumn + 1)
        return position(line: line, byteColumn: byteColumn)
    }

    /// File line and scalar column of a body line and byte column.
    mutating func position(line: Int, byteColumn: Int) -> (line: Int, column: Int) {
        guard line >= 1, line <= lines.count else { return (startLine + max(line, 1) - 1, max(byteColumn, 1)) }
        let text = lines[line - 1]
        let end = min(max(byteColumn - 1, 0), text.count)
        var (from, scalars) = (0, 0)
        if counted.line == line, counted.byteColumn - 1 <= end { (from, scalars) = (counted.byteColumn - 1, counted.scalars) }
        // Scalars start at every byte that is not a UTF-8 continuation byte (10xxxxxx).
        scalars += text[(text.startIndex + from)..<(text.startIndex + end)].reduce(0) { $0 + (($1 & 0xC0) == 0x80 ? 0 : 1) }
        counted = (line, end + 1, scalars)
        return (startLine + line - 1, scalars + 1)
    }

    /// The 1-based byte column of `needle` on a body line at or after `from`.
    private mutating func find(_ needle: String, line: Int, from: Int) -> Int? {
        guard line >= 1, line <= lines.count, !needle.isEmpty else { return nil }
        let haystack = lines[line - 1]
        let target = Array(needle.utf8)
        var start = haystack.startIndex + max(from - 1, 0)
        while start + target.count <= haystack.endIndex {
            if haystack[start..<(start + target.count)].elementsEqual(target) {
                return start - haystack.startIndex + 1
            }
            start += 1
        }
        return nil
    }
}
