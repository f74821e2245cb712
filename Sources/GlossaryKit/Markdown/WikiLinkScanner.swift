/// Finds `[[target]]` and `[[target|shown text]]` in a run of text.
enum WikiLinkScanner {
    enum Piece: Equatable {
        case text(String)
        /// `source` is the whole `[[…]]` as written, for locating it in the file.
        case link(target: String, shown: String, source: String)
    }

    private static let open = UInt8(ascii: "[")
    private static let close = UInt8(ascii: "]")

    /// Splits text into plain runs and wiki links. A `[[` without a closing `]]`, with an
    /// empty target, or with a `[` before its `]]` stays text (`[[x [[a]]` links `a`).
    ///
    /// Linear in the text: `[[[[…a…]]]]` nested 10,000 deep once took seconds, because each
    /// `[[` was tried in turn and each try scanned to the same `]]`. Works on UTF-8 bytes;
    /// `[`, `]` and `|` never occur inside a multi-byte character.
    static func scan(_ text: String) -> [Piece] {
        let bytes = Array(text.utf8)
        var pieces: [Piece] = []
        var plainStart = 0
        var position = 0
        while let opening = find(open, open, in: bytes, from: position) {
            guard let closing = find(close, close, in: bytes, from: opening + 2) else { break }
            let inner = (opening + 2)..<closing
            if let lastBracket = inner.last(where: { bytes[$0] == open }) {
                // Every `[[` tried before the inner's last `[` would hold it too, up to the `]]`.
                // Tried in turn, they step two bytes at a time through the run of `[` that ends
                // at it; only one that ends on it (starts at lastBracket - 1) can succeed.
                var runStart = lastBracket
                while runStart > 0, bytes[runStart - 1] == open { runStart -= 1 }
                let firstTried = max(opening + 2, runStart)
                let candidate = lastBracket - 1
                position = candidate >= firstTried && (candidate - firstTried) % 2 == 0 ? candidate : lastBracket
                continue
            }
            let bar = inner.first { bytes[$0] == UInt8(ascii: "|") }
            let target = trimmed(bytes, (opening + 2)..<(bar ?? closing))
            if target.isEmpty {
                position = opening + 2
                continue
            }
            if plainStart < opening { pieces.append(.text(string(bytes, plainStart..<opening))) }
            let shown = bar.map { trimmed(bytes, ($0 + 1)..<closing) } ?? ""
            pieces.append(.link(target: target, shown: shown.isEmpty ? target : shown, source: string(bytes, opening..<(closing + 2))))
            position = closing + 2
            plainStart = position
        }
        if plainStart < bytes.count { pieces.append(.text(string(bytes, plainStart..<bytes.count))) }
        return pieces
    }

    /// The first index at or after `from` where `first` is followed by `second`.
    private static func find(_ first: UInt8, _ second: UInt8, in bytes: [UInt8], from: Int) -> Int? {
        var index = from
        while index + 1 < bytes.count {
            if bytes[index] == first && bytes[index + 1] == second { return index }
            index += 1
        }
        return nil
    }

    private static func string(_ bytes: [UInt8], _ range: Range<Int>) -> String {
        String(decoding: bytes[range], as: UTF8.self)
    }

    /// Without leading and trailing spaces and tabs.
    private static func trimmed(_ bytes: [UInt8], _ range: Range<Int>) -> String {
        var lower = range.lowerBound
        var upper = range.upperBound
        func isSpace(_ byte: UInt8) -> Bool { byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") }
        while lower < upper, isSpace(bytes[lower]) { lower += 1 }
        while upper > lower, isSpace(bytes[upper - 1]) { upper -= 1 }
        return string(bytes, lower..<upper)
    }
}
