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

    /// Checks a content folder (and the templates folder, when it exists). Input errors
    /// are returned in the report; only a folder that cannot be read at all throws.
    public static func check(contentFolder: String, templatesFolder: String?, includeDrafts: Bool = false, jobs: Int = 1)
        throws -> Report
    {
        let options = BuildOptions(contentFolder: contentFolder, includeDrafts: includeDrafts, jobs: jobs)
        let loaded = try ContentLoader.load(folder: contentFolder, jobs: jobs)
        var diagnostics: [Diagnostic] = []
        if let templatesFolder, FileManager.default.fileExists(atPath: templatesFolder) {
            do { _ = try TemplateLibrary.load(folder: templatesFolder) } catch let error as DiagnosticsError {
                diagnostics += error.diagnostics
            }
        }
        let terms: [Term]
        let drafts: [Term]
        do {
            (terms, drafts) = try SiteBuilder.parseTermsAndDrafts(loaded.sources, options: options)
            try SiteBuilder.checkNames(terms)
        } catch let error as DiagnosticsError {
            return Report(diagnostics: sorted(diagnostics + error.diagnostics), termCount: 0)
        }
        let glossary = Glossary(terms: terms)
        let (linked, linkErrors) = Linker.link(
            glossary, allowRawHTML: loaded.settings.allowRawHTML, jobs: jobs, drafts: DraftNames(drafts: drafts))
        diagnostics += linkErrors
        do { _ = try TagIndex(glossary: glossary) } catch let error as DiagnosticsError { diagnostics += error.diagnostics }
        diagnostics += CheckRules.warnings(glossary: glossary, linked: linked, settings: loaded.settings)
        return Report(diagnostics: sorted(diagnostics), termCount: glossary.terms.count)
    }

    private static func sorted(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        DiagnosticsError(diagnostics).diagnostics
    }
}
