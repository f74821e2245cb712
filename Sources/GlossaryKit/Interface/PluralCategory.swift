/// The CLDR plural category of a whole number in a language: which form of a counted
/// string ("1 term", "2 terms"; Russian "1 термин", "3 термина", "5 терминов") to use.
///
/// CLDR's plural rules as ICU implements them (`ICUPluralRules`; ICU 72 carries CLDR 42),
/// the same rules the theme's scripts get from the browser's `Intl.PluralRules`.
public enum PluralCategory {
    /// The categories a counted string may give, in CLDR's order.
    public static let all = ["zero", "one", "two", "few", "many", "other"]

    /// `zero`, `one`, `two`, `few`, `many` or `other` for `count` in `language` (a BCP 47
    /// code, any case). A language CLDR does not know gets ICU's root rules (every number
    /// "other"); if ICU cannot open rules at all, English's rule.
    public static func of(_ count: Int, language: String) -> String {
        let code = LanguageTag.normalized(language)
        guard let rules = ICUPluralRules.forLanguage(code.isEmpty ? "en" : code) else {
            return count.magnitude == 1 ? "one" : "other"
        }
        return rules.category(of: count)
    }
}
