import Testing
@testable import GlossaryKit

@Suite("Glossary.lookup")
struct GlossaryLookupTests {
    /// Reading order: Partner ecosystem (0), Partner program (1), PRM tools (2).
    static func glossary() throws -> Glossary {
        Glossary(terms: [
            try UnitFixtures.term("p/prm-tools.md", title: "PRM tools", ["aliases: [PRM software, shared name]"]),
            try UnitFixtures.term("p/partner-program.md", title: "Partner program", ["aliases: [PP, partner programme]"]),
            try UnitFixtures.term("e/ecosystem.md", title: "Partner ecosystem", ["slug: eco", "aliases: [Shared-Name]"]),
        ])
    }

    @Test func termsAreInReadingOrder() throws {
        let glossary = try Self.glossary()
        #expect(glossary.terms.map(\.title) == ["Partner ecosystem", "Partner program", "PRM tools"])
        #expect(glossary.terms.map(\.slug) == ["eco", "partner-program", "prm-tools"])
    }

    @Test(arguments: [
        ("Partner program", 1), ("partner program", 1), ("PARTNER-PROGRAM", 1), ("partner_program", 1),
        ("  Partner   program ", 1), ("PP", 1), ("pp", 1), ("Partner Programme", 1),
        ("PRM tools", 2), ("prm-tools", 2), ("prm software", 2), ("PRM_Software", 2),
        ("eco", 0), ("ECO", 0), ("Partner ecosystem", 0), ("partner-ecosystem", 0),
    ])
    func findsByTitleAliasOrSlug(name: String, index: Int) throws {
        #expect(try Self.glossary().lookup(name: name) == .term(index))
    }

    @Test func typoIsMissingWithSuggestions() throws {
        let glossary = try Self.glossary()
        #expect(glossary.lookup(name: "Partner progam") == .missing(suggestions: ["Partner program"]))
        #expect(glossary.lookup(name: "prm tols") == .missing(suggestions: ["PRM tools"]))
        #expect(glossary.lookup(name: "PRM softwares") == .missing(suggestions: ["PRM tools"]))
    }

    @Test func unrelatedNameIsMissingWithoutSuggestions() throws {
        #expect(try Self.glossary().lookup(name: "Quarterly business review") == .missing(suggestions: []))
    }

    @Test func aliasSharedByTwoTermsIsAmbiguous() throws {
        let glossary = try Self.glossary()
        #expect(glossary.lookup(name: "shared name") == .ambiguous(titles: ["Partner ecosystem", "PRM tools"]))
        #expect(glossary.lookup(name: "Shared_Name") == .ambiguous(titles: ["Partner ecosystem", "PRM tools"]))
    }

    @Test func aliasEqualToAnotherTermsTitleIsAmbiguous() throws {
        let glossary = Glossary(terms: [
            try UnitFixtures.term("a.md", title: "Affiliate"),
            try UnitFixtures.term("r.md", title: "Referral partner", ["aliases: [affiliate]"]),
        ])
        #expect(glossary.lookup(name: "Affiliate") == .ambiguous(titles: ["Affiliate", "Referral partner"]))
        #expect(glossary.lookup(name: "Referral partner") == .term(1))
    }

    @Test func aNameRepeatedWithinOneTermIsNotAmbiguous() throws {
        let glossary = Glossary(terms: [
            try UnitFixtures.term("prm.md", title: "PRM", ["aliases: [prm, P-R-M]"]),
        ])
        #expect(glossary.lookup(name: "prm") == .term(0))
    }

    @Test func termByRelativePath() throws {
        let glossary = try Self.glossary()
        #expect(glossary.term(atRelativePath: "p/prm-tools.md") == 2)
        #expect(glossary.term(atRelativePath: "e/ecosystem.md") == 0)
        #expect(glossary.term(atRelativePath: "prm-tools.md") == nil)
        #expect(glossary.term(atRelativePath: "P/prm-tools.md") == nil)
    }

    @Test func suggestionsOfferTitlesForSlugAndAliasMatches() throws {
        let glossary = try Self.glossary()
        #expect(glossary.suggestions(for: "ecco") == ["Partner ecosystem"])
        #expect(glossary.suggestions(for: "P") == ["Partner program"])
        #expect(glossary.suggestions(for: "partner") == [])
    }

    @Test func emptyGlossary() {
        let glossary = Glossary(terms: [])
        #expect(glossary.terms.isEmpty)
        #expect(glossary.lookup(name: "anything") == .missing(suggestions: []))
    }
}
