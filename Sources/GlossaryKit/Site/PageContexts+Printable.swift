/// The printable page (`all/`, template `all`): every term's full text in reading order
/// with a table of contents, so a browser's "Save as PDF" gives the whole glossary as one
/// document. Above `print_page_limit` terms `all/` lists the letters instead, and each
/// letter prints from a page of its own (`all/<letter>/`).
extension PageContexts {
    /// Whether the glossary is too big for one printable page.
    var printsByLetter: Bool { glossary.terms.count > settings.printPageLimit }

    /// `letter` nil: `all/` itself (every term, or the letters' list); else one letter.
    func printable(letter: String?) -> TemplateValue {
        let path = letter.map { SitePaths.printable($0, in: glossary.collation) } ?? SitePaths.printable
        let root = SitePaths.root(of: path)
        let title = letter.map { strings.text("print_letter_title", ["site": settings.title, "letter": $0]) }
            ?? strings.text("print_title", ["site": settings.title])
        var context = common(root: root, kind: "print", title: title, description: settings.description, currentLetter: letter, page: path)
        let labels = glossary.collation.labels.filter { usedLetters.contains($0) }
        var values: TemplateObject = ["title": .string(title)]
        if letter == nil, printsByLetter {
            // Only the letters, each a link to its own printable page.
            values["letter_pages"] = .list(labels.map { label in
                let count = letterTerms(label).count
                return [
                    "label": .string(label), "count_label": .string(countLabel(count)),
                    "url": .string(root + SitePaths.href(SitePaths.printable(label, in: glossary.collation))),
                ]
            })
        } else {
            let shownLabels = letter.map { [$0] } ?? labels
            let indices = shownLabels.flatMap { Array(letterTerms($0)) }
            let onPage = Set(indices.map { SitePaths.href(glossary.terms[$0].slug) })
            values["letters"] = .list(shownLabels.map { label in
                let terms = letterTerms(label).map { printableTerm($0, onPage: onPage, root: root) }
                return ["label": .string(label), "anchor": .string("letter-" + SitePaths.href(glossary.collation.letterSlug(label))), "terms": .list(terms)]
            })
            values["count_label"] = .string(countLabel(indices.count))
        }
        context["print"] = .fields(values)
        return .fields(context)
    }

    /// One term's section: its names, full definition and example, and its references as
    /// text (a printed page cannot follow links; on screen they lead to the sections).
    private func printableTerm(_ index: Int, onPage: Set<String>, root: String) -> TemplateValue {
        let term = glossary.terms[index]
        let linkedTerm = linked[index]
        let anchor = SitePaths.href(term.slug)
        func rebased(_ html: String) -> String { PrintableBody.rebase(html, slug: anchor, onPage: onPage, root: root) }
        func target(_ other: Int) -> TemplateValue {
            let slug = SitePaths.href(glossary.terms[other].slug)
            let url = onPage.contains(slug) ? "#" + slug : root + glossary.terms[other].href
            return ["title": .string(glossary.terms[other].title), "url": .string(url)]
        }
        let matter = term.frontMatter
        let aliases = matter.aliases.map(\.value)
        let deprecated = matter.deprecatedNames.map(\.value)
        let seeAlso = linkedTerm.seeAlso.map(target)
        var values: TemplateObject = [
            "title": .string(term.title), "anchor": .string(anchor), "url": .string(root + term.href),
            "part_of_speech": .string(matter.partOfSpeech ?? ""),
            "aliases_text": .string(aliases.map(BidiBalance.closed).joined(separator: ", ")), "has_aliases": .bool(!aliases.isEmpty),
            "deprecated_names_text": .string(deprecated.map(BidiBalance.closed).joined(separator: ", ")),
            "has_deprecated_names": .bool(!deprecated.isEmpty),
            "definition_html": .string(rebased(linkedTerm.body.definitionHTML)),
            "example_html": .string(rebased(linkedTerm.body.exampleHTML)), "has_example": .bool(linkedTerm.body.hasExample),
            "see_also": .list(seeAlso), "has_see_also": .bool(!seeAlso.isEmpty),
        ]
        if let status = matter.status?.value, !status.allSatisfy(\.isWhitespace) { values["status"] = .string(status) }
        return .fields(values)
    }
}
