/// One language's term files as `glossary serve` keeps them between rebuilds (`StageCache`
/// holds one per language): files parsed, kept while their size and modification time stay
/// the same, and terms linked, kept while no name a reference could use changed anywhere
/// (in this language, or in the others its references fall back to), since any reference
/// may name it. Keyed by the path below the language's folder.
///
/// Not thread-safe on its own, as `StageCache`.
final class TermFileCache: @unchecked Sendable {
    private struct CachedFile {
        var stamp: FileStamp?
        var version: Int
        var parsed: ParsedFile
    }

    private struct CachedLink {
        var version: Int
        var result: (LinkedTerm, [Diagnostic])
    }

    private var files: [String: CachedFile] = [:]
    private var links: [String: CachedLink] = [:]
    private var nextVersion = 0
    private var linkFingerprint: Int?

    private var language: String?

    /// Forgets every parsed file when the site's language (ICU locale) changed: a term's
    /// letter and sort key depend on it.
    func use(language locale: String) {
        if let language, language != locale {
            files.removeAll()
            links.removeAll()
        }
        language = locale
    }

    /// Forgets files that are gone.
    func forget(allBut present: Set<String>) {
        for path in files.keys where !present.contains(path) {
            files[path] = nil
            links[path] = nil
        }
    }

    func holds(_ relativePath: String, stamp: FileStamp) -> Bool {
        files[relativePath]?.stamp == stamp
    }

    func parsed(_ relativePath: String) -> ParsedFile? {
        files[relativePath]?.parsed
    }

    /// Keeps a file the front matter stage just parsed; an unchanged one keeps its version,
    /// so its link stays valid.
    func store(_ file: SourceFile, _ parsed: ParsedFile) {
        switch file {
        case .unchanged: return
        case .read(_, let stamp), .unreadable(_, let stamp, _):
            if rebuilds > 0 { edited.insert(file.relativePath) }
            nextVersion += 1
            files[file.relativePath] = CachedFile(stamp: stamp, version: nextVersion, parsed: parsed)
        }
    }

    // MARK: links

    /// Drops every kept link when a name or address a reference could use changed (titles,
    /// aliases, slugs, former slugs, paths, tags and letters, drafts and files with errors),
    /// in this language or in one its references fall back to, or the settings that links
    /// depend on did.
    func useLinks(for glossary: Glossary, settings: SiteSettings, context: Linker.Context) {
        var hasher = Hasher()
        hasher.combine(context.allowRawHTML)
        hasher.combine(context.unavailable)
        hasher.combine("\(settings.ignoreLinks)\(settings.redirects)")
        Self.combineNames(of: glossary, into: &hasher)
        if let fallback = context.fallback {
            // A fallback link carries the other language's code, name and folder, and the
            // way up from this language's folder.
            hasher.combine(fallback.ownCode)
            hasher.combine(fallback.ownUp)
            for other in fallback.others {
                hasher.combine(other.code)
                hasher.combine(other.name)
                hasher.combine(other.folder)
                Self.combineNames(of: other.glossary, into: &hasher)
            }
        }
        let fingerprint = hasher.finalize()
        if fingerprint != linkFingerprint { links.removeAll() }
        linkFingerprint = fingerprint
    }

    /// Every name and address of a glossary's terms a reference could use.
    private static func combineNames(of glossary: Glossary, into hasher: inout Hasher) {
        hasher.combine(glossary.terms.count)
        for term in glossary.terms {
            hasher.combine(term.file.relativePath)
            hasher.combine(term.slug)
            hasher.combine(term.title)
            hasher.combine(term.letter)
            for alias in term.frontMatter.aliases + term.frontMatter.deprecatedNames { hasher.combine(alias.value) }
            for name in term.formerSlugs.map(\.value) + term.frontMatter.tags.map(\.value) { hasher.combine(name) }
        }
    }

    /// The term's link when its file did not change since it was linked.
    func linked(_ term: Term) -> (LinkedTerm, [Diagnostic])? {
        let path = term.file.relativePath
        guard let link = links[path], link.version == files[path]?.version else { return nil }
        return link.result
    }

    func storeLink(_ term: Term, _ result: (LinkedTerm, [Diagnostic])) {
        let path = term.file.relativePath
        guard let version = files[path]?.version, links[path]?.version != version else { return }
        var result = result
        result.0.referencedBy = []
        links[path] = CachedLink(version: version, result: result)
        relinkedCount += 1
    }

    /// Terms linked again since `beginRebuild`.
    private(set) var relinkedCount = 0

    /// Files read again after this cache's first rebuild: edited (or added) since.
    private(set) var edited: Set<String> = []
    /// Rebuilds begun since the first one that filled this cache.
    private var rebuilds = 0

    func beginRebuild() {
        relinkedCount = 0
        rebuilds += 1
    }
}
