import Foundation

/// The order and letter grouping readers expect: case- and accent-insensitive, so "PRM tools"
/// sorts among the "Pr…" terms and "École" files under E; digits and symbols go under "#".
public enum Collation {
    /// The label of the group for titles that do not start with a letter A–Z.
    public static let otherLabel = "#"

    /// Lowercased with diacritics removed; the basis of sorting, letters and slugs.
    public static func folded(_ text: String) -> String {
        // Plain ASCII needs only lowercasing; Foundation's folding costs far more.
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return text.lowercased() }
        let folded = text.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
            .lowercased()
        guard folded.unicodeScalars.contains(where: { $0.value >= 0xC0 }) else { return folded }
        return String(folded.flatMap { letterTransliterations[$0] ?? String($0) })
    }

    /// Latin letters that are not a base letter plus a diacritic, so folding leaves them
    /// alone; readers still look for "Øl" under O and "Æble" under A.
    static let letterTransliterations: [Character: String] = [
        "ø": "o", "æ": "ae", "œ": "oe", "ß": "ss", "ł": "l", "đ": "d", "ð": "d", "þ": "th", "ı": "i", "ħ": "h",
    ]

    /// The A–Z letter (uppercase) a title is filed under, or "#".
    public static func letter(for title: String) -> String {
        allLabels[group(folded: folded(title))]
    }

    /// The index in `allLabels` of the group a folded title is filed under: 0 for "#",
    /// 1–26 for A–Z, by its first letter that is not whitespace.
    static func group(folded: String) -> Int {
        guard let first = folded.unicodeScalars.first(where: { !$0.properties.isWhitespace }),
              ("a"..."z").contains(first)
        else { return 0 }
        return Int(first.value - UnicodeScalar("a").value) + 1
    }

    /// A key whose plain `<` is the reading order; ties between equal folded titles fall
    /// back to the exact title and then the slug, so the order is total and stable.
    ///
    /// The letter group comes first: pages list terms group by group ("#" first), so a title
    /// filed under "#" whose characters sort after "z" ("~tilde", "中文", "{x}") must still
    /// come before every "A" term, or previous/next and the search index would disagree
    /// with the A–Z pages (found by the collation property tests).
    public struct SortKey: Comparable, Sendable {
        let group: Int
        let folded: [UInt32]
        let exact: [UInt32]
        let slug: String

        public init(title: String, slug: String) {
            let foldedTitle = Collation.folded(title)
            group = Collation.group(folded: foldedTitle)
            folded = foldedTitle.unicodeScalars.map(\.value)
            exact = title.unicodeScalars.map(\.value)
            self.slug = slug
        }

        public static func < (a: SortKey, b: SortKey) -> Bool {
            if a.group != b.group { return a.group < b.group }
            if a.folded != b.folded { return a.folded.lexicographicallyPrecedes(b.folded) }
            if a.exact != b.exact { return a.exact.lexicographicallyPrecedes(b.exact) }
            return a.slug < b.slug
        }
    }

    /// Letter labels in page order: "#" first (digits sort before letters), then A to Z.
    public static let allLabels: [String] = [otherLabel] + (UInt8(ascii: "A")...UInt8(ascii: "Z")).map {
        String(UnicodeScalar($0))
    }

    /// The URL name of a letter's page: "p", or "0-9" for "#".
    public static func letterSlug(_ label: String) -> String {
        label == otherLabel ? "0-9" : label.lowercased()
    }
}
