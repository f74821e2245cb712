/// How the pages of one language of a multi-language glossary reach the other languages:
/// the language switcher (to this term in each language, else to that language's index),
/// `<link rel="alternate" hreflang>` for every translation plus `x-default`, and the
/// sitemap's alternates. Nil in the contexts of a single-language site.
package struct LanguageLinks: Sendable {
    /// Every language, the default first.
    var languages: [PublishedLanguage]
    /// The language these pages are in (an index into `languages`; 0 is the default).
    var current: Int
    var translations: TranslationTable
    /// Whether alternates are written as absolute addresses (an absolute `base_url`).
    var absolute: Bool

    /// The page kinds every language has at the same path: their alternates are each other.
    static let sharedKinds: Set<String> = ["index", "tags"]

    /// The page of each language that corresponds to a page of language `from` (its path
    /// below that language's folder): a term's translations, the index, the tags page.
    func counterparts(kind: String, path: String, term: Int?, from: Int) -> [Int: String] {
        if kind == "term", let term {
            var pages: [Int: String] = [:]
            for (language, index) in translations.translations(of: term, in: from) {
                pages[language] = languages[language].glossary.terms[index].path
            }
            // A term only one language has has no alternates.
            return pages.count > 1 ? pages : [:]
        }
        guard Self.sharedKinds.contains(kind) else { return [:] }
        return Dictionary(uniqueKeysWithValues: languages.indices.map { ($0, path) })
    }

    /// `languages`, `has_languages` and `alternates` for a page (`root`: from the page to its
    /// language's root).
    func values(kind: String, path: String?, term: Int?, root: String) -> TemplateObject {
        let pages = path.map { self.counterparts(kind: kind, path: $0, term: term, from: current) } ?? [:]
        let up = root + SitePaths.up(fromLanguageFolder: languages[current].folder)
        let switcher: [TemplateValue] = languages.enumerated().map { index, language in
            let target = pages[index] ?? SitePaths.index
            return [
                "code": .string(language.code), "name": .string(language.name),
                "url": .string(up + SitePaths.href(language.folder + target)),
                "is_current": .bool(index == current), "is_translation": .bool(pages[index] != nil),
            ]
        }
        var alternates: [TemplateValue] = []
        if !pages.isEmpty {
            for (index, language) in languages.enumerated() {
                guard let target = pages[index] else { continue }
                alternates.append(["hreflang": .string(language.code), "url": .string(address(target, in: index, up: up))])
            }
            if let target = pages[0] {
                alternates.append(["hreflang": "x-default", "url": .string(address(target, in: 0, up: up))])
            }
        }
        return TemplateObject(pairs: [
            ("languages", .list(switcher)), ("has_languages", .bool(languages.count > 1)),
            ("alternates", .list(alternates)), ("language_name", .string(languages[current].name)),
        ])
    }

    /// A page of a language as an alternate: absolute with an absolute `base_url`, else
    /// relative to the page.
    func address(_ page: String, in language: Int, up: String) -> String {
        if absolute, let url = Publishing.canonical(languages[language].settings, folder: SitePaths.folder(ofPage: page)) {
            return url
        }
        return up + SitePaths.href(languages[language].folder + page)
    }
}
