import PropertyBased

/// Generators of text that trips up slugs, collation and escaping: path characters, HTML
/// and JSON metacharacters, accents (composed and decomposed), letters folding does not
/// decompose (ß, ø, ı), full-width and ligature forms, scripts without A–Z, emoji
/// sequences, control characters, line and paragraph separators, bidi overrides.
enum TrickyText {
    static let pool: [Character] = Array("aAzZmM09 -_./\\:#?%&;<>\"'`=()[]{}|~!@$^*+,") + [
        "é", "É", "e\u{301}", "Ö", "ß", "ø", "Æ", "œ", "ł", "ı", "İ", "ǅ", "ﬁ", "Ａ", "ｚ", "Ω", "я", "中", "ア",
        "١", "①", "²", "Ⅷ", "🙂", "👩‍👩‍👧", "🇫🇷", "\u{0}", "\u{1}", "\u{1F}", "\t", "\n", "\r\n", "\u{7F}", "\u{85}",
        "\u{A0}", "\u{200B}", "\u{2028}", "\u{2029}", "\u{202E}", "\u{FEFF}", "\u{FFFD}", "\u{10FFFF}",
    ]

    /// One character: from the pool most of the time, else any Unicode scalar at all.
    static let character: Generator<Character, AnySequence<(index: Int, value: Any)>> = Gen<Character>.frequency([
        (weight: 4, gen: Gen<Character?>.element(of: pool).map { $0! }.eraseToAny()),
        // Gen.unicodeScalar traps on the surrogate range, so the range is shifted over it.
        (weight: 1, gen: Gen.int(in: 0...(0x10FFFF - 0x800)).map { value in
            Character(Unicode.Scalar(UInt32(value < 0xD800 ? value : value + 0x800))!)
        }.eraseToAny()),
    ])

    /// Strings of up to `length` such characters, the empty string included.
    static func string(upTo length: Int = 16) -> Generator<String, AnySequence<Any>> {
        character.string(of: 0...length).eraseToAny()
    }
}
