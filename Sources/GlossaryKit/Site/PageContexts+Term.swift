/// The term page's values (`term` in templates): the biggest context, in a file of its own.
extension PageContexts {
    /// The context of a term's page: the term's fields, links, body, neighbours and sources.
    func term(_ index: Int) -> TemplateValue {
        let root = SitePaths.deepRoot
        let term = glossary.terms[index]
        let linkedTerm = linked[index]
        let matter = term.frontMatter
        var context = common(
            root: root, kind: "term", title: term.title, description: shortDescriptions[index], currentLetter: term.letter,
            page: term.path, term: index)
        let updated = lastUpdated(index)
        context["json_ld"] = .string(Publishing.definedTerm(
            term, description: shortDescriptions[index], settings: settings, inLanguage: languageLinks.map { _ in settings.language },
            dateModified: updated))
        let related: [TemplateValue] = linkedTerm.related.map { entry in
            switch entry {
            case .term(let target):
                let other = glossary.terms[target]
                return ["title": .string(other.title), "url": .string(root + other.href), "is_external": false]
            case .foreign(let link):
                var values = foreignLink(link, root: root)
                values["is_external"] = false
                values["has_url"] = true
                return .fields(values)
            case .external(let title, let url):
                // An unsafe scheme loses its link, as it would in the body; the title stays.
                let kept = settings.allowRawHTML || !URLSafety.isUnsafe(url)
                return [
                    "title": .string(title), "url": .string(kept ? url : ""), "has_url": .bool(kept),
                    "is_external": true,
                ]
            }
        }
        let termTags: [TemplateValue] = matter.tags.compactMap { name in
            tags.tag(named: name.value).map { ["name": .string($0.name), "url": .string(root + SitePaths.href(SitePaths.tag(slug: $0.slug)))] }
        }
        let aliases = matter.aliases.map(\.value)
        let partOfSpeech = matter.partOfSpeech ?? ""
        var values: TemplateObject = [
            "title": .string(term.title), "slug": .string(term.slug), "url": .string(root + term.href),
            "letter": .string(term.letter), "letter_url": .string(root + SitePaths.href(SitePaths.letter(term.letter, in: glossary.collation))),
            "part_of_speech": .string(partOfSpeech), "has_part_of_speech": .bool(!partOfSpeech.isEmpty),
            "description": .string(linkedTerm.description),
            "aliases": .list(aliases.map(TemplateValue.string)), "has_aliases": .bool(!aliases.isEmpty),
            "aliases_text": .string(aliases.map(BidiBalance.closed).joined(separator: ", ")),
            "definition_html": .string(linkedTerm.body.definitionHTML),
            "example_html": .string(linkedTerm.body.exampleHTML), "has_example": .bool(linkedTerm.body.hasExample),
            "example_anchor": .string(linkedTerm.body.exampleAnchor ?? "example"),
            "see_also": .list(linkedTerm.seeAlso.map { link($0, root: root) }
                + linkedTerm.foreignSeeAlso.map { .fields(foreignLink($0, root: root)) }),
            "has_see_also": .bool(!linkedTerm.seeAlso.isEmpty || !linkedTerm.foreignSeeAlso.isEmpty),
            "related": .list(related), "has_related": .bool(!related.isEmpty),
            "referenced_by": .list(linkedTerm.referencedBy.map { link($0, root: root) }),
            "has_referenced_by": .bool(!linkedTerm.referencedBy.isEmpty),
            "tags": .list(termTags), "has_tags": .bool(!termTags.isEmpty),
            "extra": .list(matter.extra.map { ["key": .string($0.key), "value": .string($0.value)] }),
            "has_extra": .bool(!matter.extra.isEmpty),
            "has_neighbours": .bool(glossary.terms.count > 1),
        ]
        let deprecatedNames = matter.deprecatedNames.map(\.value)
        values["has_deprecated_names"] = .bool(!deprecatedNames.isEmpty)
        values["deprecated_names_text"] = .string(deprecatedNames.map(BidiBalance.closed).joined(separator: ", "))
        if let status = matter.status?.value, !status.allSatisfy(\.isWhitespace) {
            values["status"] = .string(status)
        }
        switch linkedTerm.supersededBy {
        case .term(let target)?: values["superseded_by"] = link(target, root: root)
        case .foreign(let foreign)?: values["superseded_by"] = .fields(foreignLink(foreign, root: root))
        case .external?, nil: break
        }
        if let updated {
            values["last_updated"] = .string(updated)
            values["last_updated_label"] = .string(strings.text("last_updated", ["date": updated]))
        }
        let editURL = sources?.editURL(of: term.file, settings: settings)
        if let editURL { values["edit_url"] = .string(editURL) }
        values["has_meta"] = .bool(updated != nil || editURL != nil)
        if let browse = browse(index) { values["browse"] = browse }
        if index > 0 { values["previous"] = link(index - 1, root: root) }
        if index + 1 < glossary.terms.count { values["next"] = link(index + 1, root: root) }
        context["term"] = .fields(values)
        context["previews_json"] = .string(previewsJSON(for: index))
        return .fields(context)
    }

    /// The day of the term file's last commit (`YYYY-MM-DD`), when git gave one: the page's
    /// "last updated", its JSON-LD `dateModified` and its sitemap `<lastmod>`.
    func lastUpdated(_ index: Int) -> String? {
        sources?.lastUpdated(glossary.terms[index].file)
    }

    /// A link to a term only another language has: its page there, `hreflang` and the
    /// language's name for the label the template shows.
    func foreignLink(_ link: LinkedTerm.ForeignLink, root: String) -> TemplateObject {
        let up = languageLinks.map { SitePaths.up(fromLanguageFolder: $0.languages[$0.current].folder) } ?? ""
        return [
            "title": .string(link.title), "url": .string(root + up + SitePaths.href(link.sitePath)),
            "hreflang": .string(link.code), "language_name": .string(link.name), "is_fallback": true,
        ]
    }
}
