/// Builds the dictionaries each template receives (documented in README.md, "Template context").
///
/// Plain `[String: Any]` values, because swift-mustache looks other types up through
/// `Mirror` on every access. Every URL is relative to the page it is rendered into.
struct PageContexts {
    static let generator = "glossary 0.1.0"

    let settings: SiteSettings
    let glossary: Glossary
    let linked: [LinkedTerm]
    let tags: TagIndex
    /// Letter labels that have at least one term.
    let usedLetters: Set<String>

    init(settings: SiteSettings, glossary: Glossary, linked: [LinkedTerm], tags: TagIndex) {
        self.settings = settings
        self.glossary = glossary
        self.linked = linked
        self.tags = tags
        usedLetters = Set(glossary.terms.map(\.letter))
    }

    /// Keys every page has: site, root, page, the A–Z bar, the search index URL.
    /// `currentLetter` marks the letter in the A–Z bar; `isLetterPage` says the page is that
    /// letter's own page (for `aria-current="page"`), not a term filed under it.
    func common(
        root: String, kind: String, title: String, description: String, currentLetter: String?, isLetterPage: Bool = false
    ) -> [String: Any] {
        let bar: [[String: Any]] = Collation.allLabels.map { label in
            var entry: [String: Any] = [
                "label": label, "has_terms": usedLetters.contains(label), "is_current": label == currentLetter,
                "is_page": isLetterPage && label == currentLetter,
            ]
            if usedLetters.contains(label) { entry["url"] = root + Self.letterPath(label) }
            return entry
        }
        return [
            "site": [
                "title": settings.title, "description": settings.description,
                "language": settings.language, "base_url": settings.baseURL,
                "has_description": !settings.description.isEmpty,
            ],
            "tags_url": root + "tags/index.html",
            "site_has_tags": !tags.tags.isEmpty,
            "root": root,
            "page": ["kind": kind, "title": title, "description": description],
            "az": bar,
            "search_index_url": root + "search-index.json",
            "generator": Self.generator,
        ]
    }

    static func letterPath(_ label: String) -> String {
        "letters/\(Collation.letterSlug(label))/index.html"
    }

    static func tagPath(_ slug: String) -> String {
        "tags/\(slug)/index.html"
    }

    func card(_ index: Int, root: String) -> [String: Any] {
        let term = glossary.terms[index]
        return [
            "title": term.title, "slug": term.slug, "url": root + term.path,
            "part_of_speech": term.frontMatter.partOfSpeech ?? "",
            "has_part_of_speech": !(term.frontMatter.partOfSpeech ?? "").isEmpty,
            "description": linked[index].description, "letter": term.letter,
        ]
    }

    func link(_ index: Int, root: String) -> [String: Any] {
        let term = glossary.terms[index]
        return ["title": term.title, "url": root + term.path]
    }

    /// "1 term", "48 terms".
    static func countLabel(_ count: Int) -> String {
        count == 1 ? "1 term" : "\(count) terms"
    }

    func tagList(root: String) -> [[String: Any]] {
        tags.tags.map { ["name": $0.name, "slug": $0.slug, "url": root + Self.tagPath($0.slug), "count": $0.terms.count] }
    }

    func index() -> [String: Any] {
        var context = common(root: "", kind: "index", title: settings.title, description: settings.description, currentLetter: nil)
        var groups: [[String: Any]] = []
        var start = 0
        let terms = glossary.terms
        while start < terms.count {
            let label = terms[start].letter
            var end = start
            while end < terms.count, terms[end].letter == label { end += 1 }
            groups.append([
                "label": label, "anchor": "letter-\(Collation.letterSlug(label))",
                "url": Self.letterPath(label), "terms": (start..<end).map { card($0, root: "") },
            ])
            start = end
        }
        context["groups"] = groups
        context["tags"] = tagList(root: "")
        context["has_tags"] = !tags.tags.isEmpty
        context["term_count"] = terms.count
        context["term_count_label"] = Self.countLabel(terms.count)
        return context
    }

    func letter(_ label: String) -> [String: Any] {
        let root = "../../"
        let title = "Terms starting with \(label)"
        var context = common(
            root: root, kind: "letter", title: title, description: "\(title) in \(settings.title)", currentLetter: label,
            isLetterPage: true)
        let members = glossary.terms.indices.filter { glossary.terms[$0].letter == label }
        context["letter"] = ["label": label, "slug": Collation.letterSlug(label)]
        context["terms"] = members.map { card($0, root: root) }
        context["term_count"] = members.count
        context["term_count_label"] = Self.countLabel(members.count)
        return context
    }

    func term(_ index: Int) -> [String: Any] {
        let root = "../../"
        let term = glossary.terms[index]
        let linkedTerm = linked[index]
        var context = common(root: root, kind: "term", title: term.title, description: linkedTerm.description, currentLetter: term.letter)
        let matter = term.frontMatter
        let related: [[String: Any]] = linkedTerm.related.map { entry in
            switch entry {
            case .term(let target): return link(target, root: root).merging(["is_external": false]) { $1 }
            case .external(let title, let url): return ["title": title, "url": url, "is_external": true]
            }
        }
        let termTags: [[String: Any]] = matter.tags.compactMap { name in
            tags.tag(named: name.value).map { ["name": $0.name, "url": root + Self.tagPath($0.slug)] }
        }
        var values: [String: Any] = [
            "title": term.title, "slug": term.slug, "url": root + term.path, "letter": term.letter,
            "part_of_speech": matter.partOfSpeech ?? "", "has_part_of_speech": !(matter.partOfSpeech ?? "").isEmpty,
            "description": linkedTerm.description, "letter_url": root + Self.letterPath(term.letter),
            "aliases": matter.aliases.map(\.value), "has_aliases": !matter.aliases.isEmpty,
            "definition_html": linkedTerm.body.definitionHTML,
            "example_html": linkedTerm.body.exampleHTML, "has_example": linkedTerm.body.hasExample,
            "see_also": linkedTerm.seeAlso.map { link($0, root: root) }, "has_see_also": !linkedTerm.seeAlso.isEmpty,
            "related": related, "has_related": !related.isEmpty,
            "referenced_by": linkedTerm.referencedBy.map { link($0, root: root) },
            "has_referenced_by": !linkedTerm.referencedBy.isEmpty,
            "tags": termTags, "has_tags": !termTags.isEmpty,
            "extra": matter.extra.map { ["key": $0.key, "value": $0.value] }, "has_extra": !matter.extra.isEmpty,
        ]
        if index > 0 { values["previous"] = link(index - 1, root: root) }
        if index + 1 < glossary.terms.count { values["next"] = link(index + 1, root: root) }
        values["has_neighbours"] = glossary.terms.count > 1
        context["term"] = values
        return context
    }

    func tag(_ tag: TagIndex.Tag) -> [String: Any] {
        let root = "../../"
        let title = "Tagged “\(tag.name)”"
        var context = common(root: root, kind: "tag", title: title, description: "\(title) in \(settings.title)", currentLetter: nil)
        context["tag"] = ["name": tag.name, "slug": tag.slug, "url": root + Self.tagPath(tag.slug)]
        context["terms"] = tag.terms.map { card($0, root: root) }
        context["term_count"] = tag.terms.count
        context["term_count_label"] = Self.countLabel(tag.terms.count)
        return context
    }

    func tagsPage() -> [String: Any] {
        let root = "../"
        var context = common(root: root, kind: "tags", title: "Tags", description: "All tags in \(settings.title)", currentLetter: nil)
        context["tags"] = tagList(root: root)
        context["has_tags"] = !tags.tags.isEmpty
        return context
    }

    func notFound() -> [String: Any] {
        common(root: "", kind: "404", title: "Page not found", description: settings.description, currentLetter: nil)
    }
}
