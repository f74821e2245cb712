import Testing
@testable import GlossaryKit

/// Names are folded as the glossary's language reads them: a Latin letter with a mark that
/// the language's CLDR collation counts as a letter of its own stays (Vietnamese ă, Turkish
/// ı), every other one folds as in every language (`Café` is `cafe`).
@Suite struct NameFoldingLanguageTests {
    static let latinWithMarks: [Character] = (0xC0...0x24F).compactMap { Unicode.Scalar($0).map(Character.init) }
        .filter { $0.isLetter }

    /// Every Latin letter of Latin-1 Supplement to Latin Extended-B that the language keeps.
    static func kept(_ language: String) -> String {
        let collation = Collation.forLanguage(language)
        return String(latinWithMarks.filter { collation.ownLetters.kept($0) != nil })
    }

    @Test func englishGermanAndFrenchFoldAsBefore() {
        for language in ["en", "de", "fr"] {
            let collation = Collation.forLanguage(language)
            for name in ["Café", "École", "Øl", "Straße", "Ærø", "ılık", "İlik", "Đa", "Ăn", "ＰＲＭ", "Crème brûlée", "I"] {
                #expect(NameFolding.fold(name, in: collation) == NameFolding.fold(name), "\(language): \(name)")
            }
        }
    }

    @Test func vietnameseKeepsItsLettersAndFoldsItsTones() {
        let vi = Collation.forLanguage("vi")
        #expect(NameFolding.fold("Ăn", in: vi) == "ăn")
        #expect(NameFolding.fold("An", in: vi) == "an")
        #expect(NameFolding.fold("Đa", in: vi) == "đa")
        #expect(NameFolding.fold("Phở bò", in: vi) == "phơ bo")
        #expect(NameFolding.fold("Nước", in: vi) == "nươc")
        // Tone marks are accents to CLDR's Vietnamese order, so they fold, as in search.
        #expect(NameFolding.fold("Má", in: vi) == NameFolding.fold("Ma", in: vi))
        #expect(NameFolding.fold("Cafe", in: vi) == NameFolding.fold("Café", in: vi))
    }

    @Test func turkishKeepsItsLettersAndItsDottedAndDotlessI() {
        let tr = Collation.forLanguage("tr")
        #expect(NameFolding.fold("Ilık", in: tr) == "ılık")
        #expect(NameFolding.fold("İlik", in: tr) == "ilik")
        #expect(NameFolding.fold("ILIK", in: tr) == "ılık")
        #expect(NameFolding.fold("Çam", in: tr) == "çam")
        #expect(NameFolding.fold("Cam", in: tr) == "cam")
        #expect(NameFolding.fold("Kâğıt", in: tr) == "kağıt")
    }

    @Test func theLettersEachLanguageKeepsComeFromItsCollation() {
        #expect(Self.kept("en") == "")
        #expect(Self.kept("de") == "")
        #expect(Self.kept("fr") == "")
        // Vietnamese: ă â đ ê ô ơ ư, as CLDR's Vietnamese order files them (A Ă Â … Đ … Ê …).
        #expect(Self.kept("vi") == "ÂÊÔâêôĂăĐđƠơƯư")
        // Turkish: ç ğ ı ö ş ü; and capital I with a mark, which Turkish order files under
        // dotless ı (it is Î, not İ with a mark), as ü with a macron files under ü.
        #expect(Self.kept("tr") == "ÇÌÍÎÏÖÜçöüĞğĨĪĬĮıŞşǏǕǖǗǘǙǚǛǜȈȊȪȫ")
        let tr = Collation.forLanguage("tr")
        #expect(tr.ownLetters.kept("Î") == "ı" && tr.ownLetters.kept("î") == nil && tr.ownLetters.kept("ǖ") == "ü")
        // Spanish keeps ñ, Danish æ ø å; the root collation's own letters (þ, ŋ) are in no
        // alphabet of these, so they fold.
        #expect(Self.kept("es") == "Ññ")
        #expect(Self.kept("da") == "ÅÆØåæøǢǣǺǻǼǽǾǿ")
    }
}
