import Testing
@testable import GlossaryKit

@Suite("Linker.link")
struct LinkerTests {
    static func link(_ terms: [Term], allowRawHTML: Bool = false) -> (Glossary, [LinkedTerm], [Diagnostic]) {
        let glossary = Glossary(terms: terms)
        let (linked, diagnostics) = Linker.link(glossary, allowRawHTML: allowRawHTML, jobs: 1)
        return (glossary, linked, diagnostics)
    }

    @Test func resolvesSeeAlsoRelatedAndBodyReferences() throws {
        let (glossary, linked, diagnostics) = Self.link([
            try UnitFixtures.term(
                "p/partner-program.md", title: "Partner program", ["aliases: [PP]", "see_also: [PRM tools, prm-tools]"],
                body: "A [[PRM tools|PRM]] thing. See [eco](../e/ecosystem.md#example).\n\n## Example\n\nOne."),
            try UnitFixtures.term(
                "p/prm-tools.md", title: "PRM tools",
                ["related:", "  - PP", "  - {title: Blog, url: https://example.com/b}"],
                body: "Tools for [[partner-program#example]]. Self: [[PRM tools]] and [me](prm-tools.md)."),
            try UnitFixtures.term("e/ecosystem.md", title: "Ecosystem", ["description: Custom summary."], body: "Just text.\n\n## Example\n\nE."),
        ])
        #expect(diagnostics == [])
        #expect(glossary.terms.map(\.title) == ["Ecosystem", "Partner program", "PRM tools"])
        try #require(linked.count == 3)

        // Partner program: see_also listed twice under two names counts once.
        #expect(linked[1].seeAlso == [2])
        #expect(linked[1].related == [])
        // Which terms the body links to; their order is checked in bodyTargetsFollowFirstMention
        // (mixing .md and wiki links, the .md ones currently come first).
        #expect(Set(linked[1].bodyTargets) == [0, 2])
        #expect(linked[1].bodyTargets.count == 2)
        #expect(linked[1].body.definitionHTML == "<p>A <a href=\"../prm-tools/index.html\">PRM</a> thing. "
            + "See <a href=\"../ecosystem/index.html#example\">eco</a>.</p>\n")
        #expect(linked[1].description == "A PRM thing. See eco.")

        #expect(linked[2].seeAlso == [])
        #expect(linked[2].related == [.term(1), .external(title: "Blog", url: "https://example.com/b")])
        #expect(Set(linked[2].bodyTargets) == [1, 2])
        #expect(linked[2].bodyTargets.count == 2)
        #expect(linked[2].body.definitionHTML
            == "<p>Tools for <a href=\"../partner-program/index.html#example\">partner-program#example</a>. "
            + "Self: <a href=\"../prm-tools/index.html\">PRM tools</a> and <a href=\"../prm-tools/index.html\">me</a>.</p>\n")

        #expect(linked[0].description == "Custom summary.")
        #expect(linked[0].bodyTargets == [])

        #expect(linked[0].referencedBy == [1])
        #expect(linked[1].referencedBy == [2])
        #expect(linked[2].referencedBy == [1])
    }

    @Test func referencedByCountsEveryKindOfReferenceButNeverTheTermItself() throws {
        let (_, linked, diagnostics) = Self.link([
            try UnitFixtures.term("alpha.md", title: "Alpha", ["see_also: [Delta]"]),
            try UnitFixtures.term("bravo.md", title: "Bravo", ["related: [delta]"]),
            try UnitFixtures.term("charlie.md", title: "Charlie", body: "About [[DELTA]]."),
            try UnitFixtures.term("echo.md", title: "Echo", body: "About [d](delta.md)."),
            try UnitFixtures.term(
                "delta.md", title: "Delta", ["see_also: [Delta]", "related: [Delta]"], body: "[[Delta]] [me](delta.md)"),
            try UnitFixtures.term("foxtrot.md", title: "Foxtrot", body: "Nothing."),
        ])
        #expect(diagnostics == [])
        #expect(linked.map(\.referencedBy) == [[], [], [], [0, 1, 2, 4], [], []])
        #expect(linked[3].seeAlso == [3])
        #expect(linked[3].bodyTargets == [3])
    }

    @Test func bodyTargetsFollowFirstMentionAmongWikiLinks() throws {
        let (_, linked, diagnostics) = Self.link([
            try UnitFixtures.term("a.md", title: "A", body: "[[C]] then [[B]], [[c]] again.\n\nLater [[A]] and [[B]]."),
            try UnitFixtures.term("b.md", title: "B"),
            try UnitFixtures.term("c.md", title: "C"),
        ])
        #expect(diagnostics == [])
        #expect(linked[0].bodyTargets == [2, 1, 0])
    }

    @Test func referencedByIsInReadingOrderAndListsEachTermOnce() throws {
        let (_, linked, _) = Self.link([
            try UnitFixtures.term("z.md", title: "Zulu", ["see_also: [Target]"], body: "[[Target]] [[target]]"),
            try UnitFixtures.term("a.md", title: "Alpha", ["related: [Target]"], body: "[t](t.md)"),
            try UnitFixtures.term("t.md", title: "Target"),
        ])
        #expect(linked[1].referencedBy == [0, 2])
    }

    /// p/broken.md: the body starts on file line 9.
    static let broken = UnitFixtures.file([
        "title: Broken",
        "see_also: [Partner progam, PRM tools]",
        "related:",
        "  - Nope at all",
        "  - title: Ext",
        "    url: https://x",
    ], body: """
        See [[PRM tols]] and [[shared]].

        Also [x](../q/missing.md#a) and [y](../../outside.md) and [z](partner-program.md) and [w](partner-progam.md).
        """)

    @Test func everyBrokenReferenceIsReportedWithItsPosition() throws {
        let (_, linked, diagnostics) = Self.link([
            try UnitFixtures.term("p/broken.md", Self.broken),
            try UnitFixtures.term("p/partner-program.md", title: "Partner program", ["aliases: [shared]"]),
            try UnitFixtures.term("p/prm-tools.md", title: "PRM tools", ["aliases: [shared]"]),
        ])
        let file = "Content/p/broken.md"
        #expect(DiagnosticsError(diagnostics).diagnostics == [
            Diagnostic(
                file: file, line: 3, column: 12, message: "see_also reference 'Partner progam' names no term of this glossary",
                suggestions: ["Partner program"]),
            Diagnostic(file: file, line: 5, column: 5, message: "related reference 'Nope at all' names no term of this glossary"),
            Diagnostic(
                file: file, line: 9, column: 5, message: "wiki link 'PRM tols' names no term of this glossary",
                suggestions: ["PRM tools"]),
            Diagnostic(
                file: file, line: 9, column: 22,
                message: "wiki link 'shared' is ambiguous: it names 'Partner program' and 'PRM tools'"),
            Diagnostic(file: file, line: 11, column: 6, message: "link to '../q/missing.md' points at no term file of this glossary"),
            Diagnostic(
                file: file, line: 11, column: 33, message: "link to '../../outside.md' points at no term file of this glossary"),
            Diagnostic(
                file: file, line: 11, column: 87, message: "link to 'partner-progam.md' points at no term file of this glossary",
                suggestions: ["Partner program"]),
        ])
        // What did resolve is still linked.
        #expect(linked[0].seeAlso == [2])
        #expect(linked[0].related == [.external(title: "Ext", url: "https://x")])
        #expect(linked[0].bodyTargets == [1])
        #expect(linked[1].referencedBy == [0])
        #expect(linked[2].referencedBy == [0])
    }

    @Test func diagnosticDescriptionCarriesTheSuggestion() throws {
        let (_, _, diagnostics) = Self.link([
            try UnitFixtures.term("a.md", title: "A", body: "[[Partner progam]]"),
            try UnitFixtures.term("p.md", title: "Partner program"),
        ])
        #expect(diagnostics.map(\.description) == [
            "Content/a.md:4:1: error: wiki link 'Partner progam' names no term of this glossary; did you mean 'Partner program'?",
        ])
    }

    @Test func mdLinksAreFollowedRelativeToTheLinkingFile() throws {
        let (_, linked, diagnostics) = Self.link([
            try UnitFixtures.term("p/y.md", title: "Y", body: "[x](../q/x.md) [z](./sub/../z.md) [r](../root.md)"),
            try UnitFixtures.term("q/x.md", title: "X"),
            try UnitFixtures.term("p/z.md", title: "Z"),
            try UnitFixtures.term("root.md", title: "Root", body: "[y](p/y.md) [up](../root.md)"),
        ])
        // Reading order: Root (0), X (1), Y (2), Z (3).
        #expect(linked[2].bodyTargets == [1, 3, 0])
        #expect(linked[0].bodyTargets == [2])
        #expect(diagnostics == [
            Diagnostic(
                file: "Content/root.md", line: 4, column: 13,
                message: "link to '../root.md' points at no term file of this glossary", suggestions: ["Root"]),
        ])
    }

    @Test func joinRelative() {
        #expect(Linker.joinRelative("../q/x.md", to: "p/y.md") == "q/x.md")
        #expect(Linker.joinRelative("x.md", to: "p/y.md") == "p/x.md")
        #expect(Linker.joinRelative("./x.md", to: "y.md") == "x.md")
        #expect(Linker.joinRelative("a/./b/../c.md", to: "p/y.md") == "p/a/c.md")
        #expect(Linker.joinRelative("q//x.md", to: "y.md") == "q/x.md")
        #expect(Linker.joinRelative("../x.md", to: "y.md") == nil)
        #expect(Linker.joinRelative("../../x.md", to: "p/y.md") == nil)
        #expect(Linker.joinRelative("p/../../x.md", to: "y.md") == nil)
    }

    @Test func pageURLs() throws {
        let term = try UnitFixtures.term("p/prm.md", title: "PRM", ["slug: prm-tools"])
        #expect(SitePaths.term(slug: term.slug, fromTermPage: true) == "../prm-tools/index.html")
        #expect(SitePaths.term(slug: term.slug, fromTermPage: false) == "terms/prm-tools/index.html")
    }

    @Test func rawHTMLSettingReachesTheRenderer() throws {
        let terms = [try UnitFixtures.term("a.md", title: "A", body: "Hi <b>there</b>.")]
        #expect(Self.link(terms, allowRawHTML: false).1[0].body.definitionHTML
            == "<p>Hi <!-- raw HTML omitted -->there<!-- raw HTML omitted -->.</p>\n")
        #expect(Self.link(terms, allowRawHTML: true).1[0].body.definitionHTML == "<p>Hi <b>there</b>.</p>\n")
    }

    @Test func parallelLinkingGivesTheSameResultAsSerial() throws {
        var terms: [Term] = []
        for index in 0..<40 {
            terms.append(try UnitFixtures.term(
                "t\(index).md", title: "Term \(index)", ["see_also: [Term \((index + 1) % 40)]"],
                body: "See [[Term \((index + 7) % 40)]] and [[Missing \(index)]]."))
        }
        let glossary = Glossary(terms: terms)
        let (serial, serialDiagnostics) = Linker.link(glossary, allowRawHTML: false, jobs: 1)
        let (parallel, parallelDiagnostics) = Linker.link(glossary, allowRawHTML: false, jobs: 4)
        #expect(serialDiagnostics.count == 40)
        #expect(parallelDiagnostics == serialDiagnostics)
        #expect(parallel.map(\.referencedBy) == serial.map(\.referencedBy))
        #expect(parallel.map(\.body.definitionHTML) == serial.map(\.body.definitionHTML))
        #expect(serial.allSatisfy { $0.referencedBy.count == 2 })
    }
}
