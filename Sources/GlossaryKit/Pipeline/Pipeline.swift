/// The one wiring of the build stages (`BuildStages`). Every command enters here and stops
/// at the stage it needs:
///
/// - `glossary build`: `SiteBuilder.buildAndWrite` → `analyze` → `prepare` → render → write;
/// - `glossary check`: `GlossaryChecker.check` → `analyze` (templates when present) → warnings;
/// - `glossary export`: `GlossaryExport.document` → `analyze` (no templates, drafts in);
/// - `glossary serve`: `SiteSession.rebuild` → `analyze` with its `StageCache` → `prepare`,
///   pages rendered on request;
/// - the fuzz harness and the tests' fixtures: `analyze(loaded:…)` on files held in memory.
package enum Pipeline {
    /// Runs load → front matter → names and index → link → tags on a content folder.
    /// Throws only when there is nothing to check (no content folder); every other problem
    /// is in the analysis.
    static func analyze(
        _ options: BuildOptions, templates need: TemplateNeed, cache: StageCache? = nil, timings: inout StageTimings
    ) throws(DiagnosticsError) -> SiteAnalysis {
        let loaded = try timings.measure("load") { () throws(DiagnosticsError) in try BuildStages.load(options, cache: cache) }
        let templates = timings.measure("templates") { BuildStages.templates(options, need: need, cache: cache) }
        var analysis = analyze(
            loaded: loaded.value, templates: templates.value, includeDrafts: options.includeDrafts, jobs: options.jobs,
            cache: cache, timings: &timings)
        analysis.diagnostics = DiagnosticsError.ordered(loaded.diagnostics + templates.diagnostics + analysis.diagnostics)
        return analysis
    }

    /// The stages after load, on term files already read.
    package static func analyze(
        loaded: LoadedSite, templates: TemplateLibrary?, includeDrafts: Bool, jobs: Int, cache: StageCache? = nil,
        timings: inout StageTimings
    ) -> SiteAnalysis {
        if !loaded.editions.isEmpty {
            return analyze(
                editions: loaded.editions, settings: loaded.settings, templates: templates, includeDrafts: includeDrafts,
                jobs: jobs, cache: cache, timings: &timings)
        }
        let cache = cache?.terms(in: loaded.folder)
        let parsed = timings.measure("front matter") {
            BuildStages.frontMatter(
                loaded.files, collation: loaded.collation, includeDrafts: includeDrafts, jobs: jobs, cache: cache)
        }
        let glossary = timings.measure("index") {
            BuildStages.index(parsed.value.terms, collation: loaded.collation, jobs: jobs)
        }
        let linked = timings.measure("markdown") {
            BuildStages.link(
                glossary.value, settings: loaded.settings, unavailable: parsed.value.unavailable, jobs: jobs, cache: cache)
        }
        let tags = timings.measure("tags") { BuildStages.tags(glossary.value) }
        let reparsed = loaded.files.count(where: \.isReadThisRun)
        return SiteAnalysis(
            settings: loaded.settings, templates: templates, glossary: glossary.value, linked: linked.value, tags: tags.value,
            diagnostics: DiagnosticsError.ordered(
                parsed.diagnostics + glossary.diagnostics + linked.diagnostics + tags.diagnostics),
            notices: parsed.value.notes,
            termFileCount: glossary.value.terms.count + parsed.value.failedPaths.count, reparsed: reparsed)
    }

    /// The same stages for a glossary of several languages: front matter and index per
    /// language (each with its own letters and order), then link, where a reference that
    /// names a term only another language has falls back to it (the default language first),
    /// then tags. The analysis's own values are the default language's; `editions` has all.
    /// With a cache, each language's files and links are kept in its own `TermFileCache`.
    static func analyze(
        editions loaded: [LoadedEdition], settings: SiteSettings, templates: TemplateLibrary?, includeDrafts: Bool, jobs: Int,
        cache: StageCache? = nil, timings: inout StageTimings
    ) -> SiteAnalysis {
        let caches = loaded.map { edition in edition.folder.isEmpty ? nil : cache?.terms(in: edition.folder) }
        let parsed = timings.measure("front matter") {
            zip(loaded, caches).map { edition, cache in
                BuildStages.frontMatter(
                    edition.files, collation: edition.collation, includeDrafts: includeDrafts, jobs: jobs, cache: cache)
            }
        }
        let glossaries = timings.measure("index") {
            zip(loaded, parsed).map { BuildStages.index($1.value.terms, collation: $0.collation, jobs: jobs) }
        }
        let linked = timings.measure("markdown") {
            // Each language's addresses once, shared by the others' fallbacks.
            let addresses = loaded.indices.map { SiteAddresses(glossary: glossaries[$0].value, settings: loaded[$0].edition.settings) }
            return loaded.indices.map { index in
                BuildStages.link(
                    glossaries[index].value, settings: loaded[index].edition.settings,
                    unavailable: parsed[index].value.unavailable,
                    fallback: fallback(for: index, loaded: loaded, glossaries: glossaries.map(\.value), addresses: addresses),
                    jobs: jobs, cache: caches[index])
            }
        }
        let tags = timings.measure("tags") { glossaries.map { BuildStages.tags($0.value) } }
        var diagnostics: [Diagnostic] = []
        var notices: [Diagnostic] = []
        var editions: [EditionAnalysis] = []
        for index in loaded.indices {
            diagnostics += parsed[index].diagnostics + glossaries[index].diagnostics + linked[index].diagnostics
                + tags[index].diagnostics
            notices += parsed[index].value.notes
            let edition = loaded[index].edition
            for (term, linkedTerm) in zip(glossaries[index].value.terms, linked[index].value) {
                for fallback in linkedTerm.fallbacks {
                    notices.append(Diagnostic(
                        file: term.file.displayPath, line: fallback.line, column: fallback.column, severity: .note,
                        message: "'\(fallback.written)' is not translated yet into \(edition.language.name) (\(edition.code)): "
                            + "it links to '\(fallback.target.title)' in \(fallback.target.name) (\(fallback.target.code))"))
                }
            }
            editions.append(EditionAnalysis(
                edition: edition, glossary: glossaries[index].value, linked: linked[index].value, tags: tags[index].value))
        }
        let first = editions[0]
        var analysis = SiteAnalysis(
            settings: first.edition.settings, templates: templates, glossary: first.glossary, linked: first.linked, tags: first.tags,
            diagnostics: DiagnosticsError.ordered(diagnostics), notices: notices,
            termFileCount: zip(glossaries, parsed).reduce(0) { $0 + $1.0.value.terms.count + $1.1.value.failedPaths.count },
            reparsed: loaded.reduce(0) { $0 + $1.files.count(where: \.isReadThisRun) })
        analysis.editions = editions
        analysis.translations = TranslationTable(editions.map(\.glossary))
        analysis.siteSettings = settings
        return analysis
    }

    /// What edition `index`'s references may fall back to: the default language first, then
    /// the others in the order of `languages:`.
    private static func fallback(
        for index: Int, loaded: [LoadedEdition], glossaries: [Glossary], addresses: [SiteAddresses]
    ) -> LanguageFallback {
        let own = loaded[index].edition
        let others = loaded.indices.filter { $0 != index }.map { other in
            let edition = loaded[other].edition
            return LanguageFallback.Other(
                code: edition.code, name: edition.language.name, folder: edition.folder, glossary: glossaries[other],
                addresses: addresses[other])
        }
        return LanguageFallback(ownCode: own.code, ownUp: own.up, others: others)
    }

    /// The contexts stage, for an analysis without errors: what rendering needs. Throws
    /// the analysis's errors otherwise.
    static func prepare(_ analysis: SiteAnalysis, jobs: Int, timings: inout StageTimings) throws(DiagnosticsError)
        -> SiteBuilder.Prepared
    {
        guard !analysis.hasErrors, let templates = analysis.templates else { throw DiagnosticsError(analysis.diagnostics) }
        guard !analysis.editions.isEmpty else {
            let contexts = timings.measure("contexts") { BuildStages.contexts(analysis, jobs: jobs) }
            return SiteBuilder.Prepared(glossary: analysis.glossary, linked: analysis.linked, contexts: contexts, templates: templates)
        }
        let contexts = timings.measure("contexts") { BuildStages.contexts(editionsOf: analysis, jobs: jobs) }
        let editions = zip(analysis.editions, contexts).map { edition, contexts in
            SiteBuilder.PreparedEdition(
                folder: edition.edition.folder,
                prepared: SiteBuilder.Prepared(glossary: edition.glossary, linked: edition.linked, contexts: contexts, templates: templates))
        }
        var prepared = editions[0].prepared
        prepared.others = Array(editions.dropFirst())
        prepared.siteSettings = analysis.siteSettings
        return prepared
    }
}
