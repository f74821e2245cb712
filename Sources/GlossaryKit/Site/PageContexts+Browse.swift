/// The list beside a term page (`term.browse`): the terms a reader browses while reading.
extension PageContexts {
    /// A glossary, or a letter, of at most this many terms is listed whole; above it the
    /// page lists `browseNeighbours` terms either side and links the letter's pages, so a
    /// term page of a 100,000-term glossary stays small.
    static let browseListLimit = 60
    static let browseNeighbours = 3

    /// Nil for a glossary of one term (there is nothing to browse to).
    func browse(_ index: Int) -> TemplateValue? {
        let count = glossary.terms.count
        guard count > 1 else { return nil }
        let term = glossary.terms[index]
        let root = SitePaths.deepRoot
        let letter = letterTerms(term.letter)
        let shown: Range<Int>
        var values: TemplateObject = [:]
        if count <= Self.browseListLimit {
            shown = 0..<count
            values["label"] = .string(strings.text("all_terms"))
        } else {
            values["label"] = .string(strings.text("browse_letter", ["letter": term.letter]))
            if letter.count <= Self.browseListLimit {
                shown = letter
            } else {
                shown = max(letter.lowerBound, index - Self.browseNeighbours)..<min(letter.upperBound, index + Self.browseNeighbours + 1)
                values["letter_url"] = .string(root + SitePaths.href(SitePaths.letter(term.letter, in: glossary.collation)))
                values["letter_link_label"] = .string(strings.text("letter_title", ["letter": term.letter]))
            }
        }
        values["items"] = .list(shown.map { other in
            let target = glossary.terms[other]
            // From one term page to another: `../slug/index.html`, shorter than from the root.
            return [
                "title": .string(target.title), "url": .string(SitePaths.term(slug: target.slug, fromTermPage: true)),
                "is_current": .bool(other == index),
            ]
        })
        return .fields(values)
    }
}
