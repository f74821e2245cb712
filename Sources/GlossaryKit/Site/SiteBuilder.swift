import Foundation

/// The render and write stages of a build, and its entry points: the stages before them
/// are `Pipeline`'s. Each stage is named so `--timings` can show where the time goes.
public enum SiteBuilder {
    /// What a build made.
    public struct Result: Sendable {
        /// Sorted by path; filled by `build` (in memory), empty after `buildAndWrite`.
        public var files: [SiteFile]
        public var fileCount: Int
        public var termCount: Int
        public var timings: StageTimings
        /// The build's in-memory glossary, pages' contexts and templates. Freeing them takes a
        /// tenth of a second at 10,000 terms; a command that exits right after the build can
        /// hold on to this and exit without freeing (like compilers' `-disable-free`).
        public var retained: (any AnyObject & Sendable)? = nil
    }

    /// Holds a build's data alive; see `Result.retained`.
    final class Retained: @unchecked Sendable {
        let prepared: Prepared
        init(_ prepared: Prepared) { self.prepared = prepared }
    }

    /// Builds the whole site in memory. Throws every diagnostic of every stage.
    public static func build(_ options: BuildOptions) throws -> Result {
        var timings = StageTimings(onStageStart: options.onStageStart)
        let prepared = try prepare(options, timings: &timings)
        let sink = MemorySink()
        let count = try emit(prepared, into: sink, jobs: options.jobs, timings: &timings)
        return Result(files: sink.files, fileCount: count, termCount: prepared.editions.reduce(0) { $0 + $1.prepared.glossary.terms.count }, timings: timings)
    }

    /// Builds into a folder beside the output, writing pages as they are rendered, and swaps
    /// it in only when everything succeeded. Input errors are found before anything is
    /// written.
    public static func buildAndWrite(_ options: BuildOptions) throws -> Result {
        var timings = StageTimings(onStageStart: options.onStageStart)
        let prepared = try prepare(options, timings: &timings)
        let staging = try timings.measure("staging") {
            try Interruption.beginWriting { try OutputFolder.Staging(for: options.outputFolder) }
        }
        do {
            let count = try emit(prepared, into: staging, jobs: options.jobs, timings: &timings)
            try timings.measure("swap") { try Interruption.swapping { try staging.swapIn() } }
            return Result(
                files: [], fileCount: count, termCount: prepared.editions.reduce(0) { $0 + $1.prepared.glossary.terms.count }, timings: timings,
                retained: Retained(prepared))
        } catch {
            staging.abandon()
            Interruption.endWriting()
            throw error
        }
    }

    /// Everything up to the pages: the input read, checked and linked.
    package struct Prepared {
        var glossary: Glossary
        var linked: [LinkedTerm]
        var contexts: PageContexts
        var templates: TemplateLibrary
        /// The other languages of a multi-language glossary, each under its folder; empty
        /// for one language (this value is then the default language's).
        var others: [PreparedEdition] = []
        /// The site-wide settings of a multi-language glossary (sitemap, robots.txt).
        var siteSettings: SiteSettings?

        package init(glossary: Glossary, linked: [LinkedTerm], contexts: PageContexts, templates: TemplateLibrary) {
            self.glossary = glossary
            self.linked = linked
            self.contexts = contexts
            self.templates = templates
        }

        /// This language and the others, each with its folder from the site root.
        var editions: [PreparedEdition] { [PreparedEdition(folder: "", prepared: self)] + others }
    }

    /// One language of a multi-language build, prepared, and where it is published.
    package struct PreparedEdition {
        var folder: String
        var prepared: Prepared
    }

    /// A page of the whole site: which language's (an index into `Prepared.editions`) and which page.
    package struct SitePage {
        var edition: Int
        var page: Page
    }

    /// Every page of every language with its path from the site root; a single-language
    /// site's are `pageList`'s. robots.txt and the sitemap are the site's, written once at
    /// the root.
    package static func sitePages(_ prepared: Prepared) -> [(path: String, page: SitePage)] {
        let editions = prepared.editions
        var pages: [(path: String, page: SitePage)] = []
        for (index, edition) in editions.enumerated() {
            let contexts = edition.prepared.contexts
            for page in pageList(contexts) {
                if index > 0, case .robots = page { continue }
                if index > 0, case .sitemap = page { continue }
                pages.append((SitePaths.inLanguage(page.path(contexts), folder: edition.folder), SitePage(edition: index, page: page)))
                if case .sitemap = page {
                    let parts = sitemapPartCount(prepared)
                    if parts > 1 {
                        pages += (1...parts).map { (SitePaths.sitemapPart($0), SitePage(edition: 0, page: .sitemapPart($0))) }
                    }
                }
            }
        }
        return pages
    }

    /// The assets, redirect pages and search shards of every language (each language folder
    /// has its own `assets/`, so any theme's `{{root}}assets/` links work in every language).
    /// `search: false` leaves the shards out (serve makes them on the first search).
    package static func siteAssets(_ prepared: Prepared, jobs: Int = 1, search: Bool = true) -> [SiteFile] {
        prepared.editions.flatMap { edition -> [SiteFile] in
            let prepared = edition.prepared
            let files = prepared.templates.assets.map { SiteFile(path: SitePaths.asset($0.path), data: $0.data) }
                + RedirectPages.files(prepared.glossary, prepared.linked, settings: prepared.contexts.settings, strings: prepared.contexts.strings)
                + (search ? searchFiles(edition, jobs: jobs) : [])
            return files.map { SiteFile(path: SitePaths.inLanguage($0.path, folder: edition.folder), data: $0.data) }
        }
    }

    /// The search shards of every language, at their site paths.
    package static func searchFiles(_ prepared: Prepared, jobs: Int = 1) -> [SiteFile] {
        prepared.editions.flatMap { edition in
            searchFiles(edition, jobs: jobs).map { SiteFile(path: SitePaths.inLanguage($0.path, folder: edition.folder), data: $0.data) }
        }
    }

    private static func searchFiles(_ edition: PreparedEdition, jobs: Int) -> [SiteFile] {
        let prepared = edition.prepared
        return SearchShards.files(prepared.glossary, prepared.linked, language: prepared.contexts.settings.language, jobs: jobs)
    }

    /// A page of the whole site, rendered.
    package static func render(_ page: SitePage, _ prepared: Prepared) -> SiteFile {
        let edition = prepared.editions[page.edition]
        switch page.page {
        case .sitemap, .sitemapPart: return sitemapFile(page.page, prepared)
        default: break
        }
        let file = render(page.page, edition.prepared)
        return edition.folder.isEmpty ? file : SiteFile(path: SitePaths.inLanguage(file.path, folder: edition.folder), data: file.data)
    }

    /// Every URL of the sitemap, in page order: every page but the 404 and printable pages of every
    /// language, each with its translations' pages as alternates in a multi-language site.
    static func sitemapEntries(_ prepared: Prepared) -> [Publishing.SitemapEntry] {
        var entries: [Publishing.SitemapEntry] = []
        for (index, edition) in prepared.editions.enumerated() {
            let contexts = edition.prepared.contexts
            for page in pageList(contexts) {
                let path = page.path(contexts)
                guard path.hasSuffix(".html"), path != SitePaths.notFound else { continue }
                // The printable page repeats every term page's text: search engines get those.
                if case .printable = page { continue }
                var alternates: [(String, String)] = []
                if prepared.siteSettings != nil, let links = contexts.languageLinks {
                    let term: Int? = if case .term(let term) = page { term } else { nil }
                    let kind = page.kind
                    let counterparts = links.counterparts(kind: kind, path: path, term: term, from: index)
                    for (other, language) in links.languages.enumerated() {
                        if let target = counterparts[other] { alternates.append((language.code, language.folder + target)) }
                    }
                    if let target = counterparts[0] { alternates.append(("x-default", target)) }
                }
                let lastmod: String? = if case .term(let term) = page { contexts.lastUpdated(term) } else { nil }
                entries.append(Publishing.SitemapEntry(
                    path: SitePaths.inLanguage(path, folder: edition.folder), alternates: alternates, lastmod: lastmod))
            }
        }
        return entries
    }

    /// How many files the sitemap takes: 1 (`sitemap.xml` alone) up to `sitemap_size`
    /// URLs, else that many parts besides `sitemap.xml`, their index.
    static func sitemapPartCount(_ prepared: Prepared) -> Int {
        let size = (prepared.siteSettings ?? prepared.contexts.settings).sitemapSize
        return SitePaging.pageCount(sitemapEntries(prepared).count, size: size)
    }

    /// `sitemap.xml` (the sitemap, or the index of its parts) or one of its parts.
    static func sitemapFile(_ page: Page, _ prepared: Prepared) -> SiteFile {
        let settings = prepared.siteSettings ?? prepared.contexts.settings
        let entries = sitemapEntries(prepared)
        let multilingual = prepared.siteSettings != nil
        let parts = SitePaging.pageCount(entries.count, size: settings.sitemapSize)
        switch page {
        case .sitemapPart(let part):
            let slice = Array(SitePaging.slice(entries, page: part, size: settings.sitemapSize))
            return SiteFile(path: SitePaths.sitemapPart(part), text: Publishing.sitemap(
                entries: slice, settings: settings, alternates: multilingual) ?? "")
        default:
            let text = parts > 1
                ? Publishing.sitemapIndex(parts: (1...parts).map(SitePaths.sitemapPart), settings: settings)
                : Publishing.sitemap(entries: entries, settings: settings, alternates: multilingual)
            return SiteFile(path: SitePaths.sitemap, text: text ?? "")
        }
    }

    /// The pipeline up to the contexts stage; throws the errors of every stage.
    static func prepare(_ options: BuildOptions, timings: inout StageTimings) throws(DiagnosticsError) -> Prepared {
        let analysis = try Pipeline.analyze(options, templates: .required, timings: &timings)
        let sources = timings.measure("git") { BuildStages.sources(options, cache: nil) }
        return try Pipeline.prepare(analysis, jobs: options.jobs, sources: sources, timings: &timings)
    }

    /// Renders every page and hands it to the sink at once, then the search index and the
    /// assets. Returns the number of files.
    static func emit(_ prepared: Prepared, into sink: SiteSink, jobs: Int, timings: inout StageTimings) throws -> Int {
        let pages = sitePages(prepared).map(\.page)
        // The search shards are most of this: timed, as every stage that costs is.
        let assets = timings.measure("search") { siteAssets(prepared, jobs: jobs) }
        // Only the shared folders are made up front; each page's own folder is made by the
        // thread that writes it, overlapping with rendering on the other cores.
        let folders = prepared.editions.flatMap { edition in SitePaths.sharedFolders.map { edition.folder + $0 } }
        let shared = OutputFolder.folders(of: folders + assets.map(\.path))
        try timings.measure("folders") { try sink.prepare(folders: shared, jobs: jobs) }
        // Pages are written as soon as they are rendered; the two halves are timed per page
        // and summed over threads, so --timings can still tell templates from writing.
        let outcomes = timings.measure("pages") {
            ParallelMap.map(count: pages.count, jobs: jobs) { index -> (render: UInt64, write: UInt64, error: Error?) in
                // A stopped build renders no more pages.
                do { try Interruption.check() } catch { return (0, 0, error) }
                let start = DispatchTime.now().uptimeNanoseconds
                let file = render(pages[index], prepared)
                let rendered = DispatchTime.now().uptimeNanoseconds
                do {
                    try sink.write(file)
                } catch {
                    return (rendered - start, 0, error)
                }
                return (rendered - start, DispatchTime.now().uptimeNanoseconds - rendered, nil)
            }
        }
        if let error = outcomes.compactMap(\.error).first { throw error }
        timings.addDetail("render, cpu", seconds: Double(outcomes.reduce(0) { $0 + $1.render }) / 1e9)
        timings.addDetail("write, cpu", seconds: Double(outcomes.reduce(0) { $0 + $1.write }) / 1e9)
        try timings.measure("assets") { for asset in assets { try sink.write(asset) } }
        return pages.count + assets.count
    }

    /// One page to render: which template, with which context, into which file.
    package enum Page {
        case searchIndex, index, notFound, tags, sitemap, robots
        /// A part of a sitemap split into files of `sitemap_size` URLs (1-based).
        case sitemapPart(Int)
        /// Page `page` (1-based) of a letter's terms.
        case letter(String, page: Int)
        /// Page `page` (1-based) of a tag's terms.
        case tag(TagIndex.Tag, page: Int)
        case term(Int)
        /// The printable page (`all/`), whole or (a letter given) one letter of it.
        case printable(letter: String?)

        /// The page kind templates see (`page.kind`), for the files that have one.
        var kind: String {
            switch self {
            case .index: "index"
            case .tags: "tags"
            case .notFound: "404"
            case .letter: "letter"
            case .tag: "tag"
            case .term: "term"
            case .printable: "print"
            case .searchIndex, .sitemap, .sitemapPart, .robots: ""
            }
        }

        func path(_ contexts: PageContexts) -> String {
            switch self {
            case .searchIndex: SitePaths.searchIndex
            case .sitemap: SitePaths.sitemap
            case .sitemapPart(let part): SitePaths.sitemapPart(part)
            case .robots: SitePaths.robots
            case .index: SitePaths.index
            case .notFound: SitePaths.notFound
            case .tags: SitePaths.tagsIndex
            case .letter(let label, let page): SitePaths.letter(label, in: contexts.glossary.collation, page: page)
            case .tag(let tag, let page): SitePaths.tag(slug: tag.slug, page: page)
            case .term(let index): contexts.glossary.terms[index].path
            case .printable(nil): SitePaths.printable
            case .printable(let label?): SitePaths.printable(label, in: contexts.glossary.collation)
            }
        }
    }

    /// Every page of the site, and the search index; the big ones (search index, index,
    /// letters) come first so they do not end up alone on one core at the end.
    static func pageList(_ contexts: PageContexts) -> [Page] {
        var pages: [Page] = [.searchIndex, .index]
        let size = contexts.settings.pageSize
        for label in contexts.glossary.collation.labels where contexts.usedLetters.contains(label) {
            let count = SitePaging.pageCount(contexts.letterTerms(label).count, size: size)
            pages += (1...count).map { Page.letter(label, page: $0) }
        }
        for tag in contexts.tags.tags {
            pages += (1...SitePaging.pageCount(tag.terms.count, size: size)).map { Page.tag(tag, page: $0) }
        }
        pages += [.tags, .notFound, .robots]
        // Only a theme with an `all` template has the printable page (older themes build as before).
        if contexts.hasPrintableTemplate, !contexts.glossary.terms.isEmpty {
            pages.append(.printable(letter: nil))
            if contexts.printsByLetter {
                for label in contexts.glossary.collation.labels where contexts.usedLetters.contains(label) {
                    pages.append(.printable(letter: label))
                }
            }
        }
        if Publishing.absoluteBase(contexts.settings) != nil { pages.append(.sitemap) }
        pages += contexts.glossary.terms.indices.map(Page.term)
        return pages
    }

    /// The template an HTML page is rendered with, and its context; nil for the files
    /// that are not rendered through templates.
    static func templateAndContext(_ page: Page, _ contexts: PageContexts) -> (String, TemplateValue)? {
        switch page {
        case .searchIndex, .robots, .sitemap, .sitemapPart: nil
        case .index: ("index", contexts.index())
        case .notFound: ("404", contexts.notFound())
        case .tags: ("tags", contexts.tagsPage())
        case .letter(let label, let page): ("letter", contexts.letter(label, page: page))
        case .tag(let tag, let page): ("tag", contexts.tag(tag, page: page))
        case .term(let index): ("term", contexts.term(index))
        case .printable(let letter): ("all", contexts.printable(letter: letter))
        }
    }

    package static func render(_ page: Page, _ prepared: Prepared) -> SiteFile {
        let contexts = prepared.contexts
        switch page {
        case .searchIndex:
            return SiteFile(path: page.path(contexts), data: SearchIndex.encode(
                prepared.glossary, prepared.linked, language: contexts.settings.language))
        case .robots:
            return SiteFile(path: page.path(contexts), text: Publishing.robots(settings: prepared.siteSettings ?? contexts.settings))
        case .sitemap, .sitemapPart:
            return sitemapFile(page, prepared)
        default:
            break
        }
        guard let (template, context) = templateAndContext(page, contexts) else { preconditionFailure("handled above") }
        return SiteFile(path: page.path(contexts), bytes: prepared.templates.render(template, context: context))
    }
}
