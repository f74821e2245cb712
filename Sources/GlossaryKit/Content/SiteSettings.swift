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

    /// Reads `glossary.yml`; a missing file gives the defaults, a malformed one a diagnostic.
    static func load(from path: String, displayPath: String) throws -> SiteSettings {
        guard FileManager.default.fileExists(atPath: path) else { return SiteSettings() }
        let text = try TextFile.read(path: path, displayPath: displayPath)
        let node: Node?
        do {
            node = try Yams.compose(yaml: text)
        } catch let error as YamlError {
            throw DiagnosticsError([YAMLDiagnostics.diagnostic(for: error, file: displayPath, lineOffset: 0)])
        }
        var settings = SiteSettings()
        guard let node else { return settings }
        let fields = try YAMLFields(node: node, file: displayPath, lineOffset: 0)
        settings.title = try fields.text("title") ?? settings.title
        settings.description = try fields.text("description") ?? settings.description
        settings.baseURL = try fields.text("base_url") ?? settings.baseURL
        settings.language = try fields.text("language") ?? settings.language
        settings.allowRawHTML = try fields.bool("allow_raw_html") ?? settings.allowRawHTML
        if fields.node("tags") != nil { settings.tags = try fields.textList("tags").map(\.value) }
        return settings
    }
}
