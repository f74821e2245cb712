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
        settings.allowRawHTML = try fields.bool("allow_raw_html") ?? settings.allowRawHTML
        if fields.node("tags") != nil { settings.tags = try fields.textList("tags").map(\.value) }
        settings.ignoreLinks = try fields.textList("ignore_links").map(\.value)
        settings.redirects = try SiteRedirect.read(fields)
        if let node = fields.node("interface"), !YAMLFields.isNull(node) {
            guard node.mapping != nil else {
                throw fields.error(at: node, "'interface' must be a mapping of interface strings (search_placeholder: …), found \(YAMLFields.describe(node))")
            }
            settings.interface = try InterfaceString.read(YAMLFields(node: node, file: displayPath, positions: positions))
        }
        return settings
    }
}
