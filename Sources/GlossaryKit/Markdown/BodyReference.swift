/// A reference to another term found in a Markdown body.
public struct BodyReference: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        /// `[[name]]` or `[[name|text]]`: `target` is the name.
        case wiki
        /// `[text](other.md#anchor)`: `target` is the path as written, without the anchor.
        case file
        /// `[text](/slug/#anchor)`, `[text](../slug/)`: a path on the site (not an external
        /// URL); `target` is the path, trimmed and percent-decoded, without the anchor.
        case site
    }

    public var kind: Kind
    public var target: String
    /// The part after `#`, if any, carried over to the rewritten link.
    public var fragment: String?
    /// 1-based position in the whole term file of `[[` or of the link's `[`.
    public var line: Int
    public var column: Int
}
