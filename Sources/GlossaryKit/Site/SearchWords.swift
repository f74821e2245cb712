import Foundation

/// How the sharded search index (`SearchShards`) cuts text into words and words into shard
/// keys. search.js does the same on its side, so both must agree exactly:
///
/// - a word is a run of letters, marks and digits (Unicode L, M, N), lowercased by the
///   language's rules (Turkish and Azerbaijani `I` → `ı`, Lithuanian), NFC; search.js then
///   folds it further by the language's collation (accents), which the build need not know;
/// - a *coarse* form, which both sides can compute without a collator: lower case by the
///   default rules, every combining mark dropped, `ı` as `i` and `ς` as `σ`. Language
///   folding only ever merges letters that the coarse form merges too, so a word and every
///   query word that finds it by prefix share their coarse prefix: shard keys are coarse
///   prefixes.
enum SearchWords {
    /// The words of `text`, lowercased (see above), in order, with repeats.
    ///
    /// Built on UTF-8 bytes with ASCII answered without Unicode tables, and NFC applied only
    /// to a word with a scalar at or above U+0300: below it every scalar is already NFC and
    /// combines with nothing (this function ran on every word of every definition, and
    /// Foundation's normalizer per word was most of a 10,000-term build).
    static func words(_ text: String, language: String) -> [String] {
        var out: [String] = []
        eachWord(text, language: language) { word, _ in out.append(word) }
        return out
    }

    /// `words`, handed over one at a time with whether the word is all ASCII.
    static func eachWord(_ text: String, language: String, _ body: (String, _ isASCII: Bool) -> Void) {
        let lowered = lowercase(text, language: language)
        var current: [UInt8] = []
        var isASCII = true
        var composable = false
        func flush() {
            guard !current.isEmpty else { return }
            let word = String(decoding: current, as: UTF8.self)
            body(composable ? word.precomposedStringWithCanonicalMapping : word, isASCII)
            current.removeAll(keepingCapacity: true)
            isASCII = true
            composable = false
        }
        for scalar in lowered.unicodeScalars {
            let value = scalar.value
            if value < 0x80 {
                if isASCIIWordByte(UInt8(value)) { current.append(UInt8(value)) } else { flush() }
            } else if isWordScalar(scalar) {
                isASCII = false
                if value >= 0x300 { composable = true }
                UTF8.encode(scalar) { current.append($0) }
            } else {
                flush()
            }
        }
        flush()
    }

    /// The full-text words of `text` (`words`, each cut by `textWords`), each with the first
    /// character of its coarse form, its vocabulary file; a word without one (marks alone)
    /// is left out. An ASCII word is its own coarse form: no arrays made for it.
    static func eachTextWord(_ text: String, language: String, _ body: (String, Unicode.Scalar) -> Void) {
        eachWord(text, language: language) { word, isASCII in
            if isASCII, let first = word.utf8.first {
                body(word, Unicode.Scalar(first >= 0x41 && first <= 0x5A ? first + 0x20 : first))
                return
            }
            for piece in textWords(word) {
                if let first = coarse(piece).first { body(piece, first) }
            }
        }
    }

    /// ASCII letters and digits: the ASCII part of `isWordScalar`.
    static func isASCIIWordByte(_ byte: UInt8) -> Bool {
        (byte >= 0x30 && byte <= 0x39) || (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x41 && byte <= 0x5A)
    }

    /// Lower case as search.js has it: `toLocaleLowerCase` only for the languages whose
    /// lower case differs from the default (I and İ), `toLowerCase` otherwise.
    static func lowercase(_ text: String, language: String) -> String {
        let base = language.lowercased().split(separator: "-").first.map(String.init) ?? ""
        if ["tr", "az", "lt"].contains(base) { return text.lowercased(with: Locale(identifier: base)) }
        return text.lowercased()
    }

    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
             .nonspacingMark, .spacingMark, .enclosingMark,
             .decimalNumber, .letterNumber, .otherNumber:
            true
        default:
            false
        }
    }

    /// The coarse form (see the type's comment) as a list of scalars.
    static func coarse(_ word: String) -> [Unicode.Scalar] {
        if word.utf8.allSatisfy({ $0 < 0x80 }) {
            return word.utf8.map { Unicode.Scalar($0 >= 0x41 && $0 <= 0x5A ? $0 + 0x20 : $0) }
        }
        var out: [Unicode.Scalar] = []
        for scalar in word.lowercased().decomposedStringWithCanonicalMapping.unicodeScalars {
            switch scalar.properties.generalCategory {
            case .nonspacingMark, .spacingMark, .enclosingMark: continue
            default: break
            }
            switch scalar.value {
            case 0x131: out.append("i")
            case 0x3C2: out.append("\u{3C3}")
            default: out.append(scalar)
            }
        }
        return out
    }

    /// A key as a file name: each scalar's code point in lower-case hex, joined by `-`
    /// (`pa` → `70-61`), so any script, and keys that differ only in case on a
    /// case-insensitive file system, get names of their own.
    static func fileName(_ key: [Unicode.Scalar]) -> String {
        key.map { String($0.value, radix: 16) }.joined(separator: "-")
    }

    /// Characters of the scripts written without spaces between words (Chinese, Japanese,
    /// Thai, Lao, Khmer, Myanmar), by block, as search.js's `SPACELESS` has them by script.
    static func isSpaceless(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0E00...0x0EFF, 0x1000...0x109F, 0x1780...0x17FF, 0x19E0...0x19FF,
             0x2E80...0x2FDF, 0x3005...0x3007, 0x3021...0x3029, 0x3038...0x303B,
             0x3040...0x30FF, 0x31F0...0x31FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
             0xA9E0...0xA9FF, 0xAA60...0xAA7F, 0xF900...0xFAFF, 0xFF66...0xFF9F,
             0x20000...0x3FFFF:
            true
        default:
            false
        }
    }

    /// The words the full-text layer indexes for one word: itself, except that each run of a
    /// script without spaces becomes its overlapping pairs of characters (`软件架构` →
    /// `软件`, `件架`, `架构`; one character alone stays itself). A sentence in Chinese is one
    /// "word" of letters; its pairs let a query find any part of it through the shard of the
    /// pair's first character, at about twice the text's size instead of a run per
    /// character it contains.
    static func textWords(_ word: String) -> [String] {
        // Every spaceless block starts at U+0E00 or above: three UTF-8 bytes, lead ≥ 0xE0.
        if word.utf8.allSatisfy({ $0 < 0xE0 }) { return [word] }
        let scalars = Array(word.unicodeScalars)
        guard scalars.contains(where: isSpaceless) else { return [word] }
        var out: [String] = []
        var start = 0
        while start < scalars.count {
            let spaceless = isSpaceless(scalars[start])
            var end = start + 1
            // Marks stay with the character before them.
            while end < scalars.count, isSpaceless(scalars[end]) == spaceless || isMark(scalars[end]) { end += 1 }
            let segment = Array(scalars[start..<end])
            if !spaceless || segment.count == 1 {
                out.append(string(segment))
            } else {
                for i in 0..<(segment.count - 1) { out.append(string(segment[i...i + 1])) }
            }
            start = end
        }
        return out
    }

    static func isMark(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: true
        default: false
        }
    }

    private static func string<S: Sequence>(_ scalars: S) -> String where S.Element == Unicode.Scalar {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars)
        return String(view).precomposedStringWithCanonicalMapping
    }

    /// The text of cmark's HTML: tags removed (a block's end is a space, so paragraphs and
    /// list items do not run together), the entities cmark writes decoded, whitespace
    /// collapsed. Works on UTF-8 bytes: every byte of markup is ASCII, and a byte of a
    /// multi-byte character is never one of them.
    static func plainText(html: String) -> String {
        var html = html
        return html.withUTF8 { bytes -> String in
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count)
            var space = false
            func put(_ byte: UInt8) {
                if byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D {
                    space = !out.isEmpty
                } else {
                    if space { out.append(0x20) }
                    space = false
                    out.append(byte)
                }
            }
            // Once no `>` is left, a later `<` is text: no search to the end for each one.
            var noCloseAfter = bytes.count
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                if byte == UInt8(ascii: "<"), index < noCloseAfter {
                    guard let close = bytes[(index + 1)...].firstIndex(of: UInt8(ascii: ">")) else {
                        noCloseAfter = index
                        put(byte)
                        index += 1
                        continue
                    }
                    var nameStart = index + 1
                    while nameStart < close, bytes[nameStart] == UInt8(ascii: "/") { nameStart += 1 }
                    var nameEnd = nameStart
                    while nameEnd < close, isASCIIWordByte(bytes[nameEnd]) { nameEnd += 1 }
                    let name = String(decoding: bytes[nameStart..<nameEnd].map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 0x20 : $0 }, as: UTF8.self)
                    if !inlineTags.contains(name) { space = !out.isEmpty }
                    index = close + 1
                } else if byte == UInt8(ascii: "&"),
                          let semicolon = bytes[index..<min(bytes.count, index + 12)].firstIndex(of: UInt8(ascii: ";")),
                          let decoded = entity(String(decoding: bytes[(index + 1)..<semicolon], as: UTF8.self)) {
                    UTF8.encode(decoded) { put($0) }
                    index = semicolon + 1
                } else {
                    put(byte)
                    index += 1
                }
            }
            return String(decoding: out, as: UTF8.self)
        }
    }

    private static let inlineTags: Set<String> = ["a", "em", "strong", "code", "span", "b", "i", "u", "s", "del", "sup", "sub", "mark", "small", "abbr", "kbd", "q", "cite", "dfn", "var", "samp", "ins"]

    private static func entity(_ name: String) -> Unicode.Scalar? {
        switch name {
        case "amp": return "&"
        case "lt": return "<"
        case "gt": return ">"
        case "quot": return "\""
        case "apos", "#39": return "'"
        case "nbsp": return " "
        default:
            if name.hasPrefix("#x") || name.hasPrefix("#X") { return UInt32(name.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init) }
            if name.hasPrefix("#") { return UInt32(name.dropFirst()).flatMap(Unicode.Scalar.init) }
            return nil
        }
    }
}
