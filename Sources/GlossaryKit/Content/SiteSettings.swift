import Foundation
import Yams

/// The site-wide settings from `Content/glossary.yml`.
public struct SiteSettings: Sendable, Equatable {
    public var title: String
    public var description: String
    public var baseURL: String
    public var language: String
    /// When true, raw HTML and any URL scheme in Markdown reach the page as written.
    public var allowRawHTML: Bool
    /// The tags in use, if the site names them; `glossary check` then warns about others.
    public var tags: [String]? = nil
    /// `ignore_links:` glob patterns (`*` within one path segment, `**` any depth) of site
    /// paths that are not this glossary's (`/docs/**`): links to them are left as written.
    public var ignoreLinks: [String] = []
    /// `redirects:` old path or slug → reference to the term now there, in file order.
    public var redirects: [SiteRedirect] = []
    /// `interface:` key → string: the site's own wording of the theme's interface strings
    /// (`interface: {search_placeholder: "Find a term"}`), above the theme's `i18n/` files.
    public var interface: [String: InterfaceString] = [:]
    /// `edit_url:`: a term file's address on its code host, `{path}` standing for the file's
    /// path from the repository's top (`EditURL`); nil for no "Edit this page" link.
    public var editURL: String? = nil
    /// `languages:`: the languages of a multi-language glossary, the default first; empty
    /// for a single-language one (`language:` alone).
    public var languages: [SiteLanguage] = []

    /// `index_term_limit:`: the index lists every term up to this many; above it, each
    /// letter with its count and first terms (`SitePaging`).
    public var indexTermLimit: Int = SitePaging.defaultIndexTermLimit
    /// `page_size:`: letter and tag pages with more terms are split into pages of this many.
    public var pageSize: Int = SitePaging.defaultPageSize
    /// `sitemap_size:`: URLs per sitemap file; more make a sitemap index (the protocol's
    /// limit, 50,000, is the default and the most).
    public var sitemapSize: Int = SitePaging.maximumSitemapSize
    /// `print_page_limit:`: the printable page (`all/`) holds every term up to this many;
    /// above it, `all/` lists the letters and each letter prints on a page of its own.
    public var printPageLimit: Int = SitePaging.defaultPrintPageLimit

    /// Whether the glossary lists its languages (terms in `Content/<code>/`).
    public var isMultilingual: Bool { !languages.isEmpty }

    /// The settings one language of a multi-language glossary is built with: its language,
    /// title and description, and `base_url` extended by its folder (so canonical links,
    /// JSON-LD and the 404 page's links name the language's own addresses).
    public func edition(_ language: SiteLanguage, isDefault: Bool) -> SiteSettings {
        var settings = self
        settings.language = language.code
        settings.title = language.title ?? title
        settings.description = language.description ?? description
        if !isDefault, let base = Publishing.base(self) { settings.baseURL = base + SitePaths.languageFolder(language.code) }
        return settings
    }

    /// The settings used when `glossary.yml` is absent or leaves a field out.
    public init(
        title: String = "Glossary", description: String = "", baseURL: String = "",
        language: String = "en", allowRawHTML: Bool = false
    ) {
        self.title = title
        self.description = description
        self.baseURL = baseURL
        self.language = language
        self.allowRawHTML = allowRawHTML
    }

    /// Why `url` cannot be the site's address, or nil when it can (or is empty: no
    /// address). It is written into canonical links, JSON-LD, `sitemap.xml` and
    /// `robots.txt`, so it must be an http(s) address or a path from the host's root (`/`,
    /// as the benchmark corpora use): any other scheme (`javascript:`) is no address for a
    /// page, and a line break would start a line of its own in `robots.txt`. A host without
    /// its scheme (`me.github.io/gloss`) or a relative path would make every canonical link
    /// relative to the page, so the message offers the fix (see `BaseURLFix`).
    public static func baseURLProblem(_ url: String) -> String? {
        let trimmed = url.trimmingCharacters(in: .whitespaces)
        if trimmed.isEmpty { return nil }
        if trimmed.unicodeScalars.contains(where: { $0.value <= 0x20 || (0x7F...0x9F).contains($0.value) || $0.properties.isWhitespace }) {
            return "base_url may not contain spaces, line breaks or control characters"
        }
        let lower = trimmed.lowercased()
        if lower.hasPrefix("/") && !lower.hasPrefix("//") { return nil }  // a path on the site's host
        let scheme = lower.prefix { $0 != ":" && $0 != "/" && $0 != "?" && $0 != "#" }
        let hasScheme = scheme.count < lower.count && lower.dropFirst(scheme.count).first == ":" && !BaseURLFix.looksLikeHost(scheme)
        if hasScheme, scheme == "http" || scheme == "https",
           lower.dropFirst(scheme.count).hasPrefix("://"), lower.count > scheme.count + 3 {
            return nil
        }
        let problem = "base_url must be an http:// or https:// address or a path, found '\(url)'"
        guard !hasScheme, let fix = BaseURLFix.suggestion(for: trimmed) else { return problem }
        return problem + "; did you mean '\(fix)'?"
    }

    /// Reads `glossary.yml`; a missing file gives the defaults, a malformed one a diagnostic.
    static func load(from path: String, displayPath: String) throws -> SiteSettings {
        guard FileManager.default.fileExists(atPath: path) else { return SiteSettings() }
        let text = try TextFile.read(path: path, displayPath: displayPath)
        let node: Node?
        let positions = YAMLPositions(yaml: text, lineOffset: 0)
        // Yams hashes mapping keys in full: an alias in a key could take hours to compose.
        if let problem = YAMLAliasScan.check(text) {
            throw DiagnosticsError([
                Diagnostic(file: displayPath, line: problem.line, column: problem.column, message: problem.message)
            ])
        }
        do {
            node = try Yams.compose(yaml: text)
        } catch let error as YamlError {
            throw DiagnosticsError([YAMLDiagnostics.diagnostic(for: error, file: displayPath, positions: positions)])
        }
        var settings = SiteSettings()
        guard let node else { return settings }
        let fields = try YAMLFields(node: node, file: displayPath, positions: positions)
        settings.title = try fields.text("title") ?? settings.title
        settings.description = try fields.text("description") ?? settings.description
        if let baseURL = try fields.text("base_url") {
            if let problem = baseURLProblem(baseURL), let node = fields.node("base_url") {
                throw fields.error(at: node, problem)
            }
            settings.baseURL = baseURL
        }
        settings.language = try fields.text("language") ?? settings.language
        if let pattern = try fields.text("edit_url"), !pattern.isEmpty {
            if let problem = EditURL.problem(pattern), let node = fields.node("edit_url") { throw fields.error(at: node, problem) }
            settings.editURL = pattern
        }
        try readLanguages(fields, into: &settings)
        settings.allowRawHTML = try fields.bool("allow_raw_html") ?? settings.allowRawHTML
        if fields.node("tags") != nil { settings.tags = try fields.textList("tags").map(\.value) }
        settings.ignoreLinks = try fields.textList("ignore_links").map(\.value)
        settings.indexTermLimit = try fields.int("index_term_limit", in: 0...Int(Int32.max)) ?? settings.indexTermLimit
        settings.pageSize = try fields.int("page_size", in: 1...Int(Int32.max)) ?? settings.pageSize
        settings.sitemapSize = try fields.int("sitemap_size", in: 1...SitePaging.maximumSitemapSize) ?? settings.sitemapSize
        settings.printPageLimit = try fields.int("print_page_limit", in: 0...Int(Int32.max)) ?? settings.printPageLimit
        settings.redirects = try SiteRedirect.read(fields)
        if let node = fields.node("interface"), !YAMLFields.isNull(node) {
            guard node.mapping != nil else {
                throw fields.error(at: node, "'interface' must be a mapping of interface strings (search_placeholder: …), found \(YAMLFields.describe(node))")
            }
            settings.interface = try InterfaceString.read(YAMLFields(node: node, file: displayPath, positions: positions))
        }
        return settings
    }

    /// `default_language:` and `languages:`; the default is moved to the front. Every problem
    /// is located: a code that is no BCP 47 code, one listed twice (`zh-cn` and `zh-Hans` are
    /// one), a default that is not listed.
    private static func readLanguages(_ fields: YAMLFields, into settings: inout SiteSettings) throws {
        let defaultCode = try fields.locatedText("default_language")
        guard let node = fields.node("languages"), !YAMLFields.isNull(node) else {
            if let defaultCode { settings.language = defaultCode.value }
            return
        }
        guard let entries = node.sequence else {
            throw fields.error(at: node, "'languages' must be a list of languages (- code: en), found \(YAMLFields.describe(node))")
        }
        var languages: [SiteLanguage] = []
        var seen: [String: SiteLanguage] = [:]
        for entry in entries {
            let entryFields = try YAMLFields(node: entry, file: fields.file, positions: fields.positions)
            guard let code = try entryFields.locatedText("code") else {
                throw fields.error(at: entry, "a language needs a 'code' (a BCP 47 code such as en, de, zh-Hans)")
            }
            if let problem = SiteLanguage.codeProblem(code.value) {
                throw DiagnosticsError([Diagnostic(file: fields.file, line: code.line, column: code.column, message: "language code \(problem)")])
            }
            let language = SiteLanguage(
                code: code.value.trimmingCharacters(in: .whitespaces), name: try entryFields.text("name"),
                title: try entryFields.text("title"), description: try entryFields.text("description"),
                line: code.line, column: code.column)
            if let earlier = seen[SiteLanguage.key(language.code)] {
                throw DiagnosticsError([Diagnostic(
                    file: fields.file, line: code.line, column: code.column,
                    message: "the language '\(language.code)' is listed twice (as '\(earlier.code)' at line \(earlier.line) too)")])
            }
            seen[SiteLanguage.key(language.code)] = language
            languages.append(language)
        }
        guard !languages.isEmpty else { return }
        let wanted = defaultCode?.value ?? (fields.node("language") != nil ? settings.language : languages[0].code)
        guard let index = languages.firstIndex(where: { SiteLanguage.key($0.code) == SiteLanguage.key(wanted) }) else {
            let place = defaultCode.map { ($0.line, $0.column) } ?? fields.position(of: fields.node("language") ?? node)
            throw DiagnosticsError([Diagnostic(
                file: fields.file, line: place.0, column: place.1,
                message: "the default language '\(wanted)' is not in 'languages' ("
                    + languages.map(\.code).joined(separator: ", ") + ")")])
        }
        let first = languages.remove(at: index)
        settings.languages = [first] + languages
        settings.language = first.code
    }
}
