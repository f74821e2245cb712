import Foundation

/// What the interface needs to know of a BCP 47 language code (`de`, `pt-BR`, `zh-TW`,
/// `ar`): its spelling for look-ups, the languages to fall back to, and its direction.
/// Codes are matched case-insensitively, `_` read as `-`.
public enum LanguageTag {
    /// Lower case, `_` as `-`, spaces trimmed: `pt_BR` → `pt-br`.
    public static func normalized(_ code: String) -> String {
        code.trimmingCharacters(in: .whitespaces).lowercased().replacingOccurrences(of: "_", with: "-")
    }

    /// The language subtag, with deprecated codes read as their current ones (`iw` → `he`).
    public static func primary(_ code: String) -> String {
        let first = normalized(code).split(separator: "-").first.map(String.init) ?? ""
        return replaced[first] ?? first
    }

    private static let replaced = ["iw": "he", "in": "id", "ji": "yi", "jw": "jv", "mo": "ro"]

    /// The codes to look strings up under, most specific first, ending with `en`:
    /// `pt-br` → `pt-br`, `pt`, `en`; `zh-tw` → `zh-tw`, `zh-hant`, `en`; `zh-cn` and `zh`
    /// → …, `zh-hans`, `en`. Chinese never falls back to plain `zh`: without a script it
    /// means Simplified, which a Traditional reader should not get.
    public static func fallbacks(_ code: String) -> [String] {
        let code = normalized(code)
        var parts = code.split(separator: "-").map(String.init)
        guard !parts.isEmpty else { return ["en"] }
        parts[0] = primary(parts[0])
        var chain: [String] = []
        func add(_ tag: String) { if !tag.isEmpty, !chain.contains(tag) { chain.append(tag) } }
        add(code)
        if parts[0] == "zh" {
            let script = chineseScript(parts)
            let region = parts.dropFirst().first { $0.count == 2 || ($0.count == 3 && $0.allSatisfy(\.isNumber)) }
            if let region { add("zh-\(script)-\(region)") }
            add("zh-\(script)")
        } else {
            while !parts.isEmpty {
                add(parts.joined(separator: "-"))
                parts.removeLast()
            }
        }
        add("en")
        return chain
    }

    /// `hant` for Traditional Chinese (said, or implied by Taiwan, Hong Kong or Macau),
    /// else `hans`.
    private static func chineseScript(_ parts: [String]) -> String {
        let rest = parts.dropFirst()
        if rest.contains("hant") { return "hant" }
        if rest.contains("hans") { return "hans" }
        return rest.contains(where: { ["tw", "hk", "mo"].contains($0) }) ? "hant" : "hans"
    }

    /// `rtl` for a language written right to left, else `ltr`: a script subtag decides
    /// (`az-Arab` is rtl, `ku-Latn` ltr), else the language's usual script.
    public static func direction(_ code: String) -> String {
        isRightToLeft(code) ? "rtl" : "ltr"
    }

    public static func isRightToLeft(_ code: String) -> Bool {
        let parts = normalized(code).split(separator: "-").map(String.init)
        if let script = parts.dropFirst().first(where: { $0.count == 4 && $0.allSatisfy(\.isLetter) }) {
            return rightToLeftScripts.contains(script)
        }
        return rightToLeftLanguages.contains(primary(code))
    }

    /// Scripts written right to left (ISO 15924): Arabic, Hebrew, Thaana, Syriac, N'Ko,
    /// Adlam, Hanifi Rohingya, Samaritan, Mandaic, Old Persian... the ones in use today.
    private static let rightToLeftScripts: Set<String> = [
        "arab", "aran", "hebr", "thaa", "syrc", "nkoo", "adlm", "rohg", "samr", "mand", "mend", "yezi",
    ]

    /// Languages whose usual script is one of those: Arabic, Hebrew, Persian and Dari, Urdu,
    /// Pashto, Sindhi, Uyghur, Yiddish, Dhivehi, Central Kurdish, Syriac, Kashmiri, Western
    /// Punjabi, Balochi, Mazanderani, Gilaki, Northern Luri, South Azerbaijani, N'Ko.
    private static let rightToLeftLanguages: Set<String> = [
        "ar", "he", "fa", "prs", "ur", "ps", "sd", "ug", "yi", "dv", "ckb", "syr", "ks", "pnb", "bal", "mzn", "glk",
        "lrc", "azb", "nqo", "arc",
    ]
}
