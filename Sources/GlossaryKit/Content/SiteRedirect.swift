import Yams

/// One entry of `redirects:` in `glossary.yml`: an old address (`/microservices/` or
/// `microservices`) and the term, by title, alias or slug, that readers now find there.
public struct SiteRedirect: Sendable, Equatable {
    public var from: Located<String>
    public var to: Located<String>
    /// `glossary.yml` as the build names it, for diagnostics.
    public var file: String

    /// Reads the `redirects:` mapping; anything but text on either side is an error there.
    static func read(_ fields: YAMLFields) throws -> [SiteRedirect] {
        guard let node = fields.node("redirects"), !YAMLFields.isNull(node) else { return [] }
        guard let mapping = node.mapping else {
            throw fields.error(at: node, "'redirects' must map old addresses to terms (/old-slug/: term), found \(YAMLFields.describe(node))")
        }
        return try mapping.map { pair in
            SiteRedirect(
                from: try fields.textScalar(pair.key, field: "redirects"),
                to: try fields.textScalar(pair.value, field: "redirects"), file: fields.file)
        }
    }
}
