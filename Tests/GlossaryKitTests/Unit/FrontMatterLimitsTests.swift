import Foundation
import Testing
@testable import GlossaryKit

/// Issue 12: YAML aliases cannot make a small front matter block expensive. An alias bomb
/// ("billion laughs") is refused at a place in the file, fast; ordinary aliases still work.
@Suite("Front matter limits")
struct FrontMatterLimitsTests {
    static func error(_ yaml: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> Diagnostic {
        try UnitFixtures.diagnostic(sourceLocation: sourceLocation) {
            _ = try FrontMatterParser.parse(yaml: yaml, file: "Content/g.md")
        }
    }

    /// Nine anchors of nine aliases each: 9⁹ values once expanded.
    static func bomb(levels: Int = 9) -> String {
        var lines = ["title: Gamma", #"a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]"#]
        let names = "abcdefghijklmnopqrstuvwxyz".map(String.init)
        for level in 1..<levels {
            let uses = Array(repeating: "*" + names[level - 1], count: 9).joined(separator: ", ")
            lines.append("\(names[level]): &\(names[level]) [\(uses)]")
        }
        return lines.joined(separator: "\n")
    }

    @Test func anAliasBombIsRefusedAtTheFieldThatOutgrowsTheLimit() throws {
        let started = Date()
        let diagnostic = try Self.error(Self.bomb())
        // Well under the issue's second even in a debug build; the bound is generous.
        #expect(Date().timeIntervalSince(started) < 5)
        // `e` holds 9⁴ values, more than 10,000 items with its lists: file line 7.
        #expect(diagnostic.line == 7)
        #expect(diagnostic.column == 4)
        #expect(diagnostic.message == "the value of 'e' is too large: more than 10000 items or 100000 bytes of text once its aliases are expanded")
    }

    @Test func aValueUnderTheLimitsKeepsItsExpandedText() throws {
        let matter = try FrontMatterParser.parse(yaml: Self.bomb(levels: 3), file: "Content/g.md")
        #expect(matter.extra.map(\.key) == ["a", "b", "c"])
        let c = try #require(matter.extra.last?.value)
        #expect(c.components(separatedBy: ", ").count == 729)
    }

    @Test func bytesAreLimitedToo() throws {
        let long = String(repeating: "x", count: 60_000)
        let diagnostic = try Self.error("title: T\nbig: &big \"\(long)\"\ntwice: [*big, *big]")
        #expect(diagnostic.line == 4)
        #expect(diagnostic.column == 8)
        #expect(diagnostic.message.hasPrefix("the value of 'twice' is too large"))
    }

    @Test func moreThanAHundredAliasesAreRefusedAtTheFirstOneTooMany() throws {
        let uses = Array(repeating: "*x", count: 101).joined(separator: ", ")
        let diagnostic = try Self.error("title: T\nsome: &x word\nmany: [\(uses)]")
        #expect(diagnostic.line == 4)
        #expect(diagnostic.column == 8 + 4 * 100)
        #expect(diagnostic.message == "more than 100 aliases (*name) in one YAML text; write the values out instead")
    }

    /// Yams hashes every mapping key in full before the fields are read: an alias there
    /// would expand inside Yams, so it is refused before Yams sees the text.
    @Test(arguments: [
        ("title: T\nlist: &l [a, b]\n*l : x", 4, 1, "a mapping key may not be an alias (*l): YAML would expand it in full"),
        ("title: T\nlist: &l [a, b]\nm: {*l: x}", 4, 5, "a mapping key may not be an alias (*l): YAML would expand it in full"),
        ("title: T\nlist: &l [a, b]\n[*l, *l]: x", 4, 8, "a mapping key may not hold an alias (*name): YAML would expand it in full"),
        ("title: T\nlist: &l [a, b]\n? *l\n: x", 4, 1,
         "an explicit key ('? ') may not be used with aliases (*l): YAML would expand them in full"),
    ])
    func anAliasInAKeyIsRefused(yaml: String, line: Int, column: Int, message: String) throws {
        let diagnostic = try Self.error(yaml)
        #expect((diagnostic.line, diagnostic.column) == (line, column))
        #expect(diagnostic.message == message)
    }

    /// `*` inside text is no alias: quoted, in comments, in block scalars, inside a plain
    /// scalar, emphasis in a description.
    @Test func starsInTextAreNoAliases() throws {
        let yaml = """
            title: T
            description: "*bold*: no alias"
            note: 'it''s *x*: fine'
            body: |
              *emphasis*: not a key
              *more*: still text
            plain: a *b c
            # *comment*: nothing
            """
        #expect(YAMLAliasScan.check(yaml) == nil)
        let matter = try FrontMatterParser.parse(yaml: yaml, file: "Content/g.md")
        #expect(matter.description == "*bold*: no alias")
    }

    @Test func ordinaryAliasesStillWork() throws {
        let matter = try FrontMatterParser.parse(
            yaml: "title: T\nowner: &who Jane\nreviewer: *who\ntags: &t [a, b]\nkeywords: *t", file: "Content/g.md")
        #expect(matter.extra.map(\.value) == ["Jane", "Jane", "a, b"])
        #expect(matter.tags.map(\.value) == ["a", "b"])
    }
}
