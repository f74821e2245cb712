import Testing
@testable import GlossaryKit

/// `FrontMatterParser.parse` on invalid input: each error names the file, the exact place in
/// the whole file (the YAML starts on file line 2) and what is wrong.
@Suite("FrontMatterParser.parse errors")
struct FrontMatterErrorTests {
    static func error(_ yaml: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> Diagnostic {
        let diagnostic = try UnitFixtures.diagnostic(sourceLocation: sourceLocation) {
            _ = try FrontMatterParser.parse(yaml: yaml, file: "Content/p/prm.md")
        }
        #expect(diagnostic.file == "Content/p/prm.md", sourceLocation: sourceLocation)
        #expect(diagnostic.severity == .error, sourceLocation: sourceLocation)
        return diagnostic
    }

    @Test func titleMissing() throws {
        let diagnostic = try Self.error("aliases: [PRM]\ntags: [tools]")
        #expect(diagnostic.line == 2)
        #expect(diagnostic.column == 1)
        #expect(diagnostic.message == "the front matter has no 'title'")
    }

    @Test func emptyFrontMatterHasNoTitle() throws {
        let diagnostic = try Self.error("")
        #expect(diagnostic.message == "the front matter has no 'title'")
        #expect(diagnostic.line == 1)
        #expect(diagnostic.column == 1)
    }

    @Test(arguments: ["title: \"\"", "title: '   '"])
    func titleEmpty(yaml: String) throws {
        let diagnostic = try Self.error("aliases: [x]\n" + yaml)
        #expect(diagnostic.line == 3)
        #expect(diagnostic.column == 8)
        #expect(diagnostic.message == "'title' is empty")
    }

    @Test func titleWithoutValue() throws {
        let diagnostic = try Self.error("title:\naliases: [x]")
        #expect(diagnostic.line == 2)
        #expect(diagnostic.column == 7)
        #expect(diagnostic.message == "'title' is empty")
    }

    @Test func titleANumber() throws {
        let diagnostic = try Self.error("title: 42")
        #expect(diagnostic.line == 2)
        #expect(diagnostic.column == 8)
        #expect(diagnostic.message == "'title' must be text, found the number 42; put it in quotes to use it as text")
    }

    @Test func titleABooleanOrADate() throws {
        let boolean = try Self.error("title: No")
        #expect(boolean.message == "'title' must be text, found the boolean No; put it in quotes to use it as text")
        let date = try Self.error("title: 2024-01-31")
        #expect(date.message.contains("found the date 2024-01-31"))
        #expect(date.line == 2)
        #expect(date.column == 8)
    }

    @Test func titleAList() throws {
        let diagnostic = try Self.error("tags: [x]\ntitle: [Partner, Program]")
        #expect(diagnostic.line == 3)
        #expect(diagnostic.column == 8)
        #expect(diagnostic.message == "'title' must be text, found a list")
    }

    @Test func aliasesAMapping() throws {
        let diagnostic = try Self.error("title: A\naliases: {PRM: tools}")
        #expect(diagnostic.line == 3)
        #expect(diagnostic.column == 10)
        #expect(diagnostic.message == "'aliases' must be a list of text values, found a mapping")
    }

    @Test func aNumberInsideAListIsPointedAt() throws {
        let diagnostic = try Self.error("title: A\ntags:\n  - tools\n  - 2024")
        #expect(diagnostic.line == 5)
        #expect(diagnostic.column == 5)
        #expect(diagnostic.message == "'tags' must be text, found the number 2024; put it in quotes to use it as text")
    }

    @Test func draftNotABoolean() throws {
        let diagnostic = try Self.error("title: A\ndraft: \"yes\"")
        #expect(diagnostic.line == 3)
        #expect(diagnostic.column == 8)
        #expect(diagnostic.message == "'draft' must be true or false, found the text 'yes'")
    }

    @Test func frontMatterNotAMapping() throws {
        let diagnostic = try Self.error("- title\n- A")
        #expect(diagnostic.line == 2)
        #expect(diagnostic.column == 1)
        #expect(diagnostic.message == "expected a mapping of fields (key: value), found a list")
    }

    @Test func yamlSyntaxErrorIsPlacedInTheFile() throws {
        // Line 3 of the file; the second ':' is at column 18.
        let diagnostic = try Self.error("title: A\ndescription: Note: this breaks")
        #expect(diagnostic.line == 3)
        #expect(diagnostic.column == 18)
        #expect(diagnostic.message == "invalid YAML: mapping values are not allowed in this context; "
            + "a ': ' inside a value needs quotes: put the description in quotes, description: \"Note: this breaks\"")
    }

    @Test func yamlSyntaxErrorNamesWhereTheUnclosedConstructStarted() throws {
        let diagnostic = try Self.error("title: A\ntags: [x, y\nslug: a")
        #expect(diagnostic.message.hasPrefix("invalid YAML: did not find expected ',' or ']'"))
        #expect(diagnostic.message.hasSuffix(
            "(while parsing a flow sequence at line 3); the '[' on line 3 is never closed: end the list with ']'"))
        // Reported where the parser gave up: the ':' of "slug: a" on file line 4.
        #expect(diagnostic.line == 4)
        #expect(diagnostic.column == 5)
    }

    @Test func relatedMappingWithoutURL() throws {
        let diagnostic = try Self.error("title: A\nrelated:\n  - Partner program\n  - title: Partner blog")
        #expect(diagnostic.line == 5)
        #expect(diagnostic.column == 5)
        #expect(diagnostic.message == "a 'related' entry with fields needs a 'url' (name other terms as plain text)")
    }

    @Test func relatedEntryAList() throws {
        let diagnostic = try Self.error("title: A\nrelated:\n  - [a, b]")
        #expect(diagnostic.line == 4)
        #expect(diagnostic.column == 5)
        #expect(diagnostic.message == "'related' entries must be a term name or {title, url}, found a list")
    }

    @Test func relatedURLANumber() throws {
        let diagnostic = try Self.error("title: A\nrelated:\n  - title: B\n    url: 7")
        #expect(diagnostic.line == 5)
        #expect(diagnostic.column == 10)
        #expect(diagnostic.message == "'url' must be text, found the number 7; put it in quotes to use it as text")
    }

    /// YAML counts U+2028, U+2029 and NEL as line breaks; the file's lines end at LF only,
    /// so positions after them are mapped back (found by fuzzing: errors pointed past the
    /// end of the file). Each position must be the one of the same text with a space there.
    @Test(arguments: ["\u{2028}", "\u{2029}", "\u{85}"])
    func positionsAfterYAMLOnlyLineBreaks(separator: String) throws {
        func spaced(_ yaml: String) -> String { yaml.replacingOccurrences(of: separator, with: " ") }
        for yaml in [
            "title: \"A\(separator)B\"\ndescription: \"x\(separator)y\"\naliases: [a, b",
            "title: \"A\(separator)B \(separator) C\"\ntags: [x]\ndraft: maybe",
        ] {
            let (diagnostic, expected) = (try Self.error(yaml), try Self.error(spaced(yaml)))
            #expect([diagnostic.line, diagnostic.column] == [expected.line, expected.column], "\(diagnostic)")
        }
        #expect(try Self.error("title: \"A\(separator)B \(separator) C\"\ntags: [x]\ndraft: maybe").line == 4)
        let mapped = try FrontMatterParser.parse(yaml: "title: \"A\(separator)B\"\naliases: [x, \"y\"]", file: "t.md")
        #expect(mapped.aliases.map { [$0.line, $0.column] } == [[3, 11], [3, 14]])
    }
}
