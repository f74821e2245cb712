/// Finds `[[target]]` and `[[target|shown text]]` in a run of text.
enum WikiLinkScanner {
    enum Piece: Equatable {
        case text(String)
        /// `source` is the whole `[[…]]` as written, for locating it in the file.
        case link(target: String, shown: String, source: String)
    }

    /// Splits text into plain runs and wiki links. A `[[` without a closing `]]`, or with an
    /// empty target, stays text.
    static func scan(_ text: String) -> [Piece] {
        var pieces: [Piece] = []
        var plain = Substring()
        var rest = Substring(text)
        while let open = rest.range(of: "[[") {
            let afterOpen = rest[open.upperBound...]
            guard let close = afterOpen.range(of: "]]") else { break }
            let inner = afterOpen[..<close.lowerBound]
            let parts = inner.split(separator: "|", maxSplits: 1, omittingEmptySubsequences: false)
            let target = parts[0].trimmingSpaces()
            if target.isEmpty || inner.contains("[") {
                plain += rest[..<open.upperBound]
                rest = afterOpen
                continue
            }
            plain += rest[..<open.lowerBound]
            if !plain.isEmpty { pieces.append(.text(String(plain))) }
            plain = ""
            let shown = parts.count > 1 ? parts[1].trimmingSpaces() : target
            let source = String(rest[open.lowerBound..<close.upperBound])
            pieces.append(.link(target: target, shown: shown.isEmpty ? target : shown, source: source))
            rest = afterOpen[close.upperBound...]
        }
        plain += rest
        if !plain.isEmpty { pieces.append(.text(String(plain))) }
        return pieces
    }
}

extension Substring {
    /// Without leading and trailing spaces and tabs.
    func trimmingSpaces() -> String {
        var slice = self
        while slice.first == " " || slice.first == "\t" { slice = slice.dropFirst() }
        while slice.last == " " || slice.last == "\t" { slice = slice.dropLast() }
        return String(slice)
    }
}
