import Foundation

/// URL names for terms, letters and tags: always one safe path segment, in any script.
///
/// A slug keeps the letters, marks and digits of every script, folded as names are
/// (`NameFolding`: lowercased; Latin accents dropped, so "École" → "ecole" as before), and
/// joins the rest with single hyphens: "Partner-sourced revenue" → "partner-sourced-revenue",
/// "Кошка" → "кошка", "컨테이너" → "컨테이너". It is NFC; on disk it is a UTF-8 file name, in
/// links it is percent-encoded (`SitePaths.href`).
public enum Slug {
    public static func make(from text: String) -> String {
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return makeASCII(NameFolding.fold(text)) }
        var result = ""
        var pendingHyphen = false
        for character in NameFolding.fold(text) {
            if isWordCharacter(character) {
                if pendingHyphen && !result.isEmpty { result.append("-") }
                pendingHyphen = false
                result.append(character)
            } else {
                pendingHyphen = true
            }
        }
        return result
    }

    /// A letter (of any script, with its marks) or a digit; ASCII only a–z, 0–9 once folded.
    /// A mark with no letter before it (after a line break, say) is no letter: kept, it
    /// would join the hyphen before it into one character, and the slug of the slug would
    /// differ (found by the slug property tests).
    /// A character that also holds something else (a tag character, a joiner, an emoji
    /// modifier) is none either, so every slug passes `problem(with:)`.
    static func isWordCharacter(_ character: Character) -> Bool {
        guard let first = character.unicodeScalars.first else { return false }
        if first.isASCII {
            return character.unicodeScalars.count == 1 && (("a"..."z").contains(first) || ("0"..."9").contains(first))
        }
        switch first.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return false
        default:
            return character.unicodeScalars.allSatisfy {
                $0.properties.isAlphabetic || $0.properties.numericType != nil || $0.isMark
            }
        }
    }

    /// The ASCII path: keeps a–z and 0–9 (the input is already lowercased).
    private static func makeASCII(_ folded: String) -> String {
        var result = ""
        var pendingHyphen = false
        for scalar in folded.unicodeScalars {
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
    /// of letters (any script, with their marks), digits, `-`, `_` or `.`, and neither `.`
    /// nor `..`.
    static func problem(with slug: String) -> String? {
        if slug.isEmpty { return "the slug is empty" }
        if slug.hasPrefix(".") { return "the slug '\(slug)' may not start with '.'" }
        let allowed = slug.unicodeScalars.allSatisfy {
            $0.isASCII
                ? ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0) || "-_.".unicodeScalars.contains($0)
                : $0.properties.isAlphabetic || $0.properties.numericType != nil || $0.isMark
        }
        return allowed ? nil : "the slug '\(slug)' may hold only letters, digits, '-', '_' and '.'"
    }

    /// A slug to offer instead of a refused one: the value made safe, or else the title's.
    static func suggestion(for slug: String, title: String) -> String? {
        let fromValue = make(from: slug)
        let offer = fromValue.isEmpty ? make(from: title) : fromValue
        return offer.isEmpty ? nil : offer
    }
}
