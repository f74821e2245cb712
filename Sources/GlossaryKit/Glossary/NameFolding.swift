/// The form names are compared in when case and accents do not count, the same for every
/// language: slugs are made from it, and two terms may not share a name in it. Compatibility
/// forms are unified (NFKC: "ＰＲＭ" → "prm"), Latin letters lose their accents and become
/// ASCII through ICU's Latin-ASCII ("École" → "ecole", "Øl" → "ol", "Straße" → "strasse"),
/// and everything is lowercased; other scripts keep their letters and marks ("Кошка" →
/// "кошка", "컨테이너" and "が" unchanged), since there a mark is often part of the letter
/// (Hindi vowel signs, Japanese voicing marks, Russian "й").
///
/// Names are compared per language with `fold(_:in:)`: a letter the language counts as a
/// letter of its own (`OwnLatinLetters`: Vietnamese ă, Turkish ı) is kept there.
public enum NameFolding {
    public static func fold(_ text: String) -> String {
        // Plain ASCII needs only lowercasing, and is most names.
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return text.lowercased() }
        guard let folding = ICUNameFolding.shared else { return text.lowercased() }
        let folded = folding.fold(text)
        return folded.isEmpty ? text.lowercased() : folded
    }

    /// `fold(text)` as a reader of the collation's language compares names: letters the
    /// language counts as its own are kept, lowercased by its rules and without the marks it
    /// counts as accents (Vietnamese "Ăn" is "ăn", not "an", "Phở" is "phơ"; Turkish "Ilık"
    /// is "ılık", "İlik" is "ilik"); elsewhere, and in every
    /// language without such letters (English, German, French), exactly `fold(text)`.
    public static func fold(_ text: String, in collation: Collation) -> String {
        let letters = collation.ownLetters
        if text.utf8.allSatisfy({ $0 < 0x80 }) && !(letters.capitalI != nil && text.utf8.contains(UInt8(ascii: "I"))) {
            return text.lowercased()
        }
        var result = ""
        var pending = ""
        var keptAny = false
        for character in text {
            guard let letter = letters.kept(character) else {
                pending.append(character)
                continue
            }
            if !pending.isEmpty { result += fold(pending) }
            pending = ""
            result += letter
            keptAny = true
        }
        // Untouched, the name folds as a whole, as in every other language.
        guard keptAny else { return fold(text) }
        return pending.isEmpty ? result : result + fold(pending)
    }
}

extension Unicode.Scalar {
    /// A combining mark (Mn, Mc, Me): part of the letter before it.
    var isMark: Bool {
        switch properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: true
        default: false
        }
    }
}
