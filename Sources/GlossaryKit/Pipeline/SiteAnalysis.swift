/// What the load stage read: the settings and every term file.
package struct LoadedSite {
    package var settings: SiteSettings
    package var files: [SourceFile]
    /// The folder `files` were read from (the key of their `StageCache` entry).
    package var folder: String
    /// The letters and order of the site's language.
    package var collation: Collation
    /// The languages of a multi-language glossary, each with its files (then `files` is
    /// empty); empty for one language.
    package var editions: [LoadedEdition]
    /// `_index.md`, the index page's intro, when the content folder has one.
    package var intro: TermSource? = nil

    package init(
        settings: SiteSettings, files: [SourceFile], folder: String = "", collation: Collation? = nil, editions: [LoadedEdition] = []
    ) {
        self.settings = settings
        self.files = files
        self.folder = folder
        self.collation = collation ?? Collation.forLanguage(settings.language)
        self.editions = editions
    }
}

/// One term file after the load stage.
package enum SourceFile {
    /// Read now; `stamp` is set when a cache asked for it.
    case read(TermSource, stamp: FileStamp?)
    /// Could not be read (not UTF-8, a NUL byte, permissions): its diagnostics.
    case unreadable(relativePath: String, stamp: FileStamp?, [Diagnostic])
    /// The cache holds it parsed, and the file did not change since.
    case unchanged(relativePath: String)

    /// Whether the file was read (or found unreadable) this run rather than kept by a cache.
    var isReadThisRun: Bool {
        if case .unchanged = self { false } else { true }
    }

    var relativePath: String {
        switch self {
        case .read(let source, _): source.relativePath
        case .unreadable(let path, _, _), .unchanged(let path): path
        }
    }
}

/// One term file after the front matter stage: its term, or why it has none.
struct ParsedFile {
    var term: Term?
    var diagnostics: [Diagnostic]
    /// For `glossary check` only: why a file that is no term was skipped.
    var notes: [Diagnostic] = []
}

/// The front matter stage's output.
struct ParsedTerms {
    /// The terms of the site (drafts only when asked for).
    var terms: [Term] = []
    /// Drafts left out: references to them are told so, not that the term is missing.
    var drafts: [Term] = []
    /// Term files that had errors; references to them are not reported a second time.
    var failedPaths: [String] = []
    /// Notes for `glossary check` (pages skipped as no terms).
    var notes: [Diagnostic] = []

    var unavailable: UnavailableNames {
        UnavailableNames(drafts: drafts, failedPaths: failedPaths)
    }
}

/// Names a reference may use that are not in the glossary for a known reason: the file of
/// that term has errors of its own (already reported), or the term is a draft.
struct UnavailableNames: Sendable, Hashable {
    private var failedKeys: Set<ReferenceKey> = []
    private var failedFiles: Set<String> = []
    private var draftNames: [ReferenceKey: Draft] = [:]
    private var draftFiles: [String: Draft] = [:]

    init() {}

    init(drafts: [Term], failedPaths: [String]) {
        for path in failedPaths {
            failedFiles.insert(path)
            let name = String((path.split(separator: "/").last ?? "").dropLast(3))
            failedKeys.insert(ReferenceKey(Slug.make(from: name)))
            failedKeys.insert(ReferenceKey(name))
        }
        for term in drafts {
            let draft = Draft(title: term.title, file: term.file.displayPath)
            draftFiles[term.file.relativePath] = draft
            for name in [term.title, term.slug] + term.frontMatter.aliases.map(\.value) {
                draftNames[ReferenceKey(name)] = draft
            }
        }
    }

    /// Why a name that matches no term is missing, when known.
    func reason(forName name: String) -> Reason? {
        let key = ReferenceKey(name)
        if failedKeys.contains(key) { return .fileHasErrors }
        return draftNames[key].map(Reason.draft)
    }

    /// Why a term file path that matches no term is missing, when known.
    func reason(forFile path: String) -> Reason? {
        if failedFiles.contains(path) { return .fileHasErrors }
        return draftFiles[path].map(Reason.draft)
    }

    enum Reason: Hashable {
        case fileHasErrors
        case draft(Draft)
    }

    /// A term left out because it is a draft: its title and the file to change.
    struct Draft: Hashable, Sendable {
        var title: String
        var file: String
    }
}

/// A glossary read, checked and linked: what every command needs, with every problem
/// found. Stages after a problem still ran on the rest, so `diagnostics` holds the errors
/// of all of them.
package struct SiteAnalysis {
    package var settings: SiteSettings
    /// Nil when the command needs none, or they had errors.
    package var templates: TemplateLibrary?
    package var glossary: Glossary
    package var linked: [LinkedTerm]
    package var tags: TagIndex
    /// The index page's intro (`_index.md`), rendered; nil without one.
    package var intro: RenderedBody? = nil
    /// Ordered, each once (`DiagnosticsError.ordered`).
    package var diagnostics: [Diagnostic]
    /// Warnings and notes the stages found for `glossary check` (a key spelled `Title`, a
    /// page skipped); never a reason to fail.
    package var notices: [Diagnostic]
    /// Term files read: the glossary's terms and the files that had errors.
    var termFileCount: Int
    /// Term files parsed again this run (all of them unless a cache held some).
    var reparsed: Int
    /// Every language of a multi-language glossary, the default first (its values are the
    /// ones above: `glossary`, `linked`, `tags`); empty for one language.
    package var editions: [EditionAnalysis] = []
    /// The editions as the other languages reach them (same order as `editions`).
    var languages: [PublishedLanguage] = []
    /// Which terms of the editions translate one another.
    package var translations = TranslationTable([])
    /// The site-wide settings of a multi-language glossary (`settings` is the default
    /// language's edition of them); nil for one language.
    package var siteSettings: SiteSettings?

    var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
}
