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
        #expect(Collation.letter(for: title) == expected)
    }

    @Test func folding() {
        #expect(Collation.folded("École Normale") == "ecole normale")
        #expect(Collation.folded("PRM Tools") == "prm tools")
        #expect(Collation.folded("Ölpreis") == "olpreis")
        #expect(Collation.folded("ＰＲＭ") == "prm")
    }

    static func ordered(_ titles: [String]) -> [String] {
        titles.map { (title: $0, key: Collation.SortKey(title: $0, slug: Slug.make(from: $0))) }
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

    @Test func equalFoldedTitlesTieBreakOnTheExactTitleThenTheSlug() {
        let upper = Collation.SortKey(title: "Eclair", slug: "z")
        let accented = Collation.SortKey(title: "éclair", slug: "a")
        let lower = Collation.SortKey(title: "eclair", slug: "a")
        // Exact titles compared by scalar: "E" (U+0045) < "e" (U+0065) < "é" (U+00E9).
        #expect(upper < lower)
        #expect(lower < accented)
        #expect(upper < accented)

        let first = Collation.SortKey(title: "Same", slug: "same")
        let second = Collation.SortKey(title: "Same", slug: "same-2")
        #expect(first < second)
        #expect(!(second < first))
        #expect(first != second)
        #expect(first == Collation.SortKey(title: "Same", slug: "same"))
        #expect(!(first < Collation.SortKey(title: "Same", slug: "same")))
    }

    @Test func orderIsTotalAndIndependentOfInputOrder() {
        let keys = [
            ("Eclair", "a"), ("éclair", "b"), ("eclair", "c"), ("eclair", "b"), ("ÉCLAIR", "d"), ("Eclipse", "e"),
        ].map { Collation.SortKey(title: $0.0, slug: $0.1) }
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
        #expect(Collation.allLabels.count == 27)
        #expect(Collation.allLabels.first == "#")
        #expect(Collation.allLabels[1] == "A")
        #expect(Collation.allLabels.last == "Z")
        #expect(Collation.letterSlug("#") == "0-9")
        #expect(Collation.letterSlug("P") == "p")
    }
}
