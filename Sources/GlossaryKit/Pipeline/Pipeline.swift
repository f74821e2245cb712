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
        let reparsed = loaded.files.reduce(0) { count, file in if case .unchanged = file { count } else { count + 1 } }
        return SiteAnalysis(
            settings: loaded.settings, templates: templates, glossary: glossary.value, linked: linked.value, tags: tags.value,
            diagnostics: DiagnosticsError.ordered(
                parsed.diagnostics + glossary.diagnostics + linked.diagnostics + tags.diagnostics),
            notices: parsed.value.notes,
            termFileCount: glossary.value.terms.count + parsed.value.failedPaths.count, reparsed: reparsed)
    }

    /// The contexts stage, for an analysis without errors: what rendering needs. Throws
    /// the analysis's errors otherwise.
    static func prepare(_ analysis: SiteAnalysis, jobs: Int, timings: inout StageTimings) throws(DiagnosticsError)
        -> SiteBuilder.Prepared
    {
        guard !analysis.hasErrors, let templates = analysis.templates else { throw DiagnosticsError(analysis.diagnostics) }
        let contexts = timings.measure("contexts") { BuildStages.contexts(analysis, jobs: jobs) }
        return SiteBuilder.Prepared(glossary: analysis.glossary, linked: analysis.linked, contexts: contexts, templates: templates)
    }
}
