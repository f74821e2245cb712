import Foundation

/// The Latin letters with a mark (or a stroke, or without a dot) that one language counts as
/// letters of its own alphabet, not as a base letter with an accent: Vietnamese ă â đ ê ô ơ
/// ư, Turkish ç ğ ı ö ş ü (and its capital I, which is ı's), Spanish ñ, Danish æ ø å.
///
/// Asked of ICU, a letter at a time, with two pieces of CLDR data: the language's collator
/// at primary strength must tell the letter from what `NameFolding` folds it to, and the
/// letter must be in the language's exemplar characters (its alphabet). The second keeps
/// English, German and French exactly as before: their collation tells þ or ı from t or i
/// (as the root collation does), but neither letter is in their alphabet. Marks the
/// collation counts as accents are dropped from a kept letter (Vietnamese tones: "ở" keeps
/// "ơ"), so names fold as search folds them (`Templates/assets/search.js`).
///
/// Decisions are kept per character; safe to use from many threads.
final class OwnLatinLetters: @unchecked Sendable {
    private let icu: ICUCollation?
    /// The form ASCII `I` keeps (`ı`, in Turkish and Azerbaijani, where it is ı's capital),
    /// the one ASCII letter a language can keep; decided once so ASCII names stay fast.
    let capitalI: String?
    private let lock = NSLock()
    private var known: [Character: String?] = [:]

    init(icu: ICUCollation?) {
        self.icu = icu
        capitalI = Self.decide("I", icu: icu)
    }

    /// The letter as the language keeps it (lowercased by its rules, its accents dropped),
    /// or nil when it folds as in every language.
    func kept(_ character: Character) -> String? {
        if character.isASCII { return character == "I" ? capitalI : nil }
        if let decided = lock.withLock({ known[character] }) { return decided }
        let decided = Self.decide(character, icu: icu)
        lock.withLock { known[character] = decided }
        return decided
    }

    private static func decide(_ character: Character, icu: ICUCollation?) -> String? {
        guard let icu else { return nil }
        let text = String(character)
        let folded = NameFolding.fold(text)
        // Nothing for the folding to take away (other scripts, plain letters).
        guard folded != icu.lowercased(text) else { return nil }
        // The letter without the marks the language counts as accents: the shortest start of
        // its decomposition (base, then its marks in order) that still compares equal.
        let scalars = Array(text.decomposedStringWithCanonicalMapping.unicodeScalars)
        var letter = text
        for length in 1..<max(scalars.count, 1) {
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[..<length])
            let start = String(view)
            if icu.samePrimary(start, text) == true {
                letter = start.precomposedStringWithCanonicalMapping
                break
            }
        }
        guard icu.samePrimary(letter, folded) == false else { return nil }
        let lower = icu.lowercased(letter).precomposedStringWithCanonicalMapping
        return icu.isExemplar(lower) == true ? lower : nil
    }
}
