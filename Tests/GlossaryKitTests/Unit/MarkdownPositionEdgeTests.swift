import Testing
@testable import GlossaryKit

/// Places where cmark's own inline positions are off, and the renderer must still report
/// the reference where the author wrote it.
@Suite struct MarkdownPositionEdgeTests {
    static func references(_ body: String) -> [BodyReference] {
        MarkdownRenderer.render(body: body, startLine: 1, allowRawHTML: false) { _ in "u" }.references
    }

    @Test func mdLinkAfterABackslashLineBreak() {
        let found = Self.references("x\\\n[y](y.md)")
        #expect(found.map { [$0.line, $0.column] } == [[2, 1]])
    }

    @Test func wikiLinkAfterABackslashLineBreak() {
        let found = Self.references("x\\\nsee [[b]]")
        #expect(found.map { [$0.line, $0.column] } == [[2, 5]])
    }

    @Test(arguments: ["xx [[a\\_b]]", "xx [[a&amp;b]]"])
    func wikiLinkWithAnEscapeOrEntity(body: String) {
        #expect(Self.references(body).map { [$0.line, $0.column] } == [[1, 4]])
    }

    @Test func wikiLinkOnALazyContinuationLineOfABlockQuote() {
        #expect(Self.references("> para\n[[a]] lazy").map { [$0.line, $0.column] } == [[2, 1]])
    }

    @Test func wikiLinkAfterACodeSpanHoldingTheSameBrackets() {
        let found = Self.references("[[a]] `[[b]]` [[b]]")
        #expect(found.map(\.column) == [1, 15])
    }

    @Test func wikiLinkInsideLinkTextIsNeitherRewrittenNorAReference() {
        let rendered = MarkdownRenderer.render(body: "[see [[a]]](https://e.example)", startLine: 1, allowRawHTML: false) { _ in "u" }
        #expect(rendered.references.isEmpty)
        #expect(rendered.definitionHTML == "<p><a href=\"https://e.example\">see [[a]]</a></p>\n")
    }

    @Test func referencesComeInOrderOfFirstMentionAcrossKinds() {
        let found = Self.references("A [[PRM tools|PRM]] thing. See [eco](../e/ecosystem.md#example).")
        #expect(found.map(\.target) == ["PRM tools", "../e/ecosystem.md"])
    }

    @Test func aLevelOneExampleHeadingDoesNotStartTheExample() {
        let rendered = MarkdownRenderer.render(body: "Text.\n\n# Example\n\nMore.", startLine: 1, allowRawHTML: false) { _ in nil }
        #expect(!rendered.hasExample)
        // Still a heading of the definition, with its anchor like any other.
        #expect(rendered.definitionHTML.contains(##"<h1 id="example">Example<a class="anchor" href="#example""##))
    }
}

/// Letters that folding alone does not reduce to A–Z.
@Suite struct CollationTransliterationTests {
    @Test(arguments: [("Ølpreis", "O", "olpreis"), ("Æble", "A", "aeble"), ("Łódź", "L", "lodz"), ("Straße", "S", "strasse")])
    func filedUnderTheirLatinLetter(title: String, letter: String, slug: String) {
        #expect(Collation.english.letter(for: title) == letter)
        #expect(Slug.make(from: title) == slug)
    }
}
