/// A term with every reference resolved to another term's index in the glossary.
public struct LinkedTerm: Sendable {
    /// A related entry after resolution.
    public enum Related: Sendable, Equatable {
        case term(Int)
        case external(title: String, url: String)
        /// A term of another language of the glossary (this one has no translation yet).
        case foreign(ForeignLink)
    }

    /// A reference that reached a term of another language: in a multi-language glossary a
    /// term not translated yet is linked in the default language (then any other).
    public struct ForeignLink: Sendable, Equatable, Hashable {
        /// The language's code (for `hreflang`) and name (the visible label).
        public var code: String
        public var name: String
        public var title: String
        /// The page from the site root (`terms/cat/index.html`, `de/terms/katze/index.html`).
        public var sitePath: String
    }

    public var seeAlso: [Int]
    /// `see_also` entries that name a term only another language has, in order.
    public var foreignSeeAlso: [ForeignLink] = []
    /// Every reference that fell back to another language (`check` notes each, "not
    /// translated yet"): what was written, where, and what it reached.
    public var fallbacks: [Fallback] = []

    /// One reference that fell back to another language.
    public struct Fallback: Sendable, Equatable {
        public var written: String
        public var line: Int
        public var column: Int
        public var target: ForeignLink
    }
    public var related: [Related]
    /// The rendered body; its links already point at the target pages.
    public var body: RenderedBody
    /// Terms the body links to, in order of first mention.
    public var bodyTargets: [Int]
    /// The front matter's description, or the body's first paragraph.
    public var description: String
    /// Terms that reference this one in any way, in reading order.
    public var referencedBy: [Int] = []
    /// Places where the term references itself (allowed, but `glossary check` warns).
    public var selfReferences: [Located<String>] = []
    /// Links that reached this term's target through a former address (`check` warns).
    public var formerLinks: [FormerLink] = []
    /// Body links that name an anchor of a term's page (`[[Payouts#details]]`), checked by
    /// `Linker.checkAnchors` once every page's headings are known.
    public var anchorLinks: [AnchorLink] = []

    /// A body link to a heading of a term's page: what was written, where, and what it names.
    public struct AnchorLink: Sendable, Equatable {
        /// As diagnostics quote it: `wiki link 'Payouts#details'`.
        public var written: String
        public var target: Int
        /// The part after `#`, as written (percent-encoded or not).
        public var fragment: String
        public var line: Int
        public var column: Int
    }
    /// References that name their target by one of its deprecated names (`check` warns).
    public var deprecatedReferences: [DeprecatedReference] = []
    /// The term named by `superseded_by:`, resolved like a `related` entry.
    public var supersededBy: Related?

    /// A reference by a deprecated name: as diagnostics quote it, the term it reached, where.
    public struct DeprecatedReference: Sendable, Equatable {
        public var written: String
        public var target: Int
        public var line: Int
        public var column: Int
    }
    /// The old slugs that redirect to this term (`former_slugs:` and `redirects:`), sorted.
    public var formerSlugs: [String] = []

    /// A body link to a former address: what was written, the old slug it named, and the
    /// address to write instead.
    public struct FormerLink: Sendable, Equatable {
        public var written: String
        /// The term it reached.
        public var target: Int
        public var former: String
        public var current: String
        public var line: Int
        public var column: Int
    }
}
