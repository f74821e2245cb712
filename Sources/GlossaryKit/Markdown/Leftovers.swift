import CCmark
import Foundation

/// What a body written for another generator holds that this one does not render as its
/// author meant: Hugo shortcodes, raw HTML that safe mode drops, GFM pipe tables. Each is
/// found at its place in the term file, with what the page shows instead.
enum Leftovers {
    /// Warnings (positions in the whole term file) for a body starting on file line
    /// `startLine`, in source order.
    static func find(body: String, startLine: Int, allowRawHTML: Bool) -> [Located<String>] {
        let bytes = Array(body.utf8)
        guard let document = bytes.withUnsafeBufferPointer({ buffer in
            buffer.withMemoryRebound(to: CChar.self) { cmark_parse_document($0.baseAddress, $0.count, CMARK_OPT_SOURCEPOS) }
        }) else { return [] }
        defer { cmark_node_free(document) }
        let lines = bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).map(Array.init)
        var locator = SourceLocator(bytes: bytes, startLine: startLine)
        var found: [(line: Int, column: Int, message: String)] = []
        /// Body lines whose text is no Markdown prose: code, and HTML blocks safe mode drops.
        var opaque = Set<Int>()

        func add(_ bodyLine: Int, byteColumn: Int, _ message: String) {
            let (line, column) = locator.position(line: bodyLine, byteColumn: byteColumn)
            found.append((line, column, message))
        }

        guard let iterator = cmark_iter_new(document) else { return [] }
        defer { cmark_iter_free(iterator) }
        var line = 1
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard event == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator) else { continue }
            let start = Int(cmark_node_get_start_line(node))
            let end = Int(cmark_node_get_end_line(node))
            switch cmark_node_get_type(node) {
            case CMARK_NODE_CODE_BLOCK:
                opaque.formUnion(start...max(start, end))
            case CMARK_NODE_HTML_BLOCK where !allowRawHTML:
                opaque.formUnion(start...max(start, end))
                let first = literal(node).split(separator: "\n").first.map(String.init) ?? ""
                add(start, byteColumn: Int(cmark_node_get_start_column(node)),
                    "raw HTML '\(shortened(first))' is dropped (allow_raw_html is off): nothing of this block appears, "
                        + "text inside it included")
            case CMARK_NODE_PARAGRAPH, CMARK_NODE_HEADING:
                line = start
                if cmark_node_get_type(node) == CMARK_NODE_PARAGRAPH, start < end {
                    for row in start..<end where isTableDelimiter(lines[row]) && lines[row - 1].contains(UInt8(ascii: "|")) {
                        let column = row == start ? Int(cmark_node_get_start_column(node)) : firstContent(lines[row - 1])
                        add(row, byteColumn: column,
                            "this GFM pipe table is not rendered as a table (cmark reads CommonMark): "
                                + "its rows appear as one paragraph of text, pipes and dashes included")
                    }
                }
            case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK:
                line += 1
            case CMARK_NODE_HTML_INLINE where !allowRawHTML:
                let html = literal(node)
                let (fileLine, column) = locator.locate(
                    html, fallback: "<", line: line, reportedLine: start, reportedByteColumn: Int(cmark_node_get_start_column(node)))
                // `{{<figure src="x">}}` is a shortcode first: its own warning says what is left.
                let bodyLine = fileLine - startLine + 1
                if bodyLine >= 1, bodyLine <= lines.count, precededByBraces(lines[bodyLine - 1], scalarColumn: column) { continue }
                found.append((fileLine, column,
                    "raw HTML '\(shortened(html))' is dropped (allow_raw_html is off): the text around it appears without it"))
            default:
                break
            }
        }

        for (index, text) in lines.enumerated() where !opaque.contains(index + 1) {
            for (byteColumn, shortcode) in shortcodes(in: text) {
                let shown = shownText(of: shortcode, allowRawHTML: allowRawHTML)
                let instead = shown.isEmpty ? "nothing of it appears" : "the page shows '\(shown)' as text"
                add(index + 1, byteColumn: byteColumn, "Hugo shortcode '\(shortened(shortcode))' is not run: \(instead)")
            }
        }
        return found.sorted { ($0.line, $0.column) < ($1.line, $1.column) }.map { Located($0.message, line: $0.line, column: $0.column) }
    }

    /// `{{< name args >}}` and `{{% name args %}}` on one line, outside code spans, with
    /// their 1-based byte columns; one left open runs to the end of the line.
    static func shortcodes(in line: [UInt8]) -> [(Int, String)] {
        var result: [(Int, String)] = []
        var index = 0
        var codeFence: Int?  // the length of the backtick run that opened a code span
        while index < line.count {
            if line[index] == UInt8(ascii: "`") {
                var run = 0
                while index + run < line.count, line[index + run] == UInt8(ascii: "`") { run += 1 }
                if codeFence == nil {
                    // A code span only if a run as long closes it later on the line.
                    if closingRun(of: run, in: line, after: index + run) { codeFence = run }
                } else if codeFence == run {
                    codeFence = nil
                }
                index += run
                continue
            }
            if codeFence == nil, index + 2 < line.count, line[index] == UInt8(ascii: "{"), line[index + 1] == UInt8(ascii: "{"),
               line[index + 2] == UInt8(ascii: "<") || line[index + 2] == UInt8(ascii: "%") {
                let close = [line[index + 2] == UInt8(ascii: "<") ? UInt8(ascii: ">") : UInt8(ascii: "%"), UInt8(ascii: "}"), UInt8(ascii: "}")]
                var end = line.count
                var scan = index + 3
                while scan + 3 <= line.count {
                    if Array(line[scan..<scan + 3]) == close { end = scan + 3; break }
                    scan += 1
                }
                result.append((index + 1, String(decoding: line[index..<end], as: UTF8.self)))
                index = end
                continue
            }
            index += 1
        }
        return result
    }

    private static func closingRun(of length: Int, in line: [UInt8], after start: Int) -> Bool {
        var index = start
        while index < line.count {
            guard line[index] == UInt8(ascii: "`") else { index += 1; continue }
            var run = 0
            while index + run < line.count, line[index + run] == UInt8(ascii: "`") { run += 1 }
            if run == length { return true }
            index += run
        }
        return false
    }

    /// What the page shows of a shortcode: its text as cmark renders it on its own.
    private static func shownText(of shortcode: String, allowRawHTML: Bool) -> String {
        let bytes = Array(shortcode.utf8)
        guard let document = bytes.withUnsafeBufferPointer({ buffer in
            buffer.withMemoryRebound(to: CChar.self) { cmark_parse_document($0.baseAddress, $0.count, CMARK_OPT_DEFAULT) }
        }) else { return shortcode }
        defer { cmark_node_free(document) }
        return CmarkText.plain(document, allowRawHTML: allowRawHTML)
    }

    /// A delimiter row: pipes, dashes, colons and spaces only, with a pipe and a dash.
    static func isTableDelimiter(_ line: [UInt8]) -> Bool {
        let content = line.drop { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") || $0 == UInt8(ascii: ">") }
        return content.contains(UInt8(ascii: "|")) && content.contains(UInt8(ascii: "-"))
            && content.allSatisfy { "|-: \t\r".utf8.contains($0) }
    }

    /// The byte column of the first character that is not indentation or a `>` marker.
    private static func firstContent(_ line: [UInt8]) -> Int {
        (line.firstIndex { $0 != UInt8(ascii: " ") && $0 != UInt8(ascii: "\t") && $0 != UInt8(ascii: ">") } ?? 0) + 1
    }

    /// Whether `{{` stands right before the scalar column on a body line.
    private static func precededByBraces(_ line: [UInt8], scalarColumn: Int) -> Bool {
        let scalars = Array(String(decoding: line, as: UTF8.self).unicodeScalars)
        let index = scalarColumn - 1
        return index >= 2 && index <= scalars.count && scalars[index - 1] == "{" && scalars[index - 2] == "{"
    }

    private static func literal(_ node: OpaquePointer) -> String {
        cmark_node_get_literal(node).map { String(cString: $0) } ?? ""
    }

    /// One line, at most 60 characters, for a message.
    private static func shortened(_ text: String) -> String {
        let line = text.split(separator: "\n").first.map(String.init) ?? ""
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        return trimmed.count > 60 ? String(trimmed.prefix(57)) + "..." : trimmed
    }
}
