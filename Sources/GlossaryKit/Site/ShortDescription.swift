/// A description as pages repeat it: `<meta name="description">`, OpenGraph, JSON-LD,
/// preview data and the cards of index, letter and tag pages. The full text stays on the
/// term page; repeated, a first paragraph of 1,000 characters made a term page's `<head>`
/// three times its definition, and every linked term's preview carried its whole text.
///
/// Cut at a word boundary between `minimum` and `maximum` characters, then `…`. Characters
/// are grapheme clusters (a letter and its combining marks, an emoji sequence, a Hangul
/// syllable stay whole), and the text is cut before it is escaped, so a cut never splits
/// an entity or a `\u` escape. Scripts written without spaces (Chinese, Japanese, Thai,
/// Lao, Khmer, Myanmar) may break between any two of their characters, except before
/// closing punctuation (`。`, `」`) and after opening punctuation (`「`).
enum ShortDescription {
    /// Search engines show about 155–160 characters of a description; cards and previews
    /// have room for a few more.
    static let minimum = 160
    /// At most this many characters, the ellipsis included (preview.js's limit too).
    static let maximum = 200
    static let ellipsis: Character = "…"

    /// `text` when it has at most `maximum` characters, else its start cut at the last
    /// word boundary that keeps at least `minimum` characters (at half of `maximum` when
    /// there is none that late, at a character boundary when there is none at all), with
    /// trailing spaces and punctuation dropped and `…` added.
    static func cut(_ text: String, minimum: Int = minimum, maximum: Int = maximum) -> String {
        // Each character is at least one byte: most descriptions are decided here.
        if text.utf8.count <= maximum { return text }
        guard let end = text.index(text.startIndex, offsetBy: maximum, limitedBy: text.endIndex),
              end < text.endIndex else { return text }
        // Only the first `maximum` characters are ever walked, however long the text.
        let head = Array(text[..<end])
        let kept = maximum - 1
        let cut = breakPosition(in: head, from: kept, downTo: minimum)
            ?? breakPosition(in: head, from: minimum - 1, downTo: maximum / 2)
            ?? kept
        var prefix = head[..<cut]
        while let last = prefix.last, last.isWhitespace || droppedAtEnd.contains(last) { prefix.removeLast() }
        // A text that is all punctuation up to the cut keeps its characters.
        if prefix.isEmpty { prefix = head[..<kept] }
        return String(prefix) + String(ellipsis)
    }

    /// The largest `position` in `lower...upper` at which the text may break: before a
    /// space, or between characters of a script written without spaces.
    private static func breakPosition(in characters: [Character], from upper: Int, downTo lower: Int) -> Int? {
        guard lower >= 1, upper >= lower else { return nil }
        var position = min(upper, characters.count - 1)
        while position >= lower {
            let before = characters[position - 1]
            let after = characters[position]
            if after.isWhitespace && !before.isWhitespace { return position }
            if (isWrittenWithoutSpaces(before) || isWrittenWithoutSpaces(after)) && !before.isWhitespace && !after.isWhitespace
                && !noBreakBefore.contains(after) && !noBreakAfter.contains(before) {
                return position
            }
            position -= 1
        }
        return nil
    }

    /// Whether a character is of a script that separates words without spaces, or is the
    /// full-width punctuation such text uses.
    static func isWrittenWithoutSpaces(_ character: Character) -> Bool {
        guard let scalar = character.unicodeScalars.first else { return false }
        switch scalar.value {
        case 0x0E00...0x0EFF,  // Thai, Lao
             0x1000...0x109F,  // Myanmar
             0x1780...0x17FF,  // Khmer
             0x2E80...0x2FDF,  // CJK radicals
             0x3000...0x30FF,  // CJK punctuation, Hiragana, Katakana
             0x31F0...0x31FF,  // Katakana extensions
             0x3400...0x4DBF,  // CJK extension A
             0x4E00...0x9FFF,  // CJK unified ideographs
             0xF900...0xFAFF,  // CJK compatibility ideographs
             0xFF00...0xFFEF,  // full-width and half-width forms
             0x20000...0x3FFFF:  // CJK extensions B and later
            return true
        default:
            return false
        }
    }

    /// Characters a line (and so a cut) may not start with: closing punctuation, small
    /// kana and the prolonged sound mark (the core of Japanese kinsoku rules), in both widths.
    private static let noBreakBefore: Set<Character> = [
        "、", "。", "，", "．", "：", "；", "！", "？", "）", "」", "』", "】", "〕", "〉", "》", "〗", "〙", "〛", "ー", "・",
        "ぁ", "ぃ", "ぅ", "ぇ", "ぉ", "っ", "ゃ", "ゅ", "ょ", "ァ", "ィ", "ゥ", "ェ", "ォ", "ッ", "ャ", "ュ", "ョ",
        ")", "]", "}", ",", ".", ":", ";", "!", "?", "%", "’", "”", "…",
    ]

    /// Characters a cut may not end with: opening punctuation.
    private static let noBreakAfter: Set<Character> = [
        "（", "「", "『", "【", "〔", "〈", "《", "〖", "〘", "〚", "(", "[", "{", "‘", "“",
    ]

    /// Dropped from the end of a cut text before the ellipsis, as preview.js does: an
    /// ellipsis after a comma or an opening bracket reads as a typo.
    private static let droppedAtEnd: Set<Character> = [
        ".", ",", ";", ":", "!", "?", "-", "–", "—", "(", "[", "{", "、", "，", "。", "：", "；", "（", "「", "『", "【", "“", "‘",
    ]
}
