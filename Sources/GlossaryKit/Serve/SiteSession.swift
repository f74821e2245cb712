import Foundation

/// A site kept in memory and rebuilt after edits, for `glossary serve`.
///
/// A rebuild runs the build's pipeline with a `StageCache`: it re-reads only files whose
/// size or modification time changed, re-links only those terms (all of them when a name a
/// reference may use changed anywhere), and renders pages when they are asked for. A
/// rebuild that finds errors keeps the last good site and reports the errors.
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

    private let options: BuildOptions
    /// Guards everything below; rendering happens outside it on an immutable snapshot.
    private let lock = NSLock()
    /// The stages' caches: what a rebuild does not read, parse or link again.
    private let cache = StageCache()
    private var site: Snapshot?
    private var lastDiagnostics: [Diagnostic] = []
    private var rendered: [String: Data] = [:]
    /// The search shards of the current generation, made on the first request for one:
    /// they cost a second at 10,000 terms, more than the rest of a rebuild, and an edit
    /// should be on screen before anyone searches.
    private var searchShards: [String: Data]?

    /// The last good site: everything needed to render any page.
    private struct Snapshot {
        var prepared: SiteBuilder.Prepared
        var pages: [String: SiteBuilder.SitePage]
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
        } else if isSearchShard(path, snapshot) {
            guard let shard = shards(of: snapshot)[path] else { return nil }
            data = shard
        } else if let page = snapshot.pages[path] {
            data = SiteBuilder.render(page, snapshot.prepared).data
        } else {
            return nil
        }
        lock.withLock { if site?.generation == snapshot.generation { rendered[path] = data } }
        return data
    }

    private func isSearchShard(_ path: String, _ snapshot: Snapshot) -> Bool {
        snapshot.prepared.editions.contains { path.hasPrefix($0.folder + SitePaths.searchFolder) }
    }

    /// Every shard of the snapshot's generation, made once (outside the lock, like pages).
    private func shards(of snapshot: Snapshot) -> [String: Data] {
        if let known = lock.withLock({ site?.generation == snapshot.generation ? searchShards : nil }) { return known }
        let made = Dictionary(
            SiteBuilder.searchFiles(snapshot.prepared, jobs: options.jobs).map { ($0.path, $0.data) },
            uniquingKeysWith: { first, _ in first })
        lock.withLock { if site?.generation == snapshot.generation { searchShards = made } }
        return made
    }

    // MARK: rebuilding

    /// The build's pipeline with this session's cache; a rebuild with errors keeps the
    /// last good site.
    private func rebuildLocked() -> Outcome {
        cache.beginRebuild()
        var timings = StageTimings()
        let analysis: SiteAnalysis
        do {
            analysis = try Pipeline.analyze(options, templates: .required, cache: cache, timings: &timings)
        } catch {
            return Outcome(diagnostics: error.diagnostics, termCount: 0, reparsed: 0, relinked: 0, seconds: 0)
        }
        let outcome = Outcome(
            diagnostics: analysis.hasErrors ? analysis.diagnostics : [], termCount: analysis.glossary.terms.count,
            reparsed: analysis.reparsed, relinked: cache.relinkedCount, seconds: 0)
        let sources = BuildStages.sources(options, cache: cache)
        guard let prepared = try? Pipeline.prepare(analysis, jobs: options.jobs, sources: sources, timings: &timings)
        else { return outcome }
        let pages = Dictionary(SiteBuilder.sitePages(prepared).map { ($0.path, $0.page) }, uniquingKeysWith: { first, _ in first })
        let assets = Dictionary(
            SiteBuilder.siteAssets(prepared, search: false).map { ($0.path, $0.data) }, uniquingKeysWith: { first, _ in first })
        site = Snapshot(prepared: prepared, pages: pages, assets: assets, generation: (site?.generation ?? 0) + 1)
        rendered.removeAll()
        searchShards = nil
        return outcome
    }
}

/// Size and modification time of a file (nil fields when it cannot be read), to notice edits.
package struct FileStamp: Equatable, Sendable {
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
