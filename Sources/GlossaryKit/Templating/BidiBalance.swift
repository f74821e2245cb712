/// Closes the bidirectional embeddings, overrides and isolates a value leaves open.
///
/// A right-to-left override (U+202E) in a title runs, in the Unicode bidi algorithm, to
/// the end of the paragraph: in a term card it would reverse the part of speech after the
/// title, in `<title>` the site's name. The escapers feed every byte of a value through
/// `note` and append `closers` after it, so an embedding (LRE, RLE, LRO, RLO) gets its PDF
/// and an isolate (LRI, RLI, FSI) its PDI right where the value ends, whatever the
/// template puts around it. Closed controls are left as written; so are strays (a PDF or
/// PDI with nothing to close ends nothing outside the value, since every value is closed).
struct BidiBalance {
    /// Open controls, innermost last: true for an isolate, false for an embedding.
    private var open: [Bool] = []

    /// The UTF-8 encodings of all nine controls start with 0xE2; `next` and `last` are the
    /// two bytes after it.
    @inline(__always)
    mutating func note(_ next: UInt8, _ last: UInt8) {
        switch (next, last) {
        case (0x80, 0xAA), (0x80, 0xAB), (0x80, 0xAD), (0x80, 0xAE):  // LRE RLE LRO RLO
            open.append(false)
        case (0x80, 0xAC):  // PDF closes the innermost embedding, never across an isolate
            if open.last == false { open.removeLast() }
        case (0x81, 0xA6), (0x81, 0xA7), (0x81, 0xA8):  // LRI RLI FSI
            open.append(true)
        case (0x81, 0xA9):  // PDI closes the innermost isolate and everything opened inside it
            if let isolate = open.lastIndex(of: true) { open.removeSubrange(isolate...) }
        default:
            break
        }
    }

    /// Appends a PDF or PDI for each control still open, innermost first.
    func appendClosers(to output: inout [UInt8]) {
        for isolate in open.reversed() {
            output.append(contentsOf: isolate ? [0xE2, 0x81, 0xA9] : [0xE2, 0x80, 0xAC])
        }
    }

    /// `text` with its open controls closed, for a value joined into a longer text before
    /// it is escaped ("Also: a, b", "Tagged “x”"), so it cannot reach into its neighbours.
    static func closed(_ text: String) -> String {
        var balance = BidiBalance()
        var bytes = Array(text.utf8)
        for index in bytes.indices where bytes[index] == 0xE2 && index + 2 < bytes.count {
            balance.note(bytes[index + 1], bytes[index + 2])
        }
        guard !balance.open.isEmpty else { return text }
        balance.appendClosers(to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }
}
