import Testing
@testable import GlossaryKit

/// `FrontMatterParser.parse` on valid input: every field of the contract and its position.
@Suite("FrontMatterParser.parse fields")
struct FrontMatterFieldsTests {
    /// The example from the term-file contract.
    static let contractExample = """
        ---
        title: Partner Relationship Management (PRM)
        aliases: [PRM, partner relationship management]
        part_of_speech: noun
        tags: [tools]
        see_also: [PRM tools, partner-ecosystem-platform]
        related:
          - Partner program
          - title: Why partner education can make or break your partner program
            url: https://example.com/blog/partner-education
        ---

        Partner Relationship Management (PRM) is the strategic framework.
        """

    static func parse(_ text: String) throws -> FrontMatter {
        let split = try FrontMatterParser.split(text, file: "prm.md")
        return try FrontMatterParser.parse(yaml: split.yaml, file: "prm.md")
    }

    static func parseYAML(_ yaml: String) throws -> FrontMatter {
        try FrontMatterParser.parse(yaml: yaml, file: "prm.md")
    }

    @Test func contractExampleFieldsAndPositions() throws {
        let matter = try Self.parse(Self.contractExample)
        #expect(matter.title == Located("Partner Relationship Management (PRM)", line: 2, column: 8))
        #expect(matter.aliases == [
            Located("PRM", line: 3, column: 11),
            Located("partner relationship management", line: 3, column: 16),
        ])
        #expect(matter.partOfSpeech == "noun")
        #expect(matter.tags == [Located("tools", line: 5, column: 8)])
        #expect(matter.seeAlso == [
            Located("PRM tools", line: 6, column: 12),
            Located("partner-ecosystem-platform", line: 6, column: 23),
        ])
        #expect(matter.related == [
            .term(Located("Partner program", line: 8, column: 5)),
            .external(
                title: "Why partner education can make or break your partner program",
                url: "https://example.com/blog/partner-education", line: 9, column: 5),
        ])
        #expect(matter.slug == nil)
        #expect(matter.description == nil)
        #expect(matter.draft == false)
        #expect(matter.extra.isEmpty)
    }

    @Test func optionalFieldsWhenPresent() throws {
        let matter = try Self.parseYAML("""
            title: PRM tools
            slug: prm
            description: Software that runs a partner program.
            draft: true
            part_of_speech: noun / verb
            """)
        #expect(matter.title.value == "PRM tools")
        #expect(matter.slug == Located("prm", line: 3, column: 7))
        #expect(matter.description == "Software that runs a partner program.")
        #expect(matter.draft == true)
        #expect(matter.partOfSpeech == "noun / verb")
    }

    @Test func explicitFalseAndNullFieldsFallBackToDefaults() throws {
        let matter = try Self.parseYAML("title: A\ndraft: false\naliases:\ntags: ~\nslug:\ndescription: null")
        #expect(matter.draft == false)
        #expect(matter.aliases.isEmpty)
        #expect(matter.tags.isEmpty)
        #expect(matter.slug == nil)
        #expect(matter.description == nil)
    }

    @Test func blockListsKeepEachEntrysLine() throws {
        let matter = try Self.parseYAML("title: A\nsee_also:\n  - Partner program\n  - \"PRM tools\"\n")
        #expect(matter.seeAlso == [
            Located("Partner program", line: 4, column: 5),
            Located("PRM tools", line: 5, column: 5),
        ])
    }

    @Test func aSingleTextValueCountsAsAListOfOne() throws {
        let matter = try Self.parseYAML("title: A\naliases: PRM\ntags: tools\nsee_also: B\nrelated: C")
        #expect(matter.aliases == [Located("PRM", line: 3, column: 10)])
        #expect(matter.tags == [Located("tools", line: 4, column: 7)])
        #expect(matter.seeAlso == [Located("B", line: 5, column: 11)])
        #expect(matter.related == [.term(Located("C", line: 6, column: 10))])
    }

    @Test func columnsCountUnicodeScalarsNotBytes() throws {
        let matter = try Self.parseYAML("title: Été\nsee_also: [Été, École]")
        #expect(matter.title == Located("Été", line: 2, column: 8))
        #expect(matter.seeAlso == [Located("Été", line: 3, column: 12), Located("École", line: 3, column: 17)])
    }

    @Test func quotedNumbersAndBooleansAreText() throws {
        let matter = try Self.parseYAML("title: \"42\"\naliases: ['no', \"true\"]")
        #expect(matter.title.value == "42")
        #expect(matter.aliases.map(\.value) == ["no", "true"])
    }

    @Test func relatedExternalEntryWithoutTitleUsesTheURL() throws {
        let matter = try Self.parseYAML("title: A\nrelated:\n  - url: https://example.com/x\n  - {title: Blog, url: https://example.com/b}")
        #expect(matter.related == [
            .external(title: "https://example.com/x", url: "https://example.com/x", line: 4, column: 5),
            .external(title: "Blog", url: "https://example.com/b", line: 5, column: 5),
        ])
    }

    @Test func unknownFieldsAreKeptAsTextInWrittenOrder() throws {
        let matter = try Self.parseYAML("""
            zeta: 1
            title: A
            owner: {name: Ann, team: Partners}
            alpha: [a, b]
            tags: [x]
            reviewed: true
            note: plain text
            """)
        #expect(matter.extra.map(\.key) == ["zeta", "owner", "alpha", "reviewed", "note"])
        #expect(matter.extra.map(\.value) == ["1", "name: Ann, team: Partners", "a, b", "true", "plain text"])
    }
}
