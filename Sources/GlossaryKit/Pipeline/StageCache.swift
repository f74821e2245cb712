import Foundation

/// What `glossary serve` keeps between rebuilds, consulted by the stages themselves: term
/// files parsed (kept while their size and modification time stay the same), terms linked
/// (kept while no name a reference could use changed anywhere, since any reference may
/// name it), the settings and the templates (kept while their files are unchanged).
///
/// Not thread-safe on its own: the session calls the pipeline under its lock; the stages
/// read it from several threads but write it from one.
package final class StageCache: @unchecked Sendable {
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
    private var settingsCache: (stamp: FileStamp, settings: SiteSettings)?
    private var templatesCache: (stamps: [String: FileStamp], library: TemplateLibrary)?

    init() {}

    // MARK: settings and templates

    /// The settings, read again only when `glossary.yml` changed; errors are not kept.
    func settings(at path: String) throws -> SiteSettings {
        let stamp = FileStamp(path: path)
        if let cached = settingsCache, cached.stamp == stamp { return cached.settings }
        settingsCache = nil
        let settings = try SiteSettings.load(from: path, displayPath: path)
        settingsCache = (stamp, settings)
        return settings
    }

    /// The templates, loaded again only when one of their files changed.
    func templates(in folder: String) throws -> TemplateLibrary {
        let names = (try? TemplateLibrary.files(in: folder)) ?? []
        var stamps: [String: FileStamp] = [:]
        for name in names { stamps[name] = FileStamp(path: ContentLoader.join(folder, name)) }
        if let cached = templatesCache, cached.stamps == stamps { return cached.library }
        templatesCache = nil
        let library = try TemplateLibrary.load(folder: folder)
        templatesCache = (stamps, library)
        return library
    }

    // MARK: term files

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
            nextVersion += 1
            files[file.relativePath] = CachedFile(stamp: stamp, version: nextVersion, parsed: parsed)
        }
    }

    // MARK: links

    /// Drops every kept link when a name or address a reference could use changed (titles,
    /// aliases, slugs, former slugs, paths, tags and letters, drafts and files with errors)
    /// or the settings that links depend on did.
    func useLinks(for glossary: Glossary, settings: SiteSettings, context: Linker.Context) {
        var hasher = Hasher()
        hasher.combine(context.allowRawHTML)
        hasher.combine(context.unavailable)
        hasher.combine("\(settings.ignoreLinks)\(settings.redirects)")
        for term in glossary.terms {
            hasher.combine(term.file.relativePath)
            hasher.combine(term.slug)
            hasher.combine(term.title)
            hasher.combine(term.letter)
            for alias in term.frontMatter.aliases { hasher.combine(alias.value) }
            for name in term.formerSlugs.map(\.value) + term.frontMatter.tags.map(\.value) { hasher.combine(name) }
        }
        let fingerprint = hasher.finalize()
        if fingerprint != linkFingerprint { links.removeAll() }
        linkFingerprint = fingerprint
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

    /// Terms linked again since `beginRebuild`, for the session's report.
    private(set) var relinkedCount = 0

    /// Marks the start of a rebuild.
    func beginRebuild() {
        relinkedCount = 0
    }
}
