import Foundation

/// The build pipeline: content → terms → glossary → linked terms → pages → files.
/// Each stage is named so `--timings` can show where the time goes.
public enum SiteBuilder {
    /// A site in memory, ready to be written or served.
    public struct Result: Sendable {
        /// Sorted by path.
        public var files: [SiteFile]
        public var termCount: Int
        public var timings: StageTimings
    }

    /// Builds the whole site in memory. Throws every diagnostic found by the first stage
    /// that found any (all references are checked before giving up).
    public static func build(_ options: BuildOptions) throws -> Result {
        var timings = StageTimings()
        let loaded = try timings.measure("load") { try ContentLoader.load(folder: options.contentFolder, jobs: options.jobs) }
        let templates = try timings.measure("templates") { try TemplateLibrary.load(folder: options.templatesFolder) }
        let terms = try timings.measure("front matter") { try parseTerms(loaded.sources, options: options) }
        let glossary = try timings.measure("index") { () throws -> Glossary in
            try checkUniqueSlugs(terms)
            return Glossary(terms: terms)
        }
        let linked = try timings.measure("markdown") { () throws -> [LinkedTerm] in
            let (linked, diagnostics) = Linker.link(glossary, allowRawHTML: loaded.settings.allowRawHTML, jobs: options.jobs)
            if !diagnostics.isEmpty { throw DiagnosticsError(diagnostics) }
            return linked
        }
        let tags = try TagIndex(glossary: glossary)
        let contexts = PageContexts(settings: loaded.settings, glossary: glossary, linked: linked, tags: tags)
        var files = timings.measure("pages") { renderPages(contexts, templates: templates, jobs: options.jobs) }
        timings.measure("search index") {
            files.append(SiteFile(path: "search-index.json", data: SearchIndex.encode(glossary, linked)))
        }
        files += templates.assets.map { SiteFile(path: "assets/" + $0.path, data: $0.data) }
        files.sort { $0.path < $1.path }
        return Result(files: files, termCount: glossary.terms.count, timings: timings)
    }

    /// Builds and writes into the output folder, swapping it in only on success.
    public static func buildAndWrite(_ options: BuildOptions) throws -> Result {
        var result = try build(options)
        let staged = try result.timings.measure("write") {
            try OutputFolder.stage(result.files, for: options.outputFolder, jobs: options.jobs)
        }
        try result.timings.measure("swap") { try OutputFolder.swapIn(staged) }
        return result
    }

    private static func parseTerms(_ sources: [TermSource], options: BuildOptions) throws -> [Term] {
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
        var diagnostics: [Diagnostic] = []
        for result in parsed {
            switch result {
            case .success(let term): if options.includeDrafts || !term.frontMatter.draft { terms.append(term) }
            case .failure(let error): diagnostics += error.diagnostics
            }
        }
        if !diagnostics.isEmpty { throw DiagnosticsError(diagnostics) }
        return terms
    }

    /// Two terms with one slug would write one page; both files are named.
    private static func checkUniqueSlugs(_ terms: [Term]) throws {
        let bySlug = Dictionary(grouping: terms, by: { $0.slug.lowercased() })
        var diagnostics: [Diagnostic] = []
        for (slug, group) in bySlug where group.count > 1 {
            let files = group.map(\.source.displayPath).sorted()
            for term in group {
                let others = files.filter { $0 != term.source.displayPath }.joined(separator: ", ")
                diagnostics.append(Diagnostic(
                    file: term.source.displayPath, line: term.frontMatter.slug?.line ?? 1,
                    column: term.frontMatter.slug?.column ?? 1,
                    message: "the slug '\(slug)' is used by \(others) too; set a different 'slug' in one of them"))
            }
        }
        if !diagnostics.isEmpty { throw DiagnosticsError(diagnostics) }
    }

    private static func renderPages(_ contexts: PageContexts, templates: TemplateLibrary, jobs: Int) -> [SiteFile] {
        let glossary = contexts.glossary
        var files = [
            SiteFile(path: "index.html", bytes: templates.render("index", context: contexts.index())),
            SiteFile(path: "404.html", bytes: templates.render("404", context: contexts.notFound())),
            SiteFile(path: "tags/index.html", bytes: templates.render("tags", context: contexts.tagsPage())),
        ]
        for label in Collation.allLabels where contexts.usedLetters.contains(label) {
            files.append(SiteFile(path: PageContexts.letterPath(label), bytes: templates.render("letter", context: contexts.letter(label))))
        }
        for tag in contexts.tags.tags {
            files.append(SiteFile(path: PageContexts.tagPath(tag.slug), bytes: templates.render("tag", context: contexts.tag(tag))))
        }
        files += ParallelMap.map(count: glossary.terms.count, jobs: jobs) { index in
            SiteFile(path: glossary.terms[index].path, bytes: templates.render("term", context: contexts.term(index)))
        }
        return files
    }
}
