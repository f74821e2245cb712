/// The index page's intro, `_index.md` in the content folder (or in a language's folder):
/// Markdown as a term's body is, with the same safety rules and references, but no term.
extension Linker {
    /// The intro rendered, its links resolved as a body's are and written from the site's
    /// (or language's) root, where the index page is; front matter, if any, is not read.
    static func linkIntro(_ source: TermSource, in glossary: Glossary, linked: [LinkedTerm], context: Context)
        -> (RenderedBody, [Diagnostic])
    {
        var body = source.text
        var startLine = 1
        if body.hasPrefix("---\n") {
            do {
                let split = try FrontMatterParser.split(body, file: source.displayPath)
                (body, startLine) = (split.body, split.bodyStartLine)
            } catch {
                return (RenderedBody(definitionHTML: "", exampleHTML: "", hasExample: false, firstParagraph: "", references: []),
                        BuildStages.diagnostics(of: error, file: source.displayPath))
            }
        }
        let page = Term(
            file: TermFile(displayPath: source.displayPath, relativePath: source.relativePath),
            frontMatter: FrontMatter(title: Located("", line: 1, column: 1)), body: body, bodyStartLine: startLine,
            slug: "", letter: "", sortKey: glossary.collation.sortKey(title: "", slug: ""))
        let (intro, diagnostics) = link(page, at: nil, in: glossary, context: context, asIntro: true)
        return (intro.body, diagnostics
            + checkAnchors(intro.anchorLinks, file: source.displayPath, targets: linked, in: glossary))
    }
}
