import Foundation

/// A site kept in memory and rebuilt after edits, for `glossary serve`.
///
/// A rebuild re-reads only files whose size or modification time changed, re-links only
/// those terms (all of them when a title, alias, slug or path changed anywhere, since any
/// reference may name it), and renders pages when they are asked for. A rebuild that finds
/// errors keeps the last good site and reports the errors.
public final class SiteSession: @unchecked Sendable {
    /// What a rebuild did.
    public struct Outcome: Sendable {
        /// Empty when the site was rebuilt; otherwise the errors (the previous site stays).
        public var diagnostics: [Diagnostic]
        public var termCount: Int
        /// Files read and parsed again, and terms linked again.
        public var reparsed: Int
        public var relinked: Int
        public var seconds: Double
        public var succeeded: Bool { diagnostics.isEmpty }
    }

    private struct CachedFile {
        var stamp: FileStamp
        var version: Int
        var term: Term?
        var diagnostics: [Diagnostic]
    }

    private struct CachedLink {
        var version: Int
        var linked: LinkedTerm
        var diagnostics: [Diagnostic]
    }

    private let options: BuildOptions
    /// Guards everything below; rendering happens outside it on an immutable snapshot.
    private let lock = NSLock()
    private var files: [String: CachedFile] = [:]
    private var links: [String: CachedLink] = [:]
    private var namesFingerprint = 0
    private var nextVersion = 0
    private var settings = SiteSettings()
    private var settingsStamp: FileStamp?
    private var templates: TemplateLibrary?
    private var templatesStamp: [String: FileStamp] = [:]
    private var site: Snapshot?
    private var lastDiagnostics: [Diagnostic] = []
    private var rendered: [String: Data] = [:]

    /// The last good site: everything needed to render any page.
    private struct Snapshot {
        var prepared: SiteBuilder.Prepared
        var pages: [String: SiteBuilder.Page]
        var assets: [String: Data]
        var generation: Int
    }

    public init(options: BuildOptions) {
        self.options = options
    }

    /// Counts successful rebuilds; a page rendered for one generation is not reused in the next.
    public var generation: Int { lock.withLock { site?.generation ?? 0 } }

    /// The errors of the last rebuild, empty when it succeeded.
    public var diagnostics: [Diagnostic] { lock.withLock { lastDiagnostics } }

    /// Reads what changed and rebuilds the site in memory.
    public func rebuild() -> Outcome {
        let start = DispatchTime.now().uptimeNanoseconds
        return lock.withLock {
            var outcome = rebuildLocked()
            outcome.seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
            lastDiagnostics = outcome.diagnostics
            return outcome
        }
    }

    /// The bytes of the file at a site path (`index.html`, `terms/x/index.html`,
    /// `assets/style.css`), rendered on first request; nil when the site has no such file.
    public func file(at path: String) -> Data? {
        guard let (snapshot, cached) = lock.withLock({ site.map { ($0, rendered[path]) } }) else { return nil }
        if let cached { return cached }
        let data: Data
        if let asset = snapshot.assets[path] {
            data = asset
        } else if let page = snapshot.pages[path] {
            data = SiteBuilder.render(page, snapshot.prepared).data
        } else {
            return nil
        }
        lock.withLock { if site?.generation == snapshot.generation { rendered[path] = data } }
        return data
    }

    // MARK: rebuilding

    private func rebuildLocked() -> Outcome {
        var diagnostics: [Diagnostic] = []
        do {
            try reloadSettingsAndTemplates()
        } catch let error as DiagnosticsError {
            diagnostics += error.diagnostics
        } catch {
            diagnostics.append(Diagnostic(file: options.templatesFolder, message: "\(error)"))
        }
        let reparsed: Int
        do {
            reparsed = try refreshFiles()
        } catch let error as DiagnosticsError {
            return Outcome(diagnostics: diagnostics + error.diagnostics, termCount: 0, reparsed: 0, relinked: 0, seconds: 0)
        } catch {
            return Outcome(
                diagnostics: diagnostics + [Diagnostic(file: options.contentFolder, message: "\(error)")], termCount: 0,
                reparsed: 0, relinked: 0, seconds: 0)
        }
        var terms: [Term] = []
        var drafts: [Term] = []
        for (_, file) in files.sorted(by: { $0.key < $1.key }) {
            diagnostics += file.diagnostics
            guard let term = file.term else { continue }
            if options.includeDrafts || !term.frontMatter.draft { terms.append(term) } else { drafts.append(term) }
        }
        let draftNames = DraftNames(drafts: drafts)
        do { try SiteBuilder.checkNames(terms) } catch let error as DiagnosticsError { diagnostics += error.diagnostics } catch {}
        guard diagnostics.isEmpty, let templates else {
            return Outcome(diagnostics: DiagnosticsError(diagnostics).diagnostics, termCount: terms.count, reparsed: reparsed, relinked: 0, seconds: 0)
        }
        let glossary = Glossary(terms: terms)
        // Drafts' names count too: a reference to one is reported as naming a draft.
        let fingerprint = Self.fingerprint(glossary, allowRawHTML: settings.allowRawHTML)
            ^ Self.fingerprint(Glossary(terms: drafts), allowRawHTML: false)
        if fingerprint != namesFingerprint {
            links.removeAll()
            namesFingerprint = fingerprint
        }
        var linked: [LinkedTerm] = []
        var relinked = 0
        for (index, term) in glossary.terms.enumerated() {
            let path = term.file.relativePath
            let version = files[path]?.version ?? -1
            if let cached = links[path], cached.version == version {
                linked.append(cached.linked)
                diagnostics += cached.diagnostics
                continue
            }
            var (link, problems) = Linker.linkTerm(at: index, in: glossary, allowRawHTML: settings.allowRawHTML, drafts: draftNames)
            link.referencedBy = []
            links[path] = CachedLink(version: version, linked: link, diagnostics: problems)
            linked.append(link)
            diagnostics += problems
            relinked += 1
        }
        for index in linked.indices { linked[index].referencedBy = [] }
        Linker.addBacklinks(to: &linked)
        let tags: TagIndex
        do { tags = try TagIndex(glossary: glossary) } catch let error as DiagnosticsError {
            diagnostics += error.diagnostics
            return Outcome(diagnostics: diagnostics, termCount: terms.count, reparsed: reparsed, relinked: relinked, seconds: 0)
        } catch { return Outcome(diagnostics: diagnostics, termCount: 0, reparsed: reparsed, relinked: relinked, seconds: 0) }
        guard diagnostics.isEmpty else {
            return Outcome(
                diagnostics: DiagnosticsError(diagnostics).diagnostics, termCount: terms.count, reparsed: reparsed,
                relinked: relinked, seconds: 0)
        }
        let contexts = PageContexts(settings: settings, glossary: glossary, linked: linked, tags: tags, jobs: options.jobs)
        let prepared = SiteBuilder.Prepared(glossary: glossary, linked: linked, contexts: contexts, templates: templates)
        let pages = Dictionary(
            SiteBuilder.pageList(contexts).map { ($0.path(contexts), $0) }, uniquingKeysWith: { first, _ in first })
        let assets = Dictionary(
            templates.assets.map { ("assets/" + $0.path, $0.data) }, uniquingKeysWith: { first, _ in first })
        site = Snapshot(prepared: prepared, pages: pages, assets: assets, generation: (site?.generation ?? 0) + 1)
        rendered.removeAll()
        return Outcome(diagnostics: [], termCount: terms.count, reparsed: reparsed, relinked: relinked, seconds: 0)
    }

    /// Reloads `glossary.yml` and the templates when any of their files changed.
    private func reloadSettingsAndTemplates() throws {
        let settingsPath = ContentLoader.join(options.contentFolder, "glossary.yml")
        let stamp = FileStamp(path: settingsPath)
        if stamp != settingsStamp || settingsStamp == nil {
            settingsStamp = stamp
            settings = try SiteSettings.load(from: settingsPath, displayPath: settingsPath)
            if let baseURL = options.baseURL { settings.baseURL = baseURL }
            links.removeAll()
        }
        let templateFiles = (try? TemplateLibrary.files(in: options.templatesFolder)) ?? []
        var stamps: [String: FileStamp] = [:]
        for file in templateFiles { stamps[file] = FileStamp(path: ContentLoader.join(options.templatesFolder, file)) }
        if stamps != templatesStamp || templates == nil {
            templatesStamp = stamps
            templates = nil
            templates = try TemplateLibrary.load(folder: options.templatesFolder)
        }
    }

    /// Re-reads the term files that are new or changed and forgets removed ones. Returns
    /// how many were read.
    private func refreshFiles() throws -> Int {
        let paths = try ContentLoader.termPaths(in: options.contentFolder)
        var seen = Set<String>()
        var changed: [String] = []
        for path in paths {
            seen.insert(path)
            let stamp = FileStamp(path: ContentLoader.join(options.contentFolder, path))
            if files[path]?.stamp != stamp { changed.append(path) }
        }
        for path in files.keys where !seen.contains(path) {
            files[path] = nil
            links[path] = nil
        }
        let reread = ParallelMap.map(count: changed.count, jobs: options.jobs) { index -> CachedFile in
            let relative = changed[index]
            let path = ContentLoader.join(options.contentFolder, relative)
            let stamp = FileStamp(path: path)
            do {
                let text = try TextFile.read(path: path, displayPath: path)
                let term = try TermParser.parse(TermSource(displayPath: path, relativePath: relative, text: text))
                return CachedFile(stamp: stamp, version: 0, term: term, diagnostics: [])
            } catch let error as DiagnosticsError {
                return CachedFile(stamp: stamp, version: 0, term: nil, diagnostics: error.diagnostics)
            } catch {
                return CachedFile(stamp: stamp, version: 0, term: nil, diagnostics: [Diagnostic(file: path, message: "\(error)")])
            }
        }
        for (relative, var file) in zip(changed, reread) {
            nextVersion += 1
            file.version = nextVersion
            files[relative] = file
        }
        return changed.count
    }

    /// Changes when any name a reference can use changes (titles, aliases, slugs, paths).
    private static func fingerprint(_ glossary: Glossary, allowRawHTML: Bool) -> Int {
        var hasher = Hasher()
        hasher.combine(allowRawHTML)
        for term in glossary.terms {
            hasher.combine(term.file.relativePath)
            hasher.combine(term.slug)
            hasher.combine(term.title)
            for alias in term.frontMatter.aliases { hasher.combine(alias.value) }
        }
        return hasher.finalize()
    }
}

/// Size and modification time of a file (nil fields when it cannot be read), to notice edits.
struct FileStamp: Equatable, Sendable {
    var size: Int64
    var modified: Int64
    var modifiedNanoseconds: Int

    init(path: String) {
        var info = stat()
        if stat(path, &info) == 0 {
            size = Int64(info.st_size)
            modified = Int64(info.st_mtim.tv_sec)
            modifiedNanoseconds = Int(info.st_mtim.tv_nsec)
        } else {
            size = -1
            modified = -1
            modifiedNanoseconds = -1
        }
    }
}
