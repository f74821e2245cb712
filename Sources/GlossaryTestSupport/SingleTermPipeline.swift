import Foundation
import GlossaryKit

/// The whole path one term file takes through a build, in memory: bytes → UTF-8 decoding →
/// front matter split → YAML (the fast reader and Yams) → `TermParser` → linking against a
/// small fixed glossary (cmark parse, reference extraction, wiki links) → its term page and
/// the search index rendered through the default theme into a `MemorySink`.
///
/// Builds never call this. It exists for the libFuzzer harness (`fuzz/`) and for the tests
/// that replay the inputs it found, so both go through exactly the same code. It is public
/// because the harness is a separate package (kept out of the normal build) and cannot use
/// `@testable import`.
public enum SingleTermPipeline {
    /// Where the fuzzed file sits in the content folder; its default slug is `fuzzed`.
    public static let relativePath = "f/fuzzed.md"

    /// What happened to one input.
    public struct Outcome: Sendable {
        /// Every problem reported on the way (decoding, front matter, slug, references, tags).
        public var diagnostics: [Diagnostic] = []
        /// The files rendered into the sink (the term page and `search-index.json`); empty
        /// when the file itself could not be read as a term.
        public var files: [SiteFile] = []
        /// Set when the fast front matter reader answered and Yams answered differently: the
        /// fast reader must give Yams's answer or decline, so this is a bug.
        public var readerDisagreement: String?

        public init() {}
    }

    /// Runs one input through the pipeline. Errors in the input are returned as diagnostics,
    /// never thrown; a crash or hang in here is a bug in the product.
    ///
    /// Unlike a build, pages are rendered even when references are broken (a build would
    /// stop before rendering), so the renderer sees every shape the parser lets through.
    public static func run(_ data: Data, allowRawHTML: Bool = false) -> Outcome {
        var outcome = Outcome()
        let displayPath = "Content/" + relativePath
        let source: TermSource
        do {
            let text = try TextFile.decode(data, displayPath: displayPath)
            let split = try FrontMatterParser.split(text, file: displayPath)
            outcome.readerDisagreement = disagreement(yaml: split.yaml, file: displayPath)
            source = TermSource(displayPath: displayPath, relativePath: relativePath, text: text)
        } catch {
            outcome.diagnostics = BuildStages.diagnostics(of: error, file: displayPath)
            return outcome
        }
        // The build's own stages after load, on the fuzzed file and the fixed ones.
        let settings = SiteSettings(
            title: "Fuzzing glossary", baseURL: "https://example.org/glossary/", allowRawHTML: allowRawHTML)
        let files = ([source] + fixedSources).map { SourceFile.read($0, stamp: nil) }
        var timings = StageTimings()
        let analysis = Pipeline.analyze(
            loaded: LoadedSite(settings: settings, files: files), templates: theme, includeDrafts: true, jobs: 1,
            timings: &timings)
        outcome.diagnostics = analysis.diagnostics
        guard let index = analysis.glossary.terms.firstIndex(where: { $0.file.relativePath == relativePath }) else {
            return outcome
        }
        // Unlike a build, pages are rendered even when references are broken.
        let contexts = BuildStages.contexts(analysis, jobs: 1)
        let prepared = SiteBuilder.Prepared(
            glossary: analysis.glossary, linked: analysis.linked, contexts: contexts, templates: theme)
        let sink = MemorySink()
        sink.write(SiteBuilder.render(.term(index), prepared))
        sink.write(SiteBuilder.render(.searchIndex, prepared))
        outcome.files = sink.files
        return outcome
    }

    /// The fast reader's answer compared with Yams's, or nil when they agree (or the fast
    /// reader declines, which is always allowed).
    static func disagreement(yaml: String, file: String) -> String? {
        guard let simple = SimpleFrontMatter.parse(yaml: yaml) else { return nil }
        do {
            let full = try FrontMatterParser.parseWithYams(yaml: yaml, file: file)
            return simple == full ? nil : "fast reader:\n\(simple)\nYams:\n\(full)"
        } catch {
            return "the fast reader accepted what Yams rejects: \(error)"
        }
    }

    /// Terms the fuzzed one can refer to, by title, alias, slug, file and wiki link; one of
    /// them links back to it, so its page has "Referenced by".
    static let fixedSources: [TermSource] = [
        ("p/partner-program.md", """
            ---
            title: Partner program
            aliases: [PP, partner programs]
            part_of_speech: noun
            tags: [programs]
            see_also: [Channel]
            ---
            A program for partners; see [the fuzzed term](../f/fuzzed.md) and [[Channel|channels]].

            ## Example

            Acme's partner program.
            """),
        ("c/channel.md", """
            ---
            title: Channel
            aliases: [channels]
            tags: [sales, programs]
            related:
              - title: Elsewhere
                url: https://example.com/channel
            ---
            A route to market.
            """),
        ("e/ecole.md", """
            ---
            title: École des partenaires
            ---
            Accents fold: files under E.
            """),
        ("0/1099.md", """
            ---
            title: "1099"
            ---
            Files under #.
            """),
    ].map { path, text in TermSource(displayPath: "Content/" + path, relativePath: path, text: text) }

    /// The default theme as embedded in the library, so the harness needs no files.
    static let theme = TemplateLibrary.embeddedTemplates
}
