import Foundation

/// `glossary check`: everything a build checks (content, references, templates), plus the
/// warnings a glossary editor wants, without writing a site.
public enum GlossaryChecker {
    /// What was found: errors first by file and position, then warnings.
    public struct Report: Sendable {
        public var diagnostics: [Diagnostic]
        public var termCount: Int

        public var errorCount: Int { diagnostics.filter { $0.severity == .error }.count }
        public var warningCount: Int { diagnostics.filter { $0.severity == .warning }.count }
    }

    /// Checks a content folder (and the templates folder, when it exists) through the
    /// build's own stages. Input errors are returned in the report; only a content folder
    /// that does not exist throws.
    public static func check(contentFolder: String, templatesFolder: String?, includeDrafts: Bool = false, jobs: Int = 1)
        throws(DiagnosticsError) -> Report
    {
        var options = BuildOptions(contentFolder: contentFolder, includeDrafts: includeDrafts, jobs: jobs)
        if let templatesFolder { options.templatesFolder = templatesFolder }
        var timings = StageTimings()
        let analysis = try Pipeline.analyze(options, templates: templatesFolder == nil ? .none : .ifPresent, timings: &timings)
        // Every language's terms get the editor's warnings, each language on its own.
        let warnings = analysis.editions.isEmpty
            ? CheckRules.warnings(glossary: analysis.glossary, linked: analysis.linked, settings: analysis.settings)
            : analysis.editions.flatMap {
                CheckRules.warnings(glossary: $0.glossary, linked: $0.linked, settings: $0.edition.settings)
            }
        return Report(diagnostics: DiagnosticsError.ordered(analysis.diagnostics + analysis.notices + warnings), termCount: analysis.termFileCount)
    }
}
