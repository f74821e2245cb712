/// The site's addresses as links in term bodies name them: term pages by slug (`/slug/`,
/// `/terms/slug/`, Hugo's `/<folder>/slug/`), former addresses (`former_slugs:` and
/// `redirects:`), the site's own pages (`/`, `/tags/<tag>/`, `/letters/<letter>/`), and
/// the paths `ignore_links:` leaves to someone else. Built once per build from the glossary
/// and the settings; a bad redirect or former slug is one of its `diagnostics`.
public struct SiteAddresses: Sendable {
    /// What a site path names.
    enum Target: Equatable {
        /// A term's page; `former` is the old slug when the path named a former address.
        case term(Int, former: String?)
        /// Another page of the site, by its path from the site root (`tags/x/index.html`).
        case page(String)
        /// Not this glossary's: the link stays as written.
        case outside
        /// Names no page; the closest term slugs are offered.
        case missing(suggestions: [String])
    }

    private let glossary: Glossary
    private let ignored: [LinkPattern]
    private let bySlug: [String: Int]
    private let byKey: [ReferenceKey: Int]
    /// Old slug key → (old slug as written, term).
    private let former: [ReferenceKey: (slug: String, term: Int)]
    private let tagSlugs: Set<String>
    /// Letter page URL names (with terms) → their labels.
    private let letterSlugs: [String: String]
    /// Every old slug that redirects to each term, sorted: where redirect pages go.
    let formerSlugs: [Int: [String]]
    /// Redirects and former slugs that cannot be: a live slug, a bad name, a clash.
    let diagnostics: [Diagnostic]

    /// An address book with no settings: term pages and `former_slugs:` only.
    init(glossary: Glossary) {
        self.init(glossary: glossary, settings: SiteSettings())
    }

    init(glossary: Glossary, settings: SiteSettings) {
        self.glossary = glossary
        ignored = settings.ignoreLinks.map(LinkPattern.init)
        var bySlug: [String: Int] = Dictionary(minimumCapacity: glossary.terms.count)
        var byKey: [ReferenceKey: Int] = Dictionary(minimumCapacity: glossary.terms.count)
        // Tags and letters repeat across terms: each distinct one is slugged once.
        var tags = Set<String>()
        var letters = Set<String>()
        for (index, term) in glossary.terms.enumerated() {
            bySlug[term.slug] = index
            let key = ReferenceKey(term.slug)
            if byKey[key] == nil { byKey[key] = index }
            for tag in term.frontMatter.tags { tags.insert(tag.value) }
            letters.insert(term.letter)
        }
        let tagSlugs = Set(tags.map(Slug.make(from:)))
        let letterSlugs = Dictionary(letters.map { (glossary.collation.letterSlug($0), $0) }, uniquingKeysWith: { first, _ in first })
        var former: [ReferenceKey: (slug: String, term: Int, place: String)] = [:]
        var diagnostics: [Diagnostic] = []

        /// Records an old slug for a term, or the reason it cannot be one.
        func claim(_ old: String, as written: String, for target: Int, file: String, line: Int, column: Int, what: String) {
            let key = ReferenceKey(old)
            let place = "\(file):\(line):\(column)"
            if let problem = Slug.problem(with: old) {
                diagnostics.append(Diagnostic(file: file, line: line, column: column, message: "\(what): \(problem)"))
            } else if let live = byKey[key] {
                let owner = glossary.terms[live]
                diagnostics.append(Diagnostic(
                    file: file, line: line, column: column,
                    message: "\(what) '\(written)' is the slug of '\(owner.title)' (\(owner.file.displayPath)): "
                        + "a live page cannot redirect too"))
            } else if let earlier = former[key], earlier.term != target {
                diagnostics.append(Diagnostic(
                    file: file, line: line, column: column,
                    message: "\(what) '\(written)' is a former address of '\(glossary.terms[earlier.term].title)' "
                        + "too (\(earlier.place))"))
            } else if former[key] == nil {
                former[key] = (old, target, place)
            }
        }

        for (index, term) in glossary.terms.enumerated() {
            for old in term.formerSlugs {
                claim(old.value, as: old.value, for: index, file: term.file.displayPath, line: old.line, column: old.column, what: "the former slug")
            }
        }
        for redirect in settings.redirects {
            let file = redirect.file
            let to = redirect.to
            let target: Int
            switch glossary.lookup(name: to.value) {
            case .term(let found): target = found
            case .missing(let suggestions):
                diagnostics.append(Diagnostic(
                    file: file, line: to.line, column: to.column,
                    message: "the redirect to '\(to.value)' names no term of this glossary", suggestions: suggestions))
                continue
            case .ambiguous(let titles):
                diagnostics.append(Diagnostic(
                    file: file, line: to.line, column: to.column,
                    message: "the redirect to '\(to.value)' is ambiguous: it names "
                        + titles.map { "'\($0)'" }.joined(separator: " and ")))
                continue
            }
            let from = redirect.from
            guard let old = Self.oldSlug(from.value) else {
                diagnostics.append(Diagnostic(
                    file: file, line: from.line, column: from.column,
                    message: "the redirect from '\(from.value)' must name one old page: '/old-slug/' or 'old-slug'"))
                continue
            }
            claim(old, as: from.value, for: target, file: file, line: from.line, column: from.column, what: "the redirect from")
        }
        self.bySlug = bySlug
        self.byKey = byKey
        self.former = former.mapValues { ($0.slug, $0.term) }
        self.tagSlugs = tagSlugs
        self.letterSlugs = letterSlugs
        self.formerSlugs = Dictionary(grouping: former.values, by: { $0.term }).mapValues { $0.map { $0.slug }.sorted() }
        self.diagnostics = diagnostics
    }

    /// `/microservices/`, `terms/microservices/index.html` or `microservices` → `microservices`;
    /// nil when the path is not one page's.
    static func oldSlug(_ path: String) -> String? {
        var segments = path.trimmingWhitespace.split(separator: "/").map(String.init)
        if segments.last == "index.html" { segments.removeLast() }
        if segments.count == 2, segments[0] == "terms" { segments.removeFirst() }
        return segments.count == 1 ? segments[0] : nil
    }

    /// What a link's path names, read from the page of `term`. A path from `/` is read from
    /// the site root; a page-relative one first from the term's page folder, as a browser
    /// would on a Hugo site (`../other/` from `/term/`), then from the term file's folder, as
    /// the content is laid out (`other/`, `other`).
    func resolve(_ path: String, from term: Term) -> Target {
        let fileFolder = term.file.relativePath.split(separator: "/").dropLast().map(String.init)
        let candidates = path.hasPrefix("/")
            ? [Self.join([], path)]
            : [Self.join(fileFolder + [term.slug], path), Self.join(fileFolder, path)]
        if candidates.contains(where: { segments in ignored.contains { $0.matches(segments) } }) { return .outside }
        var missing: Target?
        for segments in candidates {
            let target = self.target(of: segments)
            if case .missing = target {
                if missing == nil { missing = target }
            } else {
                return target
            }
        }
        return missing ?? .outside
    }

    /// The term a slug (or former slug) names, as a `.md` file's name or a path segment does.
    func term(slug: String) -> Target? {
        if let index = bySlug[slug] ?? byKey[ReferenceKey(slug)] { return .term(index, former: nil) }
        if let old = former[ReferenceKey(slug)] { return .term(old.term, former: old.slug) }
        return nil
    }

    /// The page at a path from the site root.
    private func target(of path: [String]) -> Target {
        var segments = path
        // Language prefixes (`/ko/slug/`) come with multi-language sites: a known language
        // code is taken off the front here, and the term looked up in that language first.
        if segments.last == "index.html" { segments.removeLast() }
        guard let last = segments.last else { return .page(SitePaths.index) }
        switch (segments.first, segments.count) {
        case ("tags", 1): return .page(SitePaths.tagsIndex)
        case ("tags", 2):
            let slug = Slug.make(from: last)
            return tagSlugs.contains(slug) ? .page(SitePaths.tag(slug: slug)) : .missing(suggestions: [])
        case ("letters", 2):
            // As written (`ç`), or in another case (`Ç`, `P`): the language's letters know both.
            let slug = letterSlugs[last] != nil ? last : glossary.collation.label(forSlug: last).map(glossary.collation.letterSlug)
            return slug.flatMap { letterSlugs[$0] }.map { .page(SitePaths.letter($0, in: glossary.collation)) }
                ?? .missing(suggestions: [])
        case ("terms", 2), (_, 1):
            return term(slug: last) ?? .missing(suggestions: suggestions(for: last))
        default:
            // `/<folder>/slug/`: Hugo files a page under its content folder.
            if let found = term(slug: last), case .term(let index, _) = found,
               glossary.terms[index].file.relativePath.split(separator: "/").dropLast().map(String.init)
                   == Array(segments.dropLast()) {
                return found
            }
            return .missing(suggestions: suggestions(for: last))
        }
    }

    /// The slugs closest to a misspelled one, by slug, title and alias.
    private func suggestions(for name: String) -> [String] {
        var candidates: [(key: String, offer: String)] = []
        for term in glossary.terms {
            candidates.append((ReferenceKey(term.slug).normalized, term.slug))
            candidates.append((ReferenceKey(term.title).normalized, term.slug))
            for alias in term.frontMatter.aliases { candidates.append((ReferenceKey(alias.value).normalized, term.slug)) }
        }
        return Suggestions.closest(to: ReferenceKey(name).normalized, among: candidates)
    }

    /// Segments of `relative` read from the folder `base` (both from the site root); `..`
    /// stops at the root, as browsers do.
    static func join(_ base: [String], _ relative: String) -> [String] {
        var segments = base
        for part in relative.split(separator: "/") {
            switch part {
            case ".": continue
            case "..": if !segments.isEmpty { segments.removeLast() }
            default: segments.append(String(part))
            }
        }
        return segments
    }
}

private extension String {
    var trimmingWhitespace: String {
        String(drop { $0.isWhitespace }.reversed().drop { $0.isWhitespace }.reversed())
    }
}
