import Foundation

/// The build pipeline: content → terms → glossary → linked terms → pages → files.
/// Each stage is named so `--timings` can show where the time goes.
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

    /// Builds the whole site in memory. Throws every diagnostic found by the first stage
    /// that found any (all references are checked before giving up).
    public static func build(_ options: BuildOptions) throws -> Result {
        var timings = StageTimings(onStageStart: options.onStageStart)
        let prepared = try prepare(options, timings: &timings)
        let sink = MemorySink()
        let count = try emit(prepared, into: sink, jobs: options.jobs, timings: &timings)
        return Result(files: sink.files, fileCount: count, termCount: prepared.glossary.terms.count, timings: timings)
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
                files: [], fileCount: count, termCount: prepared.glossary.terms.count, timings: timings,
                retained: Retained(prepared))
        } catch {
            staging.abandon()
            Interruption.endWriting()
            throw error
        }
    }

    /// The two halves of the index stage, run side by side.
    private enum IndexHalf {
        case checked(Swift.Result<Void, Error>)
        case built(Glossary)
    }

    /// Everything up to the pages: the input read, checked and linked.
    struct Prepared {
        var glossary: Glossary
        var linked: [LinkedTerm]
        var contexts: PageContexts
        var templates: TemplateLibrary
    }

    static func prepare(_ options: BuildOptions, timings: inout StageTimings) throws -> Prepared {
        let loaded = try timings.measure("load") { try ContentLoader.load(folder: options.contentFolder, jobs: options.jobs) }
        var settings = loaded.settings
        if let baseURL = options.baseURL { settings.baseURL = baseURL }
        let templates = try timings.measure("templates") { try TemplateLibrary.load(folder: options.templatesFolder) }
        let (terms, drafts) = try timings.measure("front matter") { try parseTermsAndDrafts(loaded.sources, options: options) }
        let glossary = try timings.measure("index") { () throws -> Glossary in
            // The name checks and the lookup tables only read the terms: built side by side.
            var checked: Swift.Result<Void, Error> = .success(())
            var built: Glossary?
            for half in ParallelMap.map(count: 2, jobs: options.jobs, { half -> IndexHalf in
                half == 0 ? .checked(Swift.Result { try checkNames(terms) }) : .built(Glossary(terms: terms))
            }) {
                switch half {
                case .checked(let result): checked = result
                case .built(let glossary): built = glossary
                }
            }
            try checked.get()
            return built!
        }
        let linked = try timings.measure("markdown") { () throws -> [LinkedTerm] in
            let (linked, diagnostics) = Linker.link(
                glossary, allowRawHTML: settings.allowRawHTML, jobs: options.jobs, drafts: DraftNames(drafts: drafts))
            if !diagnostics.isEmpty { throw DiagnosticsError(diagnostics) }
            return linked
        }
        let contexts = try timings.measure("contexts") { () throws -> PageContexts in
            let tags = try TagIndex(glossary: glossary)
            return PageContexts(settings: settings, glossary: glossary, linked: linked, tags: tags, jobs: options.jobs)
        }
        return Prepared(glossary: glossary, linked: linked, contexts: contexts, templates: templates)
    }

    /// Renders every page and hands it to the sink at once, then the search index and the
    /// assets. Returns the number of files.
    static func emit(_ prepared: Prepared, into sink: SiteSink, jobs: Int, timings: inout StageTimings) throws -> Int {
        let pages = pageList(prepared.contexts)
        let assets = prepared.templates.assets.map { SiteFile(path: "assets/" + $0.path, data: $0.data) }
        // Only the shared folders are made up front; each page's own folder is made by the
        // thread that writes it, overlapping with rendering on the other cores.
        let shared = OutputFolder.folders(of: ["terms/x", "letters/x", "tags/x"] + assets.map(\.path))
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

    static func parseTerms(_ sources: [TermSource], options: BuildOptions) throws -> [Term] {
        try parseTermsAndDrafts(sources, options: options).terms
    }

    /// The terms to build, and the drafts left out (for the messages about references to them).
    static func parseTermsAndDrafts(_ sources: [TermSource], options: BuildOptions) throws -> (terms: [Term], drafts: [Term]) {
        let parsed = ParallelMap.map(count: sources.count, jobs: options.jobs) { index -> Swift.Result<Term, DiagnosticsError> in
            do {
                return .success(try TermParser.parse(sources[index]))
            } catch let error as DiagnosticsError {
                return .failure(error)
            } catch {
                return .failure(DiagnosticsError([Diagnostic(file: sources[index].displayPath, message: "\(error)")]))
            }
        }
        var terms: [Term] = []
        var drafts: [Term] = []
        var diagnostics: [Diagnostic] = []
        for result in parsed {
            switch result {
            case .success(let term):
                if options.includeDrafts || !term.frontMatter.draft { terms.append(term) } else { drafts.append(term) }
            case .failure(let error): diagnostics += error.diagnostics
            }
        }
        if !diagnostics.isEmpty { throw DiagnosticsError(diagnostics) }
        return (terms, drafts)
    }

    /// Two terms with one slug would write one page, and two with one name (title or alias,
    /// case and accents aside) would make references to it ambiguous; each place is named.
    static func checkNames(_ terms: [Term]) throws {
        let bySlug = Dictionary(grouping: terms, by: { $0.slug.lowercased() })
        var diagnostics: [Diagnostic] = []
        for (slug, group) in bySlug where group.count > 1 {
            let files = group.map(\.file.displayPath).sorted()
            for term in group {
                let others = files.filter { $0 != term.file.displayPath }.joined(separator: ", ")
                diagnostics.append(Diagnostic(
                    file: term.file.displayPath, line: term.frontMatter.slug?.line ?? 1,
                    column: term.frontMatter.slug?.column ?? 1,
                    message: "the slug '\(slug)' is used by \(others) too; set a different 'slug' in one of them"))
            }
        }
        diagnostics += NameCollisions.diagnostics(terms)
        if !diagnostics.isEmpty { throw DiagnosticsError(diagnostics) }
    }

    /// One page to render: which template, with which context, into which file.
    enum Page {
        case searchIndex, index, notFound, tags, sitemap, robots
        case letter(String)
        case tag(TagIndex.Tag)
        case term(Int)

        func path(_ contexts: PageContexts) -> String {
            switch self {
            case .searchIndex: "search-index.json"
            case .sitemap: "sitemap.xml"
            case .robots: "robots.txt"
            case .index: "index.html"
            case .notFound: "404.html"
            case .tags: "tags/index.html"
            case .letter(let label): PageContexts.letterPath(label)
            case .tag(let tag): PageContexts.tagPath(tag.slug)
            case .term(let index): contexts.glossary.terms[index].path
            }
        }
    }

    /// Every page of the site, and the search index; the big ones (search index, index,
    /// letters) come first so they do not end up alone on one core at the end.
    static func pageList(_ contexts: PageContexts) -> [Page] {
        var pages: [Page] = [.searchIndex, .index]
        pages += Collation.allLabels.filter(contexts.usedLetters.contains).map(Page.letter)
        pages += contexts.tags.tags.map(Page.tag)
        pages += [.tags, .notFound, .robots]
        if Publishing.absoluteBase(contexts.settings) != nil { pages.append(.sitemap) }
        pages += contexts.glossary.terms.indices.map(Page.term)
        return pages
    }

    static func render(_ page: Page, _ prepared: Prepared) -> SiteFile {
        let contexts = prepared.contexts
        switch page {
        case .searchIndex:
            return SiteFile(path: page.path(contexts), data: SearchIndex.encode(prepared.glossary, prepared.linked))
        case .robots:
            return SiteFile(path: page.path(contexts), text: Publishing.robots(settings: contexts.settings))
        case .sitemap:
            let paths = pageList(contexts).map { $0.path(contexts) }
            return SiteFile(path: page.path(contexts), text: Publishing.sitemap(pages: paths, settings: contexts.settings) ?? "")
        default:
            break
        }
        let (template, context): (String, TemplateValue) = switch page {
        case .searchIndex, .robots, .sitemap: preconditionFailure("handled above")
        case .index: ("index", contexts.index())
        case .notFound: ("404", contexts.notFound())
        case .tags: ("tags", contexts.tagsPage())
        case .letter(let label): ("letter", contexts.letter(label))
        case .tag(let tag): ("tag", contexts.tag(tag))
        case .term(let index): ("term", contexts.term(index))
        }
        return SiteFile(path: page.path(contexts), bytes: prepared.templates.render(template, context: context))
    }
}
