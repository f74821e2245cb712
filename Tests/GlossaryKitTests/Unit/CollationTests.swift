import Testing
@testable import GlossaryKit

@Suite("Collation")
struct CollationTests {
    @Test(arguments: [
        ("PRM tools", "P"), ("partner", "P"), ("École", "E"), ("éclair", "E"), ("1099 form", "#"),
        ("Ölpreis", "O"), ("", "#"), ("   ", "#"), ("  spaced", "S"), ("\"Quoted\"", "#"), ("ＰＲＭ", "P"),
        ("Zebra", "Z"), ("(PRM)", "#"),
    ])
    func letter(title: String, expected: String) {
        #expect(Collation.english.letter(for: title) == expected)
    }

    /// Where ICU's English differs from the hand-written collation it replaced (neither the
    /// shipped glossary nor the generated corpus has such titles; `EnglishOrderTests`):
    /// punctuation follows CLDR's order, not code points; "þ" is a letter after "z" as in
    /// Icelandic (it was read as "th"); the "ǅ" digraph files under D (it was "#").
    @Test func whereICUDiffersFromTheOldTable() {
        #expect(Self.ordered(["C++", "C-suite", "C#", "C (language)"]) == ["C (language)", "C-suite", "C#", "C++"])
        #expect(Collation.english.letter(for: "þorn") == "Z")
        #expect(Collation.english.letter(for: "ǅemal") == "D")
    }

    @Test func folding() {
        #expect(NameFolding.fold("École Normale") == "ecole normale")
        #expect(NameFolding.fold("PRM Tools") == "prm tools")
        #expect(NameFolding.fold("Ölpreis") == "olpreis")
        #expect(NameFolding.fold("ＰＲＭ") == "prm")
    }

    static func ordered(_ titles: [String]) -> [String] {
        titles.map { (title: $0, key: Collation.english.sortKey(title: $0, slug: Slug.make(from: $0))) }
            .sorted { $0.key < $1.key }
            .map(\.title)
    }

    /// Case-insensitive, letter by letter: a space sorts before a hyphen, which sorts before
    /// any letter; "Partnership" precedes "PartnerStack" because "h" comes before "t".
    @Test func partnerTitlesInReadingOrder() {
        let titles = [
            "Partner", "PRM tools", "Pipeline velocity", "Product certification programs", "Partner-sourced revenue",
            "PartnerStack Marketplace", "Partner specialist", "Partnership agreement", "Paid channel",
        ]
        let expected = [
            "Paid channel", "Partner", "Partner specialist", "Partner-sourced revenue", "Partnership agreement",
            "PartnerStack Marketplace", "Pipeline velocity", "PRM tools", "Product certification programs",
        ]
        #expect(Self.ordered(titles) == expected)
        #expect(Self.ordered(titles.reversed()) == expected)
    }

    @Test func accentsAndCaseDoNotDecideTheOrder() {
        #expect(Self.ordered(["ecru", "Eclipse", "éclair"]) == ["éclair", "Eclipse", "ecru"])
        #expect(Self.ordered(["Zebra", "apple", "École", "Banana"]) == ["apple", "Banana", "École", "Zebra"])
    }

    @Test func digitsSortBeforeLetters() {
        #expect(Self.ordered(["Affiliate", "1099 form", "360 review"]) == ["1099 form", "360 review", "Affiliate"])
    }

    /// Titles equal but for case and accents (which one glossary cannot hold: their names
    /// collide) are in CLDR's order: accents decide before case, lowercase first. Before ICU
    /// the exact code points decided ("Eclair" < "eclair" < "éclair").
    @Test func titlesEqualButForCaseAndAccentsFollowCLDR() {
        let upper = Collation.english.sortKey(title: "Eclair", slug: "z")
        let accented = Collation.english.sortKey(title: "éclair", slug: "a")
        let lower = Collation.english.sortKey(title: "eclair", slug: "a")
        #expect(lower < upper)
        #expect(upper < accented)
        #expect(lower < accented)
    }

    /// Only titles ICU cannot tell apart (canonically equivalent spellings) fall back to the
    /// exact title, then the slug.
    @Test func equalKeysTieBreakOnTheExactTitleThenTheSlug() {
        let composed = Collation.english.sortKey(title: "\u{E9}clair", slug: "z")
        let decomposed = Collation.english.sortKey(title: "e\u{301}clair", slug: "a")
        // "e" (U+0065) < "é" (U+00E9): the decomposed spelling first, whatever the slugs.
        #expect(decomposed < composed)
        #expect(!(composed < decomposed))

        let first = Collation.english.sortKey(title: "Same", slug: "same")
        let second = Collation.english.sortKey(title: "Same", slug: "same-2")
        #expect(first < second)
        #expect(!(second < first))
        #expect(first != second)
        #expect(first == Collation.english.sortKey(title: "Same", slug: "same"))
        #expect(!(first < Collation.english.sortKey(title: "Same", slug: "same")))
    }

    @Test func orderIsTotalAndIndependentOfInputOrder() {
        let keys = [
            ("Eclair", "a"), ("éclair", "b"), ("eclair", "c"), ("eclair", "b"), ("ÉCLAIR", "d"), ("Eclipse", "e"),
        ].map { Collation.english.sortKey(title: $0.0, slug: $0.1) }
        let sorted = keys.sorted()
        #expect(keys.reversed().sorted() == sorted)
        for (index, a) in sorted.enumerated() {
            for b in sorted[(index + 1)...] {
                #expect(a < b)
                #expect(!(b < a))
            }
        }
    }

    @Test func letterLabelsAndTheirSlugs() {
        #expect(Collation.english.labels.count == 27)
        #expect(Collation.english.labels.first == "#")
        #expect(Collation.english.labels[1] == "A")
        #expect(Collation.english.labels.last == "Z")
        #expect(Collation.english.letterSlug("#") == "0-9")
        #expect(Collation.english.letterSlug("P") == "p")
    }
}
