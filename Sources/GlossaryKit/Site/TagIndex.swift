/// The tags in use: each with its URL name and its terms in reading order.
package struct TagIndex: Sendable {
    package struct Tag: Sendable {
        /// The spelling of its first use in reading order.
        var name: String
        var slug: String
        var terms: [Int]
    }

    /// Sorted by name as readers of the site's language sort (`Collation`).
    let tags: [Tag]
    private let bySlug: [String: Int]

    /// The tags of the glossary, and a diagnostic for each tag that has no letter or digit
    /// (left out). Tags differing only in case or punctuation ("Tools", "tools") are one tag.
    static func make(glossary: Glossary) -> (TagIndex, [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        let index = TagIndex(glossary: glossary, diagnostics: &diagnostics)
        return (index, diagnostics)
    }

    private init(glossary: Glossary, diagnostics: inout [Diagnostic]) {
        var found: [String: Tag] = [:]
        for (index, term) in glossary.terms.enumerated() {
            for tag in term.frontMatter.tags {
                let slug = Slug.make(from: tag.value)
                guard !slug.isEmpty else {
                    diagnostics.append(Diagnostic(
                        file: term.file.displayPath, line: tag.line, column: tag.column,
                        message: "the tag '\(tag.value)' needs at least one letter or digit"))
                    continue
                }
                if found[slug] == nil { found[slug] = Tag(name: tag.value, slug: slug, terms: []) }
                if found[slug]!.terms.last != index { found[slug]!.terms.append(index) }
            }
        }
        // In the language's order, each key made once.
        tags = found.values.map { (tag: $0, key: glossary.collation.sortKey(title: $0.name, slug: $0.slug)) }
            .sorted { $0.key < $1.key }.map(\.tag)
        bySlug = Dictionary(uniqueKeysWithValues: tags.enumerated().map { ($1.slug, $0) })
    }

    func tag(named name: String) -> Tag? {
        bySlug[Slug.make(from: name)].map { tags[$0] }
    }
}
