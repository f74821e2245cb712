/// A term of the glossary after its front matter is read and its identity settled.
///
/// A class, not a struct: terms are read by every later stage, and copying a struct of
/// this many strings and arrays (each copy retaining them all) showed in profiles.
public final class Term: Sendable {
    public let file: TermFile
    public let frontMatter: FrontMatter
    /// The Markdown after the front matter.
    public let body: String
    /// The file line the body starts on, so body positions map back to the file.
    public let bodyStartLine: Int
    /// The URL name of its page: `terms/<slug>/index.html`.
    public let slug: String
    /// The A–Z label it is filed under ("P", or "#").
    public let letter: String
    public let sortKey: Collation.SortKey

    public init(
        file: TermFile, frontMatter: FrontMatter, body: String, bodyStartLine: Int, slug: String, letter: String,
        sortKey: Collation.SortKey
    ) {
        self.file = file
        self.frontMatter = frontMatter
        self.body = body
        self.bodyStartLine = bodyStartLine
        self.slug = slug
        self.letter = letter
        self.sortKey = sortKey
    }

    public var title: String { frontMatter.title.value }

    /// The page's path from the site root.
    public var path: String { SitePaths.term(slug: slug) }

    /// The page's path as links carry it (percent-encoded; `SitePaths.href`).
    public var href: String { SitePaths.href(path) }

    /// The names the search finds the term by besides its title: aliases, then deprecated
    /// names (ranked alike; the results label the latter).
    var searchNames: [String] { frontMatter.aliases.map(\.value) + frontMatter.deprecatedNames.map(\.value) }
}
