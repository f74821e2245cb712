import Foundation

/// The order and letter grouping readers of one language expect, as CLDR defines them and
/// ICU implements them: the letters are ICU's `AlphabeticIndex` buckets (ko: ㄱ ㄴ ㄷ …;
/// zh-Hant: 1劃 2劃 …; tr: … C Ç … I İ …), with Latin A–Z added for languages not written in
/// Latin script; the order within a letter is ICU's collator for the language. Titles ICU
/// files before the first letter, between two scripts or after the last (digits, symbols,
/// other scripts) go under "#", listed first.
///
/// Made once per build from the site's `language` and shared by every thread.
public final class Collation: Sendable {
    /// The label of the group for titles that are not filed under one of the letters.
    public static let otherLabel = "#"
    /// The URL name of the "#" group's page.
    public static let otherSlug = "0-9"

    /// English, the default language (`language:` unset).
    public static let english = Collation(language: "en")

    /// The language code as the settings give it.
    public let language: String
    /// The ICU locale ID in use ("ko", "zh_Hant"; "" for the root locale).
    public let locale: String
    /// Why the language's own letters and order could not be used and the root locale's
    /// were; nil when they could.
    public let problem: String?
    /// Letter labels in page order: "#" first, then the index's letters.
    public let labels: [String]
    /// The URL name of each label's page, in the order of `labels`.
    public let labelSlugs: [String]
    private let slugOfLabel: [String: String]
    private let labelOfSlug: [String: String]
    /// For each ICU bucket, its index in `labels` (0, "#", for underflow, inflow, overflow).
    private let groupOfBucket: [Int]
    private let icu: ICUCollation?
    /// The Latin letters with marks this language counts as letters of their own, for
    /// `NameFolding.fold(_:in:)`.
    let ownLetters: OwnLatinLetters

    /// The collation of a BCP 47 code ("ko", "zh-Hant"), matched case-insensitively;
    /// `zh-cn` and `zh-sg` mean zh-Hans, `zh-tw`, `zh-hk` and `zh-mo` zh-Hant. When ICU cannot
    /// use the code, the root locale's letters and order are used and `problem` says why.
    public init(language: String) {
        self.language = language
        let icu = ICUCollation(tag: Self.tag(for: language))
        self.icu = icu
        ownLetters = OwnLatinLetters(icu: icu)
        locale = icu?.locale ?? ""
        problem = icu == nil ? "ICU could not open a collator, even for the root locale" : icu?.problem
        var labels = [Self.otherLabel]
        var groups: [Int] = []
        if let icu {
            for bucket in 0..<icu.bucketCount {
                if icu.kind(ofBucket: bucket) == .letter {
                    groups.append(labels.count)
                    labels.append(icu.label(ofBucket: bucket))
                } else {
                    groups.append(0)
                }
            }
        }
        self.labels = labels
        groupOfBucket = groups
        var slugs: [String] = []
        var taken = Set<String>()
        for label in labels {
            var slug = label == Self.otherLabel ? Self.otherSlug : Self.pathName(icu?.lowercased(label) ?? label.lowercased())
            // Two labels that lowercase alike would share a page: the later one is numbered.
            if taken.contains(slug) {
                var number = 2
                while taken.contains("\(slug)-\(number)") { number += 1 }
                slug = "\(slug)-\(number)"
            }
            taken.insert(slug)
            slugs.append(slug)
        }
        labelSlugs = slugs
        slugOfLabel = Dictionary(zip(labels, slugs), uniquingKeysWith: { first, _ in first })
        labelOfSlug = Dictionary(zip(slugs, labels), uniquingKeysWith: { first, _ in first })
    }

    /// The tag ICU is given: the code with `_` read as `-`, and the Chinese region codes
    /// people write for a script (`zh-cn`) turned into that script.
    static func tag(for language: String) -> String {
        let code = language.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: "_", with: "-")
        switch code.lowercased() {
        case "zh-cn", "zh-sg", "zh-hans-cn", "zh-hans-sg": return "zh-Hans"
        case "zh-tw", "zh-hk", "zh-mo", "zh-hant-tw", "zh-hant-hk", "zh-hant-mo": return "zh-Hant"
        default: return code
        }
    }

    /// A label as one URL path segment: its letters, marks and digits (NFC, as ICU gives
    /// them); anything else, which no CLDR label holds, as `u` and its hex code.
    static func pathName(_ label: String) -> String {
        var name = ""
        for scalar in label.unicodeScalars {
            let kept = scalar.isASCII
                ? ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar)
                : scalar.properties.isAlphabetic || scalar.properties.numericType != nil
                    || scalar.isMark
            if kept { name.unicodeScalars.append(scalar) } else { name += "u" + String(scalar.value, radix: 16) }
        }
        return name.isEmpty ? "u" : name
    }

    /// The label a title is filed under ("P", "ㄱ", or "#"), by its first character that is
    /// not whitespace.
    public func letter(for title: String) -> String {
        labels[group(of: title)]
    }

    /// The index in `labels` of the group a title is filed under.
    func group(of title: String) -> Int {
        guard let icu else { return 0 }
        let start = title.unicodeScalars.firstIndex { !$0.properties.isWhitespace } ?? title.unicodeScalars.endIndex
        let trimmed = start == title.unicodeScalars.startIndex ? title : String(title.unicodeScalars[start...])
        guard !trimmed.isEmpty, let bucket = icu.bucket(of: trimmed), bucket < groupOfBucket.count else { return 0 }
        return groupOfBucket[bucket]
    }

    /// The key a title sorts by; made once per term, then compared with plain `<`.
    public func sortKey(title: String, slug: String) -> SortKey {
        SortKey(group: group(of: title), collation: icu?.sortKey(title) ?? [], exact: title, slug: slug)
    }

    /// Lowercased by the language's rules (Turkish "I" → "ı").
    func lowercased(_ text: String) -> String {
        icu?.lowercased(text) ?? text.lowercased()
    }

    /// The URL name of a letter's page: the label lowercased by the language's rules ("p",
    /// "ㄱ", "ç", "1劃"), or "0-9" for "#".
    public func letterSlug(_ label: String) -> String {
        if let slug = slugOfLabel[label] { return slug }
        return label == Self.otherLabel ? Self.otherSlug : Self.pathName(icu?.lowercased(label) ?? label.lowercased())
    }

    /// The label whose page a URL name names, or nil.
    public func label(forSlug slug: String) -> String? {
        labelOfSlug[slug] ?? labelOfSlug[icu?.lowercased(slug) ?? slug.lowercased()]
    }

    /// A key whose plain `<` is the reading order: the letter group first (pages list terms
    /// group by group, "#" first, so a title filed under "#" whose characters sort after
    /// every letter, "~tilde" or "中文" on an English site, still comes before every "A"
    /// term, or previous/next and the search index would disagree with the letter pages),
    /// then ICU's sort key, then the exact title (code point order), then the slug, so the
    /// order is total and stable.
    public struct SortKey: Comparable, Sendable {
        let group: Int
        let collation: [UInt8]
        let exact: String
        let slug: String

        public static func < (a: SortKey, b: SortKey) -> Bool {
            if a.group != b.group { return a.group < b.group }
            if a.collation != b.collation { return a.collation.lexicographicallyPrecedes(b.collation) }
            if !a.exact.utf8.elementsEqual(b.exact.utf8) { return a.exact.utf8.lexicographicallyPrecedes(b.exact.utf8) }
            return a.slug.utf8.lexicographicallyPrecedes(b.slug.utf8)
        }

        public static func == (a: SortKey, b: SortKey) -> Bool {
            a.group == b.group && a.collation == b.collation && a.exact.utf8.elementsEqual(b.exact.utf8)
                && a.slug.utf8.elementsEqual(b.slug.utf8)
        }
    }
}

extension Collation {
    private final class Shared: @unchecked Sendable {
        let lock = NSLock()
        var byLanguage: [String: Collation] = ["en": .english]
    }

    private static let shared = Shared()

    /// The collation of a language, made once per process and kept: a build, each rebuild
    /// of `serve` and every test site of one language share it (no collator per term).
    public static func forLanguage(_ language: String) -> Collation {
        let key = tag(for: language).lowercased()
        shared.lock.lock()
        defer { shared.lock.unlock() }
        if let known = shared.byLanguage[key] { return known }
        let made = Collation(language: language)
        shared.byLanguage[key] = made
        return made
    }
}
