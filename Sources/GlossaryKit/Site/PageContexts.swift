/// Builds the values each template receives (documented in README.md, "Template context").
///
/// Every URL is relative to the page it is rendered into. The A–Z bar and the site values,
/// the same on many pages, are built once and shared (TemplateValue is copy-on-write).
package struct PageContexts: Sendable {
    static let generator = "glossary " + GlossaryVersion.current

    let settings: SiteSettings
    let glossary: Glossary
    let linked: [LinkedTerm]
    let tags: TagIndex
    /// The interface strings in the site's language (`t` in templates).
    let strings: InterfaceStrings
    /// Letter labels that have at least one term.
    let usedLetters: Set<String>
    /// Each used letter's terms: a run of the reading order.
    private let letterRanges: [String: Range<Int>]
    private let site: TemplateValue
    /// `t` and `strings_json`, the same on every page.
    private let interface: TemplateValue
    /// Nil when the scripts' strings are their own English (no `strings_json` key then:
    /// an empty string is true in a section for other Mustache engines).
    private let scriptStrings: TemplateValue?
    /// A–Z bars of term pages (root `../../`), by letter: 10,000 term pages share 27 bars.
    private let termPageBars: [String: TemplateValue]
    /// Each term's link and card as seen from pages two folders deep (term, letter and tag
    /// pages), and its card from the root: built once, shared by every page that lists it.
    private let deepLinks: [TemplateValue]
    private let deepCards: [TemplateValue]
    private let rootCards: [TemplateValue]
    /// Each term's preview object (`{"description",…,"url"}`) as JSON bytes, escaped once.
    private let previewObjects: [[UInt8]]
    /// Each term's description as pages repeat it (`ShortDescription`): meta tags, JSON-LD,
    /// previews and cards; the full text stays on its own page.
    let shortDescriptions: [String]
    /// The other languages of a multi-language glossary (switcher, alternates); nil for one.
    var languageLinks: LanguageLinks?
    /// The term files' places and dates (edit links, "last updated"); nil: neither.
    var sources: SourceHistory?
    /// The index page's intro (`_index.md`), rendered; nil without one.
    var intro: RenderedBody?
    /// Whether the theme has the printable page's template (`all.mustache`).
    var hasPrintableTemplate = false

    /// `strings` defaults to the default theme's, in the site's language with its overrides.
    init(
        settings: SiteSettings, glossary: Glossary, linked: [LinkedTerm], tags: TagIndex, strings: InterfaceStrings? = nil,
        jobs: Int = 1
    ) {
        self.settings = settings
        self.glossary = glossary
        self.linked = linked
        self.tags = tags
        let strings = strings ?? InterfaceCatalog.builtIn.strings(language: settings.language, overrides: settings.interface)
        self.strings = strings
        interface = strings.templateValue(siteTitle: settings.title, generator: Self.generator)
        let scriptJSON = strings.scriptJSONUnlessDefault
        scriptStrings = scriptJSON.isEmpty ? nil : .string(scriptJSON)
        let used = Set(glossary.terms.map(\.letter))
        usedLetters = used
        var ranges: [String: Range<Int>] = [:]
        var start = 0
        while start < glossary.terms.count {
            let label = glossary.terms[start].letter
            var end = start
            while end < glossary.terms.count, glossary.terms[end].letter == label { end += 1 }
            ranges[label] = start..<end
            start = end
        }
        letterRanges = ranges
        site = .object([
            "title": .string(settings.title), "description": .string(settings.description),
            "language": .string(settings.language), "base_url": .string(settings.baseURL),
            "has_description": .bool(!settings.description.isEmpty), "direction": .string(strings.direction),
        ])
        var bars: [String: TemplateValue] = [:]
        for label in glossary.collation.labels where used.contains(label) {
            bars[label] = .memoized(Self.bar(
                root: SitePaths.deepRoot, current: label, isLetterPage: false, used: used, collation: glossary.collation))
        }
        termPageBars = bars
        let short = ParallelMap.map(count: glossary.terms.count, jobs: jobs) { ShortDescription.cut(linked[$0].description) }
        shortDescriptions = short
        let shared = ParallelMap.map(count: glossary.terms.count, jobs: jobs) { index in
            (Self.makeLink(glossary.terms[index], root: SitePaths.deepRoot),
             Self.makeCards(glossary.terms[index], description: short[index], roots: [SitePaths.deepRoot, ""]))
        }
        deepLinks = shared.map(\.0)
        deepCards = shared.map { $0.1[0] }
        rootCards = shared.map { $0.1[1] }
        previewObjects = ParallelMap.map(count: glossary.terms.count, jobs: jobs) { index in
            Self.previewObject(glossary.terms[index], description: short[index])
        }
    }

    /// The letter bar ("#", A–Z in English; the language's index letters, then Latin A–Z,
    /// elsewhere): every label, a URL only for letters with terms.
    private static func bar(
        root: String, current: String?, isLetterPage: Bool, used: Set<String>, collation: Collation
    ) -> TemplateValue {
        .list(collation.labels.map { label in
            var entry: TemplateObject = [
                "label": .string(label), "has_terms": .bool(used.contains(label)),
                "is_current": .bool(label == current), "is_page": .bool(isLetterPage && label == current),
                "is_wide": .bool(label.count > 1),
            ]
            if used.contains(label) { entry["url"] = .string(root + SitePaths.href(SitePaths.letter(label, in: collation))) }
            return .fields(entry)
        })
    }

    /// Keys every page has: site, root, page, the A–Z bar, the search index URL.
    /// `currentLetter` marks the letter in the bar; `isLetterPage` says the page is that
    /// letter's own page (for `aria-current="page"`), not a term filed under it.
    /// `page` is the page's file path (`terms/x/index.html`), for its canonical address; nil
    /// for pages without one (404).
    func common(
        root: String, kind: String, title: String, description: String, currentLetter: String?, isLetterPage: Bool = false,
        page: String? = nil, term: Int? = nil
    ) -> TemplateObject {
        let bar = (root == SitePaths.deepRoot && !isLetterPage ? currentLetter.flatMap { termPageBars[$0] } : nil)
            ?? Self.bar(
                root: root, current: currentLetter, isLetterPage: isLetterPage, used: usedLetters, collation: glossary.collation)
        var context: TemplateObject = [
            "site": site,
            "root": .string(root),
            "page": .fields(pageValues(kind: kind, title: title, description: description, page: page)),
            "az": bar,
            "search_index_url": .string(root + SitePaths.searchIndex),
            "tags_url": .string(root + SitePaths.tagsIndex),
            "site_has_tags": .bool(!tags.tags.isEmpty),
            "generator": .string(Self.generator),
            "t": interface,
        ]
        if let scriptStrings { context["strings_json"] = scriptStrings }
        if hasPrintableTemplate, !glossary.terms.isEmpty {
            context["print_url"] = .string(root + SitePaths.printable)
        }
        if let languageLinks {
            context.add(languageLinks.values(kind: kind, path: page, term: term, root: root))
        }
        return context
    }

    private func pageValues(kind: String, title: String, description: String, page: String?) -> TemplateObject {
        var values: TemplateObject = [
            "kind": .string(kind), "title": .string(title), "description": .string(description),
            "og_type": .string(kind == "term" ? "article" : "website"),
        ]
        if let page, let url = Publishing.canonical(settings, folder: SitePaths.folder(ofPage: page)) {
            values["canonical_url"] = .string(url)
        }
        return values
    }

    /// "1 term", "48 terms", in the site's language and its plural forms.
    func countLabel(_ count: Int) -> String {
        strings.count("terms", count)
    }

    func card(_ index: Int, root: String) -> TemplateValue {
        switch root {
        case "": rootCards[index]
        case SitePaths.deepRoot: deepCards[index]
        default: Self.makeCards(glossary.terms[index], description: shortDescriptions[index], roots: [root])[0]
        }
    }

    func link(_ index: Int, root: String) -> TemplateValue {
        root == SitePaths.deepRoot ? deepLinks[index] : Self.makeLink(glossary.terms[index], root: root)
    }

    /// Tags a card carries on pages other than the index (letter and tag pages).
    static let cardTagLimit = 5

    /// The term's card as seen from each of `roots`; the parts that do not depend on the
    /// root (its tags' URL names above all) are worked out once.
    ///
    /// Only the index's cards (root `""`) carry every tag: its tag filter reads them, and it
    /// lists each term once. A tag page lists every term with that tag, so a card with all
    /// its tags made the site quadratic in one term's tags (20,000 tags wrote 3 GB); there
    /// the card keeps the first `cardTagLimit` and says how many more the term has.
    private static func makeCards(_ term: Term, description: String, roots: [String]) -> [TemplateValue] {
        let partOfSpeech = term.frontMatter.partOfSpeech ?? ""
        let slugs = term.frontMatter.tags.map { Slug.make(from: $0.value) }
        let allSlugs = slugs.joined(separator: " ")
        let shownSlugs = slugs.count > cardTagLimit ? slugs.prefix(cardTagLimit).joined(separator: " ") : allSlugs
        let moreTags = max(0, slugs.count - cardTagLimit)
        return roots.map { root in
            let everyTag = root.isEmpty
            return [
                "title": .string(term.title), "slug": .string(term.slug), "url": .string(root + term.href),
                "part_of_speech": .string(partOfSpeech), "has_part_of_speech": .bool(!partOfSpeech.isEmpty),
                "description": .string(description), "letter": .string(term.letter),
                "tag_slugs": .string(everyTag ? allSlugs : shownSlugs),
                "more_tag_count": .int(everyTag ? 0 : moreTags), "has_more_tags": .bool(!everyTag && moreTags > 0),
            ]
        }
    }

    /// One preview entry, for term pages only: its URL is the body links' short form
    /// (`../x/index.html`), which resolves to the same address as the list links'
    /// (`../../terms/x/index.html`); the script compares addresses.
    private static func previewObject(_ term: Term, description: String) -> [UInt8] {
        var out: [UInt8] = Array(#"{"description":"#.utf8)
        JSONText.appendString(description, to: &out)
        out += Array(#","part_of_speech":"#.utf8)
        JSONText.appendString(term.frontMatter.partOfSpeech ?? "", to: &out)
        out += Array(#","title":"#.utf8)
        JSONText.appendString(term.title, to: &out)
        out += Array(#","url":"#.utf8)
        JSONText.appendString(SitePaths.term(slug: term.slug, fromTermPage: true), to: &out)
        out.append(UInt8(ascii: "}"))
        return out
    }

    /// The terms a term page links to (body, see also, related, referenced by, neighbours),
    /// as JSON for its preview cards: `[{"url", "title", "part_of_speech", "description"}]`,
    /// URLs relative to the page. Escaped for a `<script>` element.
    func previewsJSON(for index: Int) -> String {
        let linkedTerm = linked[index]
        var targets = linkedTerm.bodyTargets + linkedTerm.seeAlso + linkedTerm.referencedBy
        for case .term(let target) in linkedTerm.related { targets.append(target) }
        if index > 0 { targets.append(index - 1) }
        if index + 1 < glossary.terms.count { targets.append(index + 1) }
        var seen = Set<Int>()
        var out: [UInt8] = Array("[".utf8)
        for target in targets where target != index && seen.insert(target).inserted {
            if out.count > 1 { out.append(UInt8(ascii: ",")) }
            out += previewObjects[target]
        }
        out.append(UInt8(ascii: "]"))
        return String(decoding: out, as: UTF8.self)
    }

    private static func makeLink(_ term: Term, root: String) -> TemplateValue {
        ["title": .string(term.title), "url": .string(root + term.href)]
    }

    func tagList(root: String) -> TemplateValue {
        .list(tags.tags.map {
            [
                "name": .string($0.name), "slug": .string($0.slug), "url": .string(root + SitePaths.href(SitePaths.tag(slug: $0.slug))),
                "count": .int($0.terms.count),
            ]
        })
    }

    private func counted(_ context: inout TemplateObject, _ count: Int) {
        context["term_count"] = .int(count)
        context["term_count_label"] = .string(countLabel(count))
    }

    /// The terms filed under a letter, in reading order.
    func letterTerms(_ label: String) -> Range<Int> {
        letterRanges[label] ?? 0..<0
    }

    /// The index: every term, grouped by letter, up to `index_term_limit` terms; above it
    /// each letter's count and first `SitePaging.indexTermsPerLetter` terms, with a link to
    /// its pages (the tag filter then has no full list to filter, so its chips stay links).
    func index() -> TemplateValue {
        var context = common(
            root: "", kind: "index", title: settings.title, description: settings.description, currentLetter: nil,
            page: "index.html")
        let terms = glossary.terms
        let listsEveryTerm = terms.count <= settings.indexTermLimit
        var groups: [TemplateValue] = []
        var listed: [Int] = []
        for (label, range) in letterRanges.sorted(by: { $0.value.lowerBound < $1.value.lowerBound }) {
            let shown = listsEveryTerm ? range : range.prefix(SitePaging.indexTermsPerLetter)
            listed += shown
            groups.append([
                "label": .string(label), "anchor": .string("letter-\(glossary.collation.letterSlug(label))"),
                "url": .string(SitePaths.href(SitePaths.letter(label, in: glossary.collation))),
                "terms": .list(shown.map { card($0, root: "") }),
                "term_count": .int(range.count), "term_count_label": .string(countLabel(range.count)),
                "title": .string(strings.text("letter_title", ["letter": label])),
                "has_more": .bool(shown.count < range.count),
            ])
        }
        context["json_ld"] = .string(Publishing.definedTermSet(
            glossary, terms: listed, settings: settings, inLanguage: languageLinks.map { _ in settings.language }))
        if let intro { context["intro_html"] = .string(intro.definitionHTML) }
        context["groups"] = .list(groups)
        context["lists_every_term"] = .bool(listsEveryTerm)
        context["tags"] = tagList(root: "")
        context["has_tags"] = .bool(!tags.tags.isEmpty)
        counted(&context, terms.count)
        return .fields(context)
    }

    /// Page `page` of a letter's terms (`page_size` a page).
    func letter(_ label: String, page: Int = 1) -> TemplateValue {
        let path = SitePaths.letter(label, in: glossary.collation, page: page)
        let root = SitePaths.root(of: path)
        let members = Array(letterTerms(label))
        let pages = SitePaging.pageCount(members.count, size: settings.pageSize)
        let title = paged(strings.text("letter_title", ["letter": label]), page: page)
        var context = common(
            root: root, kind: "letter", title: title, description: inSite(title), currentLetter: label,
            isLetterPage: true, page: path)
        context["letter"] = ["label": .string(label), "slug": .string(glossary.collation.letterSlug(label))]
        context["terms"] = .list(SitePaging.slice(members, page: page, size: settings.pageSize).map { card($0, root: root) })
        context["pagination"] = pagination(page: page, count: pages, root: root) {
            SitePaths.letter(label, in: glossary.collation, page: $0)
        }
        counted(&context, members.count)
        return .fields(context)
    }

    /// Page `page` of a tag's terms (`page_size` a page).
    func tag(_ tag: TagIndex.Tag, page: Int = 1) -> TemplateValue {
        let path = SitePaths.tag(slug: tag.slug, page: page)
        let root = SitePaths.root(of: path)
        let title = paged(strings.text("tag_title", ["tag": tag.name]), page: page)
        var context = common(root: root, kind: "tag", title: title, description: inSite(title), currentLetter: nil, page: path)
        context["tag"] = [
            "name": .string(tag.name), "slug": .string(tag.slug),
            "url": .string(root + SitePaths.href(SitePaths.tag(slug: tag.slug))),
        ]
        context["terms"] = .list(SitePaging.slice(tag.terms, page: page, size: settings.pageSize).map { card($0, root: root) })
        context["pagination"] = pagination(
            page: page, count: SitePaging.pageCount(tag.terms.count, size: settings.pageSize), root: root
        ) { SitePaths.tag(slug: tag.slug, page: $0) }
        counted(&context, tag.terms.count)
        return .fields(context)
    }

    func tagsPage() -> TemplateValue {
        let root = "../"
        var context = common(
            root: root, kind: "tags", title: strings.text("tags"), description: strings.text("tags_description", ["site": settings.title]),
            currentLetter: nil,
            page: SitePaths.tagsIndex)
        context["tags"] = tagList(root: root)
        context["has_tags"] = .bool(!tags.tags.isEmpty)
        return .fields(context)
    }

    /// The 404 page: served at any depth, so its links start at the site's root path
    /// (`Publishing.notFoundRoot`), not relative to the page.
    func notFound() -> TemplateValue {
        .fields(common(
            root: Publishing.notFoundRoot(settings), kind: "404", title: strings.text("not_found"),
            description: settings.description, currentLetter: nil))
    }

    /// A page's `<meta name="description">`: "Terms starting with P in Partner glossary".
    private func inSite(_ title: String) -> String {
        strings.text("page_in_site", ["page": title, "site": settings.title])
    }
}
