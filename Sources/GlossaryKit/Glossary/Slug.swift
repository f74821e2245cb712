/// URL names for terms, letters and tags: always one safe path segment.
public enum Slug {
    /// Folds accents, lowercases, keeps ASCII letters and digits and joins the rest with
    /// single hyphens: "Partner-sourced revenue" → "partner-sourced-revenue", "École" → "ecole".
    public static func make(from text: String) -> String {
        var result = ""
        var pendingHyphen = false
        for scalar in Collation.folded(text).unicodeScalars {
            if ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) {
                if pendingHyphen && !result.isEmpty { result.append("-") }
                pendingHyphen = false
                result.unicodeScalars.append(scalar)
            } else {
                pendingHyphen = true
            }
        }
        return result
    }

    // No reserved names: a term's page is always `terms/<slug>/index.html`, so slugs such as
    // `assets`, `tags`, `letters`, `404` or `search-index.json` cannot meet the site's own
    // root-level paths (the bad-input catalogue builds each of them to prove it).

    /// Why an explicit slug cannot be used, or nil when it can: it must be one path segment
    /// of ASCII letters, digits, `-`, `_` or `.`, and neither `.` nor `..`.
    static func problem(with slug: String) -> String? {
        if slug.isEmpty { return "the slug is empty" }
        if slug.hasPrefix(".") { return "the slug '\(slug)' may not start with '.'" }
        let allowed = slug.unicodeScalars.allSatisfy {
            ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0) || "-_.".unicodeScalars.contains($0)
        }
        return allowed ? nil : "the slug '\(slug)' may hold only letters a-z, digits, '-', '_' and '.'"
    }

    /// A slug to offer instead of a refused one: the value made safe, or else the title's.
    static func suggestion(for slug: String, title: String) -> String? {
        let fromValue = make(from: slug)
        let offer = fromValue.isEmpty ? make(from: title) : fromValue
        return offer.isEmpty ? nil : offer
    }
}
