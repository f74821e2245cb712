/// All terms in reading order, with lookups by name (title, alias, slug) and by file.
public struct Glossary: Sendable {
    /// In A–Z reading order.
    public let terms: [Term]
    /// The letters and order the terms are in (the site language's).
    public let collation: Collation
    private let byName: [ReferenceKey: [Int]]
    private let byPath: [String: Int]

    /// Orders the terms and indexes their names; names shared by several terms are kept
    /// so a reference to one of them is reported as ambiguous.
    public init(terms unordered: [Term], collation: Collation = .english) {
        self.collation = collation
        terms = unordered.sorted { $0.sortKey < $1.sortKey }
        var byName: [ReferenceKey: [Int]] = [:]
        var byPath: [String: Int] = [:]
        for (index, term) in terms.enumerated() {
            byPath[term.file.relativePath] = index
            let names = [term.title, term.slug] + term.frontMatter.aliases.map(\.value)
                + term.frontMatter.deprecatedNames.map(\.value)
            for key in Set(names.map(ReferenceKey.init)) {
                byName[key, default: []].append(index)
            }
        }
        self.byName = byName
        self.byPath = byPath
    }

    /// What a name refers to.
    public enum Lookup: Equatable {
        case term(Int)
        case missing(suggestions: [String])
        case ambiguous(titles: [String])
    }

    /// Finds the term a reference names, matching title, aliases and slug alike.
    public func lookup(name: String) -> Lookup {
        let matches = byName[ReferenceKey(name)] ?? []
        switch matches.count {
        case 1: return .term(matches[0])
        case 0: return .missing(suggestions: suggestions(for: name))
        default: return .ambiguous(titles: matches.map { terms[$0].title })
        }
    }

    /// Whether `name` reaches the term at `index` only through one of its deprecated names
    /// (not its title, slug or an alias): such a reference builds, and `check` warns.
    public func isDeprecatedName(_ name: String, of index: Int) -> Bool {
        let term = terms[index]
        guard !term.frontMatter.deprecatedNames.isEmpty else { return false }
        let key = ReferenceKey(name)
        guard term.frontMatter.deprecatedNames.contains(where: { ReferenceKey($0.value) == key }) else { return false }
        return !([term.title, term.slug] + term.frontMatter.aliases.map(\.value)).contains { ReferenceKey($0) == key }
    }

    /// The term whose file is at this path inside the content folder.
    public func term(atRelativePath path: String) -> Int? {
        byPath[path]
    }

    /// The titles closest to a misspelled name, matched against every title, alias and slug.
    public func suggestions(for name: String) -> [String] {
        var candidates: [(key: String, offer: String)] = []
        for term in terms {
            candidates.append((ReferenceKey(term.title).normalized, term.title))
            candidates.append((ReferenceKey(term.slug).normalized, term.title))
            for alias in term.frontMatter.aliases + term.frontMatter.deprecatedNames {
                candidates.append((ReferenceKey(alias.value).normalized, term.title))
            }
        }
        return Suggestions.closest(to: ReferenceKey(name).normalized, among: candidates)
    }
}
