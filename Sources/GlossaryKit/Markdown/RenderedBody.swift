/// A Markdown body after cmark: its HTML split at the example heading, its summary and
/// the references it makes.
public struct RenderedBody: Sendable {
    /// Everything before the `## Example` heading.
    public var definitionHTML: String
    /// The example section without its heading; empty when there is none.
    public var exampleHTML: String
    public var hasExample: Bool
    /// The file line of the `## Example` heading, when there is one.
    public var exampleHeadingLine: Int? = nil
    /// The first paragraph as plain text, whitespace collapsed: the default description.
    public var firstParagraph: String
    /// In source order.
    public var references: [BodyReference]
    /// The ids of the body's headings (`HeadingAnchors`), in order, the example heading's
    /// included: the anchors a link to this page may name.
    public var anchors: [String] = []
    /// The example heading's id (`example`), for the template that writes that heading.
    public var exampleAnchor: String? = nil
}
