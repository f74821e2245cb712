/// A term of the glossary after its front matter is read and its identity settled.
public struct Term: Sendable {
    public var source: TermSource
    public var frontMatter: FrontMatter
    /// The Markdown after the front matter.
    public var body: String
    /// The file line the body starts on, so body positions map back to the file.
    public var bodyStartLine: Int
    /// The URL name of its page: `terms/<slug>/index.html`.
    public var slug: String
    /// The A–Z label it is filed under ("P", or "#").
    public var letter: String
    public var sortKey: Collation.SortKey

    public var title: String { frontMatter.title.value }

    /// The page's path from the site root.
    public var path: String { "terms/\(slug)/index.html" }
}
