/// Resolves every reference of every term (front matter and body) and renders the bodies,
/// collecting all broken references rather than stopping at the first.
public enum Linker {
    /// The linked terms (parallel to `glossary.terms`) and the problems found.
    public static func link(_ glossary: Glossary, allowRawHTML: Bool, jobs: Int) -> ([LinkedTerm], [Diagnostic]) {
        link(glossary, settings: SiteSettings(allowRawHTML: allowRawHTML), jobs: jobs)
    }

    /// The same, with the settings' `ignore_links:` and `redirects:` (checked here too).
    public static func link(_ glossary: Glossary, settings: SiteSettings, jobs: Int) -> ([LinkedTerm], [Diagnostic]) {
        let context = Context(glossary: glossary, settings: settings, unavailable: UnavailableNames())
        let results = ParallelMap.map(count: glossary.terms.count, jobs: jobs) { index in
            linkTerm(at: index, in: glossary, context: context)
        }
        var linked = results.map(\.0)
        let diagnostics = context.addresses.diagnostics + results.flatMap(\.1) + checkAnchors(linked, in: glossary)
        addBacklinks(to: &linked)
        return (linked, diagnostics)
    }

    /// What linking depends on besides the glossary.
    struct Context: Sendable {
        var allowRawHTML: Bool
        /// The site's addresses (`/slug/` links, former slugs, redirects, ignore_links).
        var addresses: SiteAddresses
        /// Names missing for a known reason (a draft, a file with errors of its own).
        var unavailable: UnavailableNames
        /// The other languages of a multi-language glossary; nil for one language.
        var fallback: LanguageFallback?

        init(glossary: Glossary, settings: SiteSettings, unavailable: UnavailableNames, fallback: LanguageFallback? = nil) {
            allowRawHTML = settings.allowRawHTML
            addresses = SiteAddresses(glossary: glossary, settings: settings)
            self.unavailable = unavailable
            self.fallback = fallback
        }
    }

    static func linkTerm(at index: Int, in glossary: Glossary, context: Context) -> (LinkedTerm, [Diagnostic]) {
        link(glossary.terms[index], at: index, in: glossary, context: context, asIntro: false)
    }

    /// Links one term, or the index's intro read as one (`index` nil, `asIntro`): its links
    /// are then written from the site's root, not from a term page, and its body is not
    /// split at `## Example`.
    static func link(
        _ term: Term, at index: Int?, in glossary: Glossary, context: Context, asIntro: Bool
    ) -> (LinkedTerm, [Diagnostic]) {
        let addresses = context.addresses
        let fromRoot = asIntro
        let file = term.file.displayPath
        var diagnostics: [Diagnostic] = []
        var selfReferences: [Located<String>] = []
        var formerLinks: [LinkedTerm.FormerLink] = []
        // Set by `resolve` when the name reached a term of another language instead.
        var foreign: LinkedTerm.ForeignLink?
        var fallbacks: [LinkedTerm.Fallback] = []
        var foreignHrefs: [String: LinkedTerm.ForeignLink] = [:]
        var anchorLinks: [LinkedTerm.AnchorLink] = []
        var deprecatedReferences: [LinkedTerm.DeprecatedReference] = []

        func fellBack(_ link: LinkedTerm.ForeignLink, _ written: String, _ line: Int, _ column: Int) {
            foreign = link
            fallbacks.append(LinkedTerm.Fallback(written: written, line: line, column: column, target: link))
        }

        func resolve(name: String, line: Int, column: Int, what: String) -> Int? {
            foreign = nil
            let found = glossary.lookup(name: name)
            if case .missing = found, context.unavailable.reason(forName: name) != .fileHasErrors,
               let link = context.fallback?.lookup(name: name) {
                fellBack(link, name, line, column)
                return nil
            }
            switch found {
            case .term(let target):
                if target == index { selfReferences.append(Located("\(what) '\(name)'", line: line, column: column)) }
                if glossary.isDeprecatedName(name, of: target) {
                    deprecatedReferences.append(LinkedTerm.DeprecatedReference(
                        written: "\(what) '\(name)'", target: target, line: line, column: column))
                }
                return target
            case .missing(let suggestions):
                switch context.unavailable.reason(forName: name) {
                case .fileHasErrors?: break  // that file's own errors are reported
                case .draft(let draft)?:
                    diagnostics.append(Diagnostic(file: file, line: line, column: column, message: draftMessage(what, name, draft)))
                case nil:
                    diagnostics.append(Diagnostic(
                        file: file, line: line, column: column,
                        message: "\(what) '\(name)' names no term of this glossary", suggestions: suggestions))
                }
            case .ambiguous(let titles):
                diagnostics.append(Diagnostic(
                    file: file, line: line, column: column,
                    message: "\(what) '\(name)' is ambiguous: it names "
                        + titles.map { "'\($0)'" }.joined(separator: " and ")))
            }
            return nil
        }

        var foreignSeeAlso: [LinkedTerm.ForeignLink] = []
        let seeAlso = term.frontMatter.seeAlso.compactMap { name -> Int? in
            let found = resolve(name: name.value, line: name.line, column: name.column, what: "see_also reference")
            if found == nil, let foreign, !foreignSeeAlso.contains(foreign) { foreignSeeAlso.append(foreign) }
            return found
        }
        let related: [LinkedTerm.Related] = term.frontMatter.related.compactMap { entry in
            switch entry {
            case .term(let name):
                let found = resolve(name: name.value, line: name.line, column: name.column, what: "related reference")
                if found == nil, let foreign { return .foreign(foreign) }
                return found.map { .term($0) }
            case .external(let title, let url, _, _):
                return .external(title: title, url: url)
            }
        }

        let supersededBy: LinkedTerm.Related? = term.frontMatter.supersededBy.flatMap { name in
            let found = resolve(name: name.value, line: name.line, column: name.column, what: "superseded_by reference")
            if found == nil, let foreign { return .foreign(foreign) }
            return found.map { .term($0) }
        }

        var bodyTargets: [Int] = []
        // A set beside the list: `contains` on the list was quadratic in a body's targets.
        var bodyTargetSet = Set<Int>()
        let rendered = MarkdownRenderer.render(
            body: term.body, startLine: term.bodyStartLine, allowRawHTML: context.allowRawHTML, splitsExample: !asIntro
        ) {
            reference in
            let target: Int?
            let fragment = reference.fragment.map { "#" + $0 } ?? ""
            foreign = nil
            /// A body link to another language's page: `hreflang` and a label are added after rendering.
            func foreignHref(_ link: LinkedTerm.ForeignLink) -> String? {
                guard let fallback = context.fallback else { return nil }
                let href = fallback.href(link.sitePath, fromRoot: fromRoot)
                foreignHrefs[href] = link
                return href + fragment
            }
            switch reference.kind {
            case .wiki:
                target = resolve(name: reference.target, line: reference.line, column: reference.column, what: "wiki link")
                if target == nil, let foreign { return foreignHref(foreign) }
            case .file, .site:
                var reference = reference
                if reference.kind == .site, let fallback = context.fallback {
                    switch languageSite(reference, from: term, fallback: fallback, diagnostics: &diagnostics) {
                    case .foreign(let link)?: return foreignHref(link)
                    case .page(let sitePath)?: return fallback.href(sitePath, fromRoot: fromRoot) + fragment
                    case .broken?: return nil
                    case .own(let path)?: reference.target = path
                    case nil: break
                    }
                    // A page this language lacks may be a term only another language has.
                    if case .missing = addresses.resolve(reference.target, from: term),
                       let slug = reference.target.split(separator: "/").map(String.init).last(where: { $0 != "index.html" }),
                       let link = fallback.lookup(relativePath: nil, slug: slug) {
                        fellBack(link, reference.target, reference.line, reference.column)
                        return foreignHref(link)
                    }
                }
                let found = reference.kind == .file
                    ? resolveFile(reference, from: term, in: glossary, context: context, foreign: &foreign, fallbacks: &fallbacks, diagnostics: &diagnostics)
                    : resolveSite(reference, from: term, addresses: addresses, diagnostics: &diagnostics)
                if found == nil, let foreign { return foreignHref(foreign) }
                switch found {
                case .term(let found, let former):
                    target = found
                    if let former {
                        formerLinks.append(LinkedTerm.FormerLink(
                            written: reference.target, target: found, former: former,
                            current: currentAddress(of: glossary.terms[found], like: reference, from: term),
                            line: reference.line, column: reference.column))
                    }
                case .page(let path): return (fromRoot ? "" : SitePaths.deepRoot) + SitePaths.href(path) + fragment
                case .outside, .missing, nil: target = nil
                }
                if target == index {
                    selfReferences.append(Located("link to '\(reference.target)'", line: reference.line, column: reference.column))
                }
            }
            guard let target else { return nil }
            if bodyTargetSet.insert(target).inserted { bodyTargets.append(target) }
            if let wanted = reference.fragment {
                anchorLinks.append(LinkedTerm.AnchorLink(
                    written: (reference.kind == .wiki ? "wiki link '" : "link to '") + reference.target + "#" + wanted + "'",
                    target: target, fragment: wanted, line: reference.line, column: reference.column))
            }
            return SitePaths.term(slug: glossary.terms[target].slug, fromTermPage: !fromRoot) + fragment
        }
        var body = rendered
        if !foreignHrefs.isEmpty {
            body.definitionHTML = LanguageLabels.mark(body.definitionHTML, foreignHrefs)
            body.exampleHTML = LanguageLabels.mark(body.exampleHTML, foreignHrefs)
        }
        let description = term.frontMatter.description ?? body.firstParagraph
        var linked = LinkedTerm(
            seeAlso: unique(seeAlso), related: related, body: body, bodyTargets: bodyTargets, description: description)
        linked.foreignSeeAlso = foreignSeeAlso
        linked.fallbacks = fallbacks
        linked.selfReferences = selfReferences
        linked.formerLinks = formerLinks
        linked.anchorLinks = anchorLinks
        linked.deprecatedReferences = deprecatedReferences
        linked.supersededBy = supersededBy
        linked.formerSlugs = index.flatMap { addresses.formerSlugs[$0] } ?? []
        return (linked, diagnostics)
    }

    /// A `.md` link is followed as a code host would: relative to the linking file (from the
    /// content folder when it starts with `/`); failing that, when it stays inside the
    /// content folder, its file name is read as a slug or former slug (a file renamed
    /// since, or one whose `slug:` differs).
    private static func resolveFile(
        _ reference: BodyReference, from term: Term, in glossary: Glossary, context: Context,
        foreign: inout LinkedTerm.ForeignLink?, fallbacks: inout [LinkedTerm.Fallback], diagnostics: inout [Diagnostic]
    ) -> SiteAddresses.Target? {
        let base = reference.target.hasPrefix("/") ? "" : term.file.relativePath
        let path = joinRelative(reference.target, to: base)
        if let path, let target = glossary.term(atRelativePath: path) {
            return .term(target, former: nil)
        }
        switch path.flatMap(context.unavailable.reason(forFile:)) {
        case .fileHasErrors?: return nil
        case .draft(let draft)?:
            diagnostics.append(Diagnostic(
                file: term.file.displayPath, line: reference.line, column: reference.column,
                message: draftMessage("link to", reference.target, draft)))
            return nil
        case nil: break
        }
        let addresses = context.addresses
        let name = String(String(reference.target.split(separator: "/").last ?? "").dropLast(3))
        // A path that leaves the content folder is wrong whatever its name.
        if path != nil, let found = addresses.term(slug: name) { return found }
        // Not translated yet: the same path, or that file name as a slug, in another language.
        if let fallback = context.fallback, let link = fallback.lookup(relativePath: path, slug: name) {
            foreign = link
            fallbacks.append(LinkedTerm.Fallback(written: reference.target, line: reference.line, column: reference.column, target: link))
            return nil
        }
        diagnostics.append(Diagnostic(
            file: term.file.displayPath, line: reference.line, column: reference.column,
            message: "link to '\(reference.target)' points at no term file of this glossary",
            suggestions: glossary.suggestions(for: name)))
        return nil
    }

    /// A link to a page of the site (`/slug/`, `../slug/#a`); one that names no page is an
    /// error offering the closest addresses, written as the link was (from `/` or relative).
    private static func resolveSite(
        _ reference: BodyReference, from term: Term, addresses: SiteAddresses, diagnostics: inout [Diagnostic]
    ) -> SiteAddresses.Target {
        let target = addresses.resolve(reference.target, from: term)
        if case .missing(let slugs) = target {
            let rooted = reference.target.hasPrefix("/")
            diagnostics.append(Diagnostic(
                file: term.file.displayPath, line: reference.line, column: reference.column,
                message: "link to '\(reference.target)' names no page of this site",
                suggestions: slugs.map { rooted ? "/\($0)/" : "../\($0)/" }))
        }
        return target
    }

    /// Where a `/<code>/…` link leads in a multi-language glossary.
    enum LanguageRoute {
        /// A term of another language.
        case foreign(LinkedTerm.ForeignLink)
        /// Another page of another language, from the site root.
        case page(String)
        /// This language's own code: the rest of the path, read as this language's.
        case own(String)
        /// Names no page of that language (reported).
        case broken
    }

    /// `/de/katze/`, `/de/tags/tiere/`: a link from the site root through a language's folder.
    /// Nil when the path does not start with a listed language's code.
    static func languageSite(
        _ reference: BodyReference, from term: Term, fallback: LanguageFallback, diagnostics: inout [Diagnostic]
    ) -> LanguageRoute? {
        guard reference.target.hasPrefix("/") else { return nil }
        let segments = reference.target.split(separator: "/").map(String.init)
        guard let first = segments.first else { return nil }
        let rest = "/" + segments.dropFirst().joined(separator: "/") + (segments.count > 1 && reference.target.hasSuffix("/") ? "/" : "")
        if fallback.isOwn(code: first) { return .own(rest) }
        guard let other = fallback.other(code: first) else { return nil }
        switch other.addresses.resolve(rest, from: term) {
        case .term(let index, _): return .foreign(fallback.link(to: index, in: other))
        case .page(let path): return .page(other.folder + path)
        case .outside: return nil
        case .missing(let slugs):
            diagnostics.append(Diagnostic(
                file: term.file.displayPath, line: reference.line, column: reference.column,
                message: "link to '\(reference.target)' names no page of this site",
                suggestions: slugs.map { "/\(first)/\($0)/" }))
            return .broken
        }
    }

    /// The address to write instead of a former one, in the link's own form.
    private static func currentAddress(of target: Term, like reference: BodyReference, from term: Term) -> String {
        switch reference.kind {
        case .site: return reference.target.hasPrefix("/") ? "/\(target.slug)/" : "../\(target.slug)/"
        case .file, .wiki:
            let from = term.file.relativePath.split(separator: "/").dropLast()
            let to = target.file.relativePath.split(separator: "/")
            let shared = zip(from, to).prefix { $0 == $1 }.count
            return (Array(repeating: "..", count: from.count - shared) + to.dropFirst(shared).map(String.init))
                .joined(separator: "/")
        }
    }

    /// Joins a relative link to the directory of the file it is in; nil if it leaves the
    /// content folder.
    static func joinRelative(_ target: String, to filePath: String) -> String? {
        var components = filePath.split(separator: "/").dropLast().map(String.init)
        for part in target.split(separator: "/") {
            switch part {
            case ".": continue
            case "..":
                guard !components.isEmpty else { return nil }
                components.removeLast()
            default: components.append(String(part))
            }
        }
        return components.joined(separator: "/")
    }

    /// A reference to a term left out as a draft: not missing, only not published yet.
    private static func draftMessage(_ what: String, _ name: String, _ draft: UnavailableNames.Draft) -> String {
        "\(what) '\(name)' names a draft: \(draft.file) has 'draft: true'; build with --drafts to include it, "
            + "or remove 'draft: true' to publish it"
    }

    /// Backlinks from every kind of reference; a term never lists itself.
    static func addBacklinks(to linked: inout [LinkedTerm]) {
        var incoming = [Set<Int>](repeating: [], count: linked.count)
        for (source, term) in linked.enumerated() {
            var targets = term.seeAlso + term.bodyTargets
            for case .term(let target) in term.related { targets.append(target) }
            if case .term(let target)? = term.supersededBy { targets.append(target) }
            for target in targets where target != source { incoming[target].insert(source) }
        }
        for index in linked.indices { linked[index].referencedBy = incoming[index].sorted() }
    }

    private static func unique(_ values: [Int]) -> [Int] {
        var seen = Set<Int>()
        return values.filter { seen.insert($0).inserted }
    }
}
