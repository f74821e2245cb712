import Testing
@testable import GlossaryKit

/// CLDR's plural categories at each language's boundary numbers (CLDR 42's cardinal rules,
/// as ICU 72 and browsers' `Intl.PluralRules` give them).
@Suite struct PluralCategoryTests {
    /// Expected category for each number, per language.
    static let cases: [(language: String, expected: [Int: String])] = [
        ("en", [0: "other", 1: "one", 2: "other", 11: "other", 21: "other", 101: "other"]),
        ("de", [0: "other", 1: "one", 2: "other", 21: "other"]),
        ("it", [0: "other", 1: "one", 2: "other", 1_000_000: "many", 2_000_000: "many", 1_000_001: "other"]),
        ("es", [0: "other", 1: "one", 2: "other", 1_000_000: "many", 3_000_000: "many", 999_999: "other"]),
        ("pt", [0: "one", 1: "one", 2: "other", 1_000_000: "many", 1_000_002: "other"]),
        ("pt-BR", [0: "one", 1: "one", 2: "other"]),
        ("pt-PT", [0: "other", 1: "one", 2: "other", 1_000_000: "many"]),
        ("fr", [0: "one", 1: "one", 2: "other", 100: "other", 1_000_000: "many"]),
        ("ru", [
            0: "many", 1: "one", 2: "few", 4: "few", 5: "many", 11: "many", 12: "many", 14: "many", 15: "many",
            21: "one", 22: "few", 25: "many", 101: "one", 111: "many", 112: "many", 122: "few", 1001: "one",
        ]),
        ("tr", [0: "other", 1: "one", 2: "other"]),
        ("vi", [0: "other", 1: "other", 2: "other"]),
        ("zh-Hans", [0: "other", 1: "other", 2: "other"]),
        ("zh-Hant", [1: "other"]),
        ("zh-TW", [1: "other"]),
        ("ja", [0: "other", 1: "other", 2: "other"]),
        ("ko", [0: "other", 1: "other", 2: "other"]),
        ("hi", [0: "one", 1: "one", 2: "other", 10: "other"]),
        ("bn", [0: "one", 1: "one", 2: "other"]),
        ("ur", [0: "other", 1: "one", 2: "other"]),
        ("ar", [
            0: "zero", 1: "one", 2: "two", 3: "few", 10: "few", 11: "many", 99: "many", 100: "other", 101: "other",
            102: "other", 103: "few", 110: "few", 111: "many", 199: "many", 200: "other", 1000: "other",
        ]),
        ("he", [0: "other", 1: "one", 2: "two", 3: "other", 10: "other", 20: "other", 100: "other"]),
        ("iw", [1: "one", 2: "two"]),
    ]

    @Test(arguments: cases.map(\.language))
    func categoriesAtTheBoundaries(language: String) {
        let expected = Self.cases.first { $0.language == language }!.expected
        for (number, category) in expected.sorted(by: { $0.key < $1.key }) {
            #expect(PluralCategory.of(number, language: language) == category, "\(language) \(number)")
        }
    }

    @Test func codesAreReadInAnyCase() {
        #expect(PluralCategory.of(3, language: "RU") == "few")
        #expect(PluralCategory.of(0, language: "pt_br") == "one")
        #expect(PluralCategory.of(0, language: "PT-pt") == "other")
    }

    @Test func everyCategoryIsACLDRName() {
        for language in Self.cases.map(\.language) {
            for number in 0...1200 {
                #expect(PluralCategory.all.contains(PluralCategory.of(number, language: language)))
            }
        }
    }

    @Test func aCountedStringFallsBackToOtherForACategoryItLeavesOut() {
        let forms = InterfaceString.plural(["one": "{count} term", "other": "{count} terms"])
        // Arabic picks "few" for 3, which these forms do not have.
        #expect(forms.form(for: 3, language: "ar") == "{count} terms")
        #expect(forms.form(for: 1, language: "ar") == "{count} term")
    }
}
