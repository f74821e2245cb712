/// The CLDR plural category of a whole number in a language: which form of a counted
/// string ("1 term", "2 terms"; Russian "1 термин", "3 термина", "5 терминов") to use.
///
/// A stand-in: a small table of CLDR's plural rules (cardinals, integers only, CLDR 42 as in
/// ICU 72) for the theme's languages and a few close relatives. It is to be replaced by
/// ICU's `uplrules_select` once the ICU wrapper lands; callers only ever see `of(_:language:)`.
/// Rules from https://www.unicode.org/cldr/charts/42/supplemental/language_plural_rules.html
/// (for integers `n = i` and `v = 0`, so the fraction-only parts drop out).
public enum PluralCategory {
    /// The categories a counted string may give, in CLDR's order.
    public static let all = ["zero", "one", "two", "few", "many", "other"]

    /// `zero`, `one`, `two`, `few`, `many` or `other` for `count` in `language` (a BCP 47
    /// code, any case; only its language subtag matters, but for `pt-PT`).
    public static func of(_ count: Int, language: String) -> String {
        let code = LanguageTag.normalized(language)
        let n = count.magnitude
        switch LanguageTag.primary(code) {
        case "pt" where code == "pt-pt" || code.hasPrefix("pt-pt-"):
            // European Portuguese: one is 1 only (Brazilian: 0 and 1); many as below.
            return n == 1 ? "one" : millions(n)
        case "pt", "fr":
            // one: i = 0,1. many: i != 0 and i % 1000000 = 0 (CLDR 42 added it for the
            // "1 million de ..." construction).
            return n <= 1 ? "one" : millions(n)
        case "es", "it", "ca":
            // one: n = 1. many: i != 0 and i % 1000000 = 0.
            return n == 1 ? "one" : millions(n)
        case "en", "de", "nl", "sv", "da", "nb", "nn", "no", "fi", "et", "el", "bg", "hu", "tr", "ur", "sw", "ta", "te",
            "ml", "mr", "ne", "az", "ka", "kk", "uz", "ky", "mn", "eu", "gl", "sq", "af", "ps", "sd", "ug", "ckb":
            // one: i = 1 and v = 0 (tr, ur and the others: n = 1).
            return n == 1 ? "one" : "other"
        case "hi", "bn", "fa", "gu", "kn", "am", "zu", "as", "pa":
            // one: i = 0 or n = 1.
            return n <= 1 ? "one" : "other"
        case "ru", "uk", "be":
            // one: i % 10 = 1 and i % 100 != 11; few: i % 10 = 2..4 and i % 100 != 12..14;
            // many: the rest of the integers (other is for fractions).
            let (d10, d100) = (n % 10, n % 100)
            if d10 == 1 && d100 != 11 { return "one" }
            if (2...4).contains(d10) && !(12...14).contains(d100) { return "few" }
            return "many"
        case "pl":
            // one: i = 1; few: i % 10 = 2..4 and i % 100 != 12..14; many: the other integers.
            if n == 1 { return "one" }
            let (d10, d100) = (n % 10, n % 100)
            return (2...4).contains(d10) && !(12...14).contains(d100) ? "few" : "many"
        case "cs", "sk":
            // one: i = 1; few: i = 2..4; many is for fractions only.
            return n == 1 ? "one" : (2...4).contains(n) ? "few" : "other"
        case "ar":
            // zero: n = 0; one: n = 1; two: n = 2; few: n % 100 = 3..10; many: n % 100 = 11..99.
            switch n {
            case 0: return "zero"
            case 1: return "one"
            case 2: return "two"
            default:
                let d100 = n % 100
                if (3...10).contains(d100) { return "few" }
                if (11...99).contains(d100) { return "many" }
                return "other"
            }
        case "he", "iw":
            // one: i = 1 and v = 0; two: i = 2 and v = 0 (CLDR 42 dropped Hebrew's "many").
            return n == 1 ? "one" : n == 2 ? "two" : "other"
        case "vi", "zh", "ja", "ko", "th", "id", "ms", "lo", "my", "km", "yue", "jv", "su":
            // No plural forms.
            return "other"
        default:
            // Unknown to this table: English's rule, the commonest.
            return n == 1 ? "one" : "other"
        }
    }

    /// `many` for a nonzero multiple of a million, else `other`.
    private static func millions(_ n: UInt) -> String {
        n != 0 && n % 1_000_000 == 0 ? "many" : "other"
    }
}
