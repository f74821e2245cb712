/// Finds the names closest to a misspelled one, for "did you mean" hints.
enum Suggestions {
    /// Up to `limit` candidates within a distance that scales with the name's length,
    /// closest first, ties broken alphabetically so output stays deterministic.
    /// Each candidate is matched by its `key` (a name as typed, e.g. an alias) and offered
    /// as its `offer` (e.g. the title of the term the alias belongs to).
    static func closest(
        to name: String, among candidates: [(key: String, offer: String)], limit: Int = 3
    ) -> [String] {
        let needle = Array(name.lowercased().unicodeScalars)
        let allowed = max(2, needle.count / 3)
        var best: [String: Int] = [:]
        for candidate in candidates {
            let distance = editDistance(needle, Array(candidate.key.lowercased().unicodeScalars), cap: allowed)
            if distance <= allowed, distance < best[candidate.offer, default: Int.max] {
                best[candidate.offer] = distance
            }
        }
        let ranked = best.sorted { ($0.value, $0.key.lowercased(), $0.key) < ($1.value, $1.key.lowercased(), $1.key) }
        return ranked.prefix(limit).map(\.key)
    }

    /// Levenshtein distance, giving up early once every path exceeds `cap`.
    static func editDistance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar], cap: Int) -> Int {
        if abs(a.count - b.count) > cap { return cap + 1 }
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            var rowMinimum = current[0]
            for j in 1...b.count {
                let substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
                current[j] = min(substitution, previous[j] + 1, current[j - 1] + 1)
                rowMinimum = min(rowMinimum, current[j])
            }
            if rowMinimum > cap { return cap + 1 }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
