import Foundation

/// What `glossary serve` keeps between rebuilds, consulted by the stages themselves: the
/// settings and the templates (kept while their files are unchanged), and each language's
/// term files parsed and terms linked (`TermFileCache`).
///
/// Not thread-safe on its own: the session calls the pipeline under its lock; the stages
/// read it from several threads but write it from one.
package final class StageCache: @unchecked Sendable {
    /// Term files by the folder they are read from (the content folder, or each language's
    /// `Content/<code>`): one relative path (`animals/cat.md`) is a file in every language,
    /// so each language has its own cache and none can be handed another's term.
    private var termCaches: [String: TermFileCache] = [:]
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

    /// The cache of the term files below `folder`: the content folder of a single-language
    /// glossary, or one language's folder (`Content/de`).
    func terms(in folder: String) -> TermFileCache {
        if let cache = termCaches[folder] { return cache }
        let cache = TermFileCache()
        termCaches[folder] = cache
        return cache
    }

    /// Forgets the files of folders no longer read (a language dropped from `languages:`, a
    /// glossary turned from one language into several).
    func keepFolders(_ present: Set<String>) {
        for folder in termCaches.keys where !present.contains(folder) { termCaches[folder] = nil }
    }

    /// Terms linked again since `beginRebuild`, in every language, for the session's report.
    var relinkedCount: Int { termCaches.values.reduce(0) { $0 + $1.relinkedCount } }

    // MARK: sources

    /// The term files' places and dates as the session's first build found them
    /// (`BuildStages.sources`): git is read once per session.
    var sources: SourceHistory?

    /// Term files read again after the first build (edited or added while serving), as
    /// display paths: their dates from git no longer describe them.
    var editedFiles: [String] {
        termCaches.sorted { $0.key < $1.key }.flatMap { folder, cache in
            cache.edited.sorted().map { ContentLoader.join(folder, $0) }
        }
    }

    /// Marks the start of a rebuild.
    func beginRebuild() {
        for cache in termCaches.values { cache.beginRebuild() }
    }
}
