import Testing
@testable import GlossaryKit

@Suite("MarkdownRenderer.render")
struct MarkdownRendererTests {
    /// Renders with a resolver that maps every reference to "/t/<slug of target>" plus the
    /// fragment, and records what it was asked.
    static func render(
        _ body: String, startLine: Int = 1, allowRawHTML: Bool = false
    ) -> (body: RenderedBody, asked: [BodyReference]) {
        var asked: [BodyReference] = []
        let rendered = MarkdownRenderer.render(body: body, startLine: startLine, allowRawHTML: allowRawHTML) { reference in
            asked.append(reference)
            return "/t/" + Slug.make(from: reference.target) + (reference.fragment.map { "#" + $0 } ?? "")
        }
        return (rendered, asked)
    }

    // MARK: wiki links

    @Test func wikiLinksBecomeAnchorsWithTheResolversURLAndTheShownText() {
        let (body, _) = Self.render("See [[Partner program|partners]] and [[PRM]].")
        #expect(body.definitionHTML
            == "<p>See <a href=\"/t/partner-program\">partners</a> and <a href=\"/t/prm\">PRM</a>.</p>\n")
        #expect(body.references == [
            BodyReference(kind: .wiki, target: "Partner program", fragment: nil, line: 1, column: 5),
            BodyReference(kind: .wiki, target: "PRM", fragment: nil, line: 1, column: 38),
        ])
    }

    @Test func wikiLinkFragmentIsSplitOff() {
        let (body, _) = Self.render("[[Partner program#example|the example]]")
        #expect(body.references == [
            BodyReference(kind: .wiki, target: "Partner program", fragment: "example", line: 1, column: 1),
        ])
        #expect(body.definitionHTML == "<p><a href=\"/t/partner-program#example\">the example</a></p>\n")
    }

    @Test func unresolvedWikiLinkGetsAnEmptyHref() {
        let rendered = MarkdownRenderer.render(body: "[[Nope]]", startLine: 1, allowRawHTML: false) { _ in nil }
        #expect(rendered.definitionHTML == "<p><a href=\"\">Nope</a></p>\n")
        #expect(rendered.references.map(\.target) == ["Nope"])
    }

    @Test func shownTextIsEscaped() {
        let (body, _) = Self.render("[[a|x < y & \"z\"]]")
        #expect(body.definitionHTML == "<p><a href=\"/t/a\">x &lt; y &amp; &quot;z&quot;</a></p>\n")
    }

    @Test func wikiLinksInHeadingsAndListsAreFound() {
        let (body, _) = Self.render("## About [[a]]\n\n- one [[b]]\n- two")
        #expect(body.references.map(\.target) == ["a", "b"])
        #expect(body.references.map(\.line) == [1, 3])
        #expect(body.references.map(\.column) == [10, 7])
        #expect(body.definitionHTML.contains("<h2 id=\"about-a\">About <a href=\"/t/a\">a</a><a class=\"anchor\" href=\"#about-a\" aria-labelledby=\"about-a\"></a></h2>"))
        #expect(body.definitionHTML.contains("<li>one <a href=\"/t/b\">b</a></li>"))
    }

    // MARK: code

    @Test func wikiLinksInCodeAreNotReferences() {
        let (body, asked) = Self.render("Use `[[x]]` inline.\n\n```\n[[y]]\n```\n\n    [[z]]\n")
        #expect(body.references.isEmpty)
        #expect(asked.isEmpty)
        #expect(body.definitionHTML
            == "<p>Use <code>[[x]]</code> inline.</p>\n<pre><code>[[y]]\n</code></pre>\n<pre><code>[[z]]\n</code></pre>\n")
    }

    // MARK: .md links

    @Test func mdLinksAreReferencesWithTheirFragment() {
        let (body, asked) = Self.render("See [the example](../p/partner-program.md#example) and [PRM](prm.md).")
        #expect(body.references == [
            BodyReference(kind: .file, target: "../p/partner-program.md", fragment: "example", line: 1, column: 5),
            BodyReference(kind: .file, target: "prm.md", fragment: nil, line: 1, column: 56),
        ])
        #expect(asked == body.references)
        #expect(body.definitionHTML == "<p>See <a href=\"/t/p-partner-program-md#example\">the example</a>"
            + " and <a href=\"/t/prm-md\">PRM</a>.</p>\n")
    }

    @Test func percentEncodedMdLinkIsDecoded() {
        let (body, _) = Self.render("[x](Partner%20Program.md)")
        #expect(body.references == [
            BodyReference(kind: .file, target: "Partner Program.md", fragment: nil, line: 1, column: 1),
        ])
    }

    @Test func unresolvedMdLinkKeepsItsURL() {
        let rendered = MarkdownRenderer.render(body: "[x](missing.md#a)", startLine: 1, allowRawHTML: false) { _ in nil }
        #expect(rendered.definitionHTML == "<p><a href=\"missing.md#a\">x</a></p>\n")
        #expect(rendered.references.count == 1)
    }

    @Test(arguments: [
        "https://x/y.md", "mailto:someone.md", "file:///etc/x.md", "notes.txt", "image.png", "#local",
        "x.md?raw=1", "//host/x.md",
    ])
    func linksThatAreNotTermFiles(url: String) {
        let (body, asked) = Self.render("[x](\(url))")
        #expect(body.references.isEmpty)
        #expect(asked.isEmpty)
        #expect(MarkdownRenderer.termFileTarget(url) == nil)
    }

    @Test func termFileTargetSplitsPathAndFragment() throws {
        let withFragment = try #require(MarkdownRenderer.termFileTarget("a/b.md#c"))
        #expect(withFragment.0 == "a/b.md")
        #expect(withFragment.1 == "c")
        let emptyFragment = try #require(MarkdownRenderer.termFileTarget("b.MD#"))
        #expect(emptyFragment.0 == "b.MD")
        #expect(emptyFragment.1 == nil)
    }

    // MARK: positions

    @Test func positionsAreFileLinesAndScalarColumns() {
        // The body starts on file line 7; the links are on body lines 1 and 3.
        let (body, _) = Self.render("Intro [[a]].\n\nÉté: [[b]] and [c](c.md)", startLine: 7)
        #expect(body.references == [
            BodyReference(kind: .wiki, target: "a", fragment: nil, line: 7, column: 7),
            BodyReference(kind: .wiki, target: "b", fragment: nil, line: 9, column: 6),
            BodyReference(kind: .file, target: "c.md", fragment: nil, line: 9, column: 16),
        ])
    }

    @Test func sameLinkTwiceOnALineGetsTwoColumns() {
        let (body, _) = Self.render("[[a]] or [[a]]", startLine: 4)
        #expect(body.references.map(\.column) == [1, 10])
        #expect(body.references.map(\.line) == [4, 4])
    }

    @Test func positionsOnContinuationLinesOfAParagraph() {
        let (body, _) = Self.render("First line\nsecond [[a]] line\n  third [[b]]", startLine: 3)
        #expect(body.references.map(\.line) == [4, 5])
        #expect(body.references.map(\.column) == [8, 9])
    }

    @Test func positionsInsideBlockquotesAndListItems() {
        let (quote, _) = Self.render("> q [[a]]\n> r [[b]]", startLine: 2)
        #expect(quote.references.map { [$0.line, $0.column] } == [[2, 5], [3, 5]])
        let (list, _) = Self.render("- item\n  cont [[a]]\n\n1. x\n\n   para [[b]]", startLine: 1)
        #expect(list.references.map { [$0.line, $0.column] } == [[2, 8], [6, 9]])
    }

    @Test func positionsAfterATwoSpaceHardBreak() {
        let (body, _) = Self.render("[[a]]  \n[[b]]", startLine: 10)
        #expect(body.references.map { [$0.line, $0.column] } == [[10, 1], [11, 1]])
    }

    @Test func referenceStyleLinkToAnMdFile() {
        let (body, _) = Self.render("See [x][r].\n\n[r]: r.md#f", startLine: 1)
        #expect(body.references == [BodyReference(kind: .file, target: "r.md", fragment: "f", line: 1, column: 5)])
        #expect(body.definitionHTML == "<p>See <a href=\"/t/r-md#f\">x</a>.</p>\n")
    }

    @Test func positionsAfterInlineMarkupAndEscapes() {
        let (body, _) = Self.render("*é* \\* &amp; [[a]]", startLine: 1)
        #expect(body.references.map(\.column) == [14])
    }

    @Test func referencesAreListedInSourceOrderAcrossKinds() {
        let (body, _) = Self.render("[[w1]] [f](f.md)\n\n[g](g.md) [[w2]]")
        #expect(body.references.map(\.target) == ["w1", "f.md", "g.md", "w2"])
    }

    // MARK: example section

    @Test(arguments: ["## Example", "## Examples", "## example", "## EXAMPLES ##", "Example\n-------"])
    func exampleHeadingSplitsTheBody(heading: String) {
        let (body, _) = Self.render("Definition text.\n\n\(heading)\n\nExample text.\n\n## Notes\n\nMore.")
        #expect(body.hasExample)
        #expect(body.definitionHTML == "<p>Definition text.</p>\n")
        #expect(body.exampleHTML == "<p>Example text.</p>\n<h2 id=\"notes\">Notes<a class=\"anchor\" href=\"#notes\" aria-labelledby=\"notes\"></a></h2>\n<p>More.</p>\n")
    }

    @Test(arguments: ["### Example", "## Example usage", "## For example"])
    func otherHeadingsDoNotSplit(heading: String) {
        let (body, _) = Self.render("Definition.\n\n\(heading)\n\nText.")
        #expect(!body.hasExample)
        #expect(body.exampleHTML == "")
        #expect(body.definitionHTML.hasPrefix("<p>Definition.</p>\n<h"))
        #expect(body.definitionHTML.hasSuffix("<p>Text.</p>\n"))
    }

    @Test func onlyTheFirstExampleHeadingSplits() {
        let (body, _) = Self.render("A.\n\n## Example\n\nB.\n\n## Example\n\nC.")
        #expect(body.definitionHTML == "<p>A.</p>\n")
        #expect(body.exampleHTML == "<p>B.</p>\n<h2 id=\"example-1\">Example<a class=\"anchor\" href=\"#example-1\" aria-labelledby=\"example-1\"></a></h2>\n<p>C.</p>\n")
    }

    @Test func bodyWithoutExample() {
        let (body, _) = Self.render("Only a definition.")
        #expect(!body.hasExample)
        #expect(body.definitionHTML == "<p>Only a definition.</p>\n")
        #expect(body.exampleHTML == "")
    }

    @Test func emptyBody() {
        let (body, _) = Self.render("")
        #expect(body.definitionHTML == "")
        #expect(body.exampleHTML == "")
        #expect(!body.hasExample)
        #expect(body.firstParagraph == "")
        #expect(body.references.isEmpty)
    }

    // MARK: first paragraph

    @Test func firstParagraphIsPlainTextWithTheWikiLinksShownText() {
        let (body, _) = Self.render(
            "# Heading\n\nA **modern** PRM integrates with [[Partner network|partner networks]]\nand `code`.\n\nSecond.")
        #expect(body.firstParagraph == "A modern PRM integrates with partner networks and code.")
    }

    @Test func firstParagraphIsNeverTakenFromTheExample() {
        let (body, _) = Self.render("- a list item\n\n## Example\n\nExample paragraph.")
        #expect(body.firstParagraph == "")
    }

    // MARK: raw HTML and unsafe URLs

    static let unsafe = "<script>alert(1)</script>\n\nSome <b>x</b> and [x](javascript:alert(1)).\n"

    @Test func safeModeDropsRawHTMLAndJavascriptLinks() {
        let (body, _) = Self.render(Self.unsafe, allowRawHTML: false)
        #expect(!body.definitionHTML.contains("<script"))
        #expect(!body.definitionHTML.contains("<b>"))
        #expect(!body.definitionHTML.contains("javascript:"))
        #expect(body.definitionHTML == "<!-- raw HTML omitted -->\n<p>Some <!-- raw HTML omitted -->x"
            + "<!-- raw HTML omitted --> and <a href=\"\">x</a>.</p>\n")
    }

    @Test func allowRawHTMLKeepsThemAsWritten() {
        let (body, _) = Self.render(Self.unsafe, allowRawHTML: true)
        #expect(body.definitionHTML
            == "<script>alert(1)</script>\n<p>Some <b>x</b> and <a href=\"javascript:alert(1)\">x</a>.</p>\n")
    }

    @Test func wikiLinksInsideRawHTMLAreNotReferences() {
        let (body, _) = Self.render("<div>\n[[a]]\n</div>\n")
        #expect(body.references.isEmpty)
    }
}
