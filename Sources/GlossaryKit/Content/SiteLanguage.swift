import Foundation

/// One entry of `languages:` in `glossary.yml`: a language the glossary is published in.
/// Its terms live in `Content/<code>/`; the default language is built at the site's root,
/// every other one under `<code>/` (`SitePaths.languageFolder`).
public struct SiteLanguage: Sendable, Equatable {
    /// The BCP 47 code as written (`en`, `zh-Hans`, `pt-br`): the folder name and `hreflang`.
    public var code: String
    /// The language's own name for the switcher (`Deutsch`); default: the code.
    public var name: String
    /// The site title and description in this language; nil: the site-wide ones.
    public var title: String?
    public var description: String?
    /// Where the entry's `code` stands in `glossary.yml`, for diagnostics.
    public var line: Int
    public var column: Int

    public init(code: String, name: String? = nil, title: String? = nil, description: String? = nil, line: Int = 1, column: Int = 1) {
        self.code = code
        self.name = name ?? code
        self.title = title
        self.description = description
        self.line = line
        self.column = column
    }

    /// The code for comparisons: lower case, `_` as `-`, and the Chinese region codes as the
    /// script they mean (`zh-cn` and `zh-hans` are one language, `zh-tw` and `zh-hant` another).
    public static func key(_ code: String) -> String {
        Collation.tag(for: LanguageTag.normalized(code)).lowercased()
    }

    /// Why `code` is no BCP 47 language code, or nil: letters and digits in subtags of 1–8
    /// separated by `-` (`_` read as `-`), the first of 2–3 letters (or `i`/`x` ones).
    public static func codeProblem(_ code: String) -> String? {
        let parts = LanguageTag.normalized(code).split(separator: "-", omittingEmptySubsequences: false)
        guard let first = parts.first, (2...3).contains(first.count), first.allSatisfy({ $0.isASCII && $0.isLetter }) else {
            return "'\(code)' is no BCP 47 language code (such as en, de, pt-BR, zh-Hans)"
        }
        for part in parts.dropFirst() where part.isEmpty || part.count > 8 || !part.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber) }) {
            return "'\(code)' is no BCP 47 language code (such as en, de, pt-BR, zh-Hans)"
        }
        return nil
    }

    /// Whether a content folder's name looks like a language code (`de`, `pt-br`, `zh-Hant`):
    /// a folder so named but not listed is skipped with a warning, not read as terms.
    static func looksLikeCode(_ name: String) -> Bool {
        codeProblem(name) == nil && name.count <= 11 && !name.contains(".")
    }
}
