import Foundation

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
    }

    /// Runs one input through the pipeline. Errors in the input are returned as diagnostics,
    /// never thrown; a crash or hang in here is a bug in the product.
    ///
    /// Unlike a build, pages are rendered even when references are broken (a build would
    /// stop before rendering), so the renderer sees every shape the parser lets through.
    public static func run(_ data: Data, allowRawHTML: Bool = false) -> Outcome {
        var outcome = Outcome()
        let displayPath = "Content/" + relativePath
        let term: Term
        do {
            let text = try TextFile.decode(data, displayPath: displayPath)
            let split = try FrontMatterParser.split(text, file: displayPath)
            outcome.readerDisagreement = disagreement(yaml: split.yaml, file: displayPath)
            term = try TermParser.parse(TermSource(displayPath: displayPath, relativePath: relativePath, text: text))
        } catch let error as DiagnosticsError {
            outcome.diagnostics = error.diagnostics
            return outcome
        } catch {
            outcome.diagnostics = [Diagnostic(file: displayPath, message: "\(error)")]
            return outcome
        }
        let terms = [term] + fixedTerms
        do {
            try SiteBuilder.checkNames(terms)
        } catch let error as DiagnosticsError {
            outcome.diagnostics = error.diagnostics
            return outcome
        } catch {
            preconditionFailure("checkNames throws only DiagnosticsError")
        }
        let glossary = Glossary(terms: terms)
        let (linked, linkDiagnostics) = Linker.link(glossary, allowRawHTML: allowRawHTML, jobs: 1)
        outcome.diagnostics += linkDiagnostics
        let tags: TagIndex
        do {
            tags = try TagIndex(glossary: glossary)
        } catch let error as DiagnosticsError {
            outcome.diagnostics += error.diagnostics
            return outcome
        } catch {
            preconditionFailure("TagIndex throws only DiagnosticsError")
        }
        let settings = SiteSettings(
            title: "Fuzzing glossary", baseURL: "https://example.org/glossary/", allowRawHTML: allowRawHTML)
        let contexts = PageContexts(settings: settings, glossary: glossary, linked: linked, tags: tags)
        guard let index = glossary.terms.firstIndex(where: { $0 === term }) else {
            preconditionFailure("the glossary lost the fuzzed term")
        }
        let prepared = SiteBuilder.Prepared(glossary: glossary, linked: linked, contexts: contexts, templates: theme)
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
            let (a, b) = (simple.comparableSummary, full.comparableSummary)
            return a == b ? nil : "fast reader:\n\(a)\nYams:\n\(b)"
        } catch {
            return "the fast reader accepted what Yams rejects: \(error)"
        }
    }

    /// Terms the fuzzed one can refer to, by title, alias, slug, file and wiki link; one of
    /// them links back to it, so its page has "Referenced by".
    static let fixedTerms: [Term] = [
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
    ].map { path, text in
        do {
            return try TermParser.parse(TermSource(displayPath: "Content/" + path, relativePath: path, text: text))
        } catch {
            preconditionFailure("a fixed term of SingleTermPipeline does not parse: \(error)")
        }
    }

    /// The default theme as embedded in the library, so the harness needs no files.
    static let theme: TemplateLibrary = {
        let sources = DefaultTheme.files.filter { $0.path.hasSuffix(".mustache") && !$0.path.hasPrefix("assets/") }
        do {
            let set = try TemplateSet(sources: Dictionary(
                sources.map { (String($0.path.dropLast(".mustache".count)), $0.text) }, uniquingKeysWith: { $1 }))
            return TemplateLibrary(templates: set, assets: [])
        } catch {
            preconditionFailure("the default theme does not parse: \(error)")
        }
    }()
}

extension FrontMatter {
    /// Everything of the front matter that templates, references and diagnostics see, as
    /// text: two readers agree exactly when their summaries are equal.
    var comparableSummary: String {
        func located(_ value: Located<String>) -> String { "\(value.value)@\(value.line):\(value.column)" }
        func list(_ values: [Located<String>]) -> String { values.map(located).joined(separator: "|") }
        let related = related.map { entry -> String in
            switch entry {
            case .term(let name): return "term(\(located(name)))"
            case .external(let title, let url, let line, let column): return "external(\(title),\(url))@\(line):\(column)"
            }
        }
        return [
            "title=" + located(title), "aliases=" + list(aliases), "pos=\(partOfSpeech ?? "nil")",
            "tags=" + list(tags), "see=" + list(seeAlso), "related=" + related.joined(separator: "|"),
            "slug=" + (slug.map(located) ?? "nil"), "description=\(description ?? "nil")",
            "draft=\(draft)", "extra=" + extra.map { "\($0.key):\($0.value)" }.joined(separator: "|"),
        ].joined(separator: "\n")
    }
}
