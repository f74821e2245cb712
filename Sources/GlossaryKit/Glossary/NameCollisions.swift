/// Titles and aliases of different terms that are one name to a reader: equal when case,
/// accents and the spaces/hyphens/underscores of references are ignored ("Café" and
/// "cafe", an alias that is another term's title), accents as the glossary's language sees
/// them (in Vietnamese "Ăn" and "An" are two names, in Turkish "Ilık" and "İlik"). A reference to such a name could mean
/// either term, so the build refuses them up front rather than only when one is referenced.
enum NameCollisions {
    private struct Place {
        var term: Int
        var what: String
        var name: Located<String>
    }

    /// One error at each colliding title or alias, naming the other places by
    /// file:line:column. A term may repeat its own names (an alias equal to its title).
    static func diagnostics(_ terms: [Term], collation: Collation) -> [Diagnostic] {
        var places: [String: [Place]] = [:]
        for (index, term) in terms.enumerated() {
            var seen = Set<String>()
            let names = [("title", term.frontMatter.title)] + term.frontMatter.aliases.map { ("alias", $0) }
                + term.frontMatter.deprecatedNames.map { ("deprecated name", $0) }
            for (what, name) in names {
                let key = ReferenceKey.ignoringAccents(name.value, in: collation).normalized
                // Only a term's first place with a name is reported, so a term whose alias
                // repeats its title gets one error, not two.
                guard !key.isEmpty, seen.insert(key).inserted else { continue }
                places[key, default: []].append(Place(term: index, what: what, name: name))
            }
        }
        var diagnostics: [Diagnostic] = []
        for group in places.values where group.count > 1 {
            for place in group {
                let others = group.filter { $0.term != place.term }.map { other in
                    let file = terms[other.term].file.displayPath
                    return "the \(other.what) '\(other.name.value)' at \(file):\(other.name.line):\(other.name.column)"
                }
                diagnostics.append(Diagnostic(
                    file: terms[place.term].file.displayPath, line: place.name.line, column: place.name.column,
                    message: "the \(place.what) '\(place.name.value)' is the same name as "
                        + others.joined(separator: " and ")
                        + " when case and accents are ignored; a reference to it could mean either term"))
            }
        }
        return diagnostics
    }
}
