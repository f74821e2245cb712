/// The form names are compared in when case and accents do not count, the same for every
/// language: slugs are made from it, and two terms may not share a name in it. Compatibility
/// forms are unified (NFKC: "ＰＲＭ" → "prm"), Latin letters lose their accents and become
/// ASCII through ICU's Latin-ASCII ("École" → "ecole", "Øl" → "ol", "Straße" → "strasse"),
/// and everything is lowercased; other scripts keep their letters and marks ("Кошка" →
/// "кошка", "컨테이너" and "が" unchanged), since there a mark is often part of the letter
/// (Hindi vowel signs, Japanese voicing marks, Russian "й").
public enum NameFolding {
    public static func fold(_ text: String) -> String {
        // Plain ASCII needs only lowercasing, and is most names.
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return text.lowercased() }
        guard let folding = ICUNameFolding.shared else { return text.lowercased() }
        let folded = folding.fold(text)
        return folded.isEmpty ? text.lowercased() : folded
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
