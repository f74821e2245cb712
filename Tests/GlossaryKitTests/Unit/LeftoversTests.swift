import Testing
@testable import GlossaryKit

/// `glossary check`'s warnings for what a body written for Hugo or GitHub holds that cmark
/// does not render as meant, at their file positions.
@Suite("Leftovers")
struct LeftoversTests {
    static func find(_ body: String, startLine: Int = 5, allowRawHTML: Bool = false) -> [String] {
        Leftovers.find(body: body, startLine: startLine, allowRawHTML: allowRawHTML).map { "\($0.line):\($0.column) \($0.value)" }
    }

    @Test func shortcodesOutsideCode() {
        #expect(Self.find("Intro {{< youtube id=\"x\" >}} and `{{< not >}}`\n\n```\n{{% also not %}}\n```\n\n> é {{% notice %}}") == [
            "5:7 Hugo shortcode '{{< youtube id=\"x\" >}}' is not run: the page shows '{{< youtube id=\"x\" >}}' as text",
            "11:5 Hugo shortcode '{{% notice %}}' is not run: the page shows '{{% notice %}}' as text",
        ])
    }

    @Test func aShortcodeThatCmarkReadsAsHTMLLeavesItsBraces() {
        #expect(Self.find("A {{<figure src=\"a.png\">}} here.") == [
            "5:3 Hugo shortcode '{{<figure src=\"a.png\">}}' is not run: the page shows '{{}}' as text"
        ])
    }

    @Test func rawHTMLBlocksAndInlineTags() {
        #expect(Self.find("Press <kbd>F5</kbd>.\n\n  <div class=\"note\">\nInside {{< x >}}\n</div>") == [
            "5:7 raw HTML '<kbd>' is dropped (allow_raw_html is off): the text around it appears without it",
            "5:14 raw HTML '</kbd>' is dropped (allow_raw_html is off): the text around it appears without it",
            "7:3 raw HTML '<div class=\"note\">' is dropped (allow_raw_html is off): nothing of this block appears, text inside it included",
        ])
        #expect(Self.find("Press <kbd>F5</kbd>.", allowRawHTML: true) == [])
    }

    @Test func pipeTables() {
        let table = "this GFM pipe table is not rendered as a table (cmark reads CommonMark): "
            + "its rows appear as one paragraph of text, pipes and dashes included"
        #expect(Self.find("Text\n\n| a | b |\n|---|:-:|\n| 1 | 2 |\n\n> x\n> a | b\n> --- | ---\n\nnot | a table") == [
            "7:1 " + table, "12:3 " + table,
        ])
    }
}
