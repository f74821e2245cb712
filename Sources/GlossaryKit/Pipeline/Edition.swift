/// One language of a multi-language glossary as the stages see it: its entry in
/// `languages:`, the folder it is published in and the settings it is built with.
package struct Edition: Sendable {
    package var language: SiteLanguage
    /// `""` for the default language, else `SitePaths.languageFolder(code)` (`de/`).
    package var folder: String
    package var isDefault: Bool
    /// The site's settings for this language (`SiteSettings.edition`).
    package var settings: SiteSettings

    package var code: String { language.code }

    /// Every edition of a multi-language site, the default first; empty for one language.
    static func all(_ settings: SiteSettings) -> [Edition] {
        settings.languages.enumerated().map { index, language in
            Edition(
                language: language, folder: index == 0 ? "" : SitePaths.languageFolder(language.code), isDefault: index == 0,
                settings: settings.edition(language, isDefault: index == 0))
        }
    }

    /// The way from this edition's root up to the site root (`""` or `../`).
    var up: String { SitePaths.up(fromLanguageFolder: folder) }
}

/// One language's terms after the load stage.
package struct LoadedEdition {
    package var edition: Edition
    package var files: [SourceFile]
    /// The language's folder the files were read from (`Content/de`), the key of their
    /// `StageCache` entry; `""` when the language has no folder yet.
    package var folder: String
    package var collation: Collation
    /// The language's `_index.md`, the intro of its index page.
    package var intro: TermSource? = nil
}

/// One language of a multi-language glossary, read, checked and linked.
package struct EditionAnalysis {
    package var edition: Edition
    package var glossary: Glossary
    package var linked: [LinkedTerm]
    package var tags: TagIndex
    /// Its index page's intro, rendered.
    package var intro: RenderedBody? = nil
}

/// Which terms of the editions are translations of one another: by `translation_key:`,
/// else by the file's path below its language folder without `.md`.
package struct TranslationTable: Sendable {
    /// Translation key → edition index → term index in that edition's glossary.
    private(set) var groups: [String: [Int: Int]] = [:]
    /// Edition index → term index → its key.
    private(set) var keys: [[String]] = []

    init(_ glossaries: [Glossary]) {
        for (edition, glossary) in glossaries.enumerated() {
            var editionKeys: [String] = []
            for (index, term) in glossary.terms.enumerated() {
                let key = Self.key(of: term)
                editionKeys.append(key)
                if groups[key, default: [:]][edition] == nil { groups[key, default: [:]][edition] = index }
            }
            keys.append(editionKeys)
        }
    }

    static func key(of term: Term) -> String {
        // One namespace: `translation_key: food/water` joins the files at `food/water.md`.
        if let key = term.frontMatter.translationKey?.value.trimmingCharacters(in: .whitespaces), !key.isEmpty {
            return key.hasSuffix(".md") ? String(key.dropLast(3)) : key
        }
        let path = term.file.relativePath
        return path.hasSuffix(".md") ? String(path.dropLast(3)) : path
    }

    /// The term of `edition` that translates term `index` of edition `from`, by edition.
    func translations(of index: Int, in from: Int) -> [Int: Int] {
        guard from < keys.count, index < keys[from].count else { return [:] }
        return groups[keys[from][index]] ?? [:]
    }
}
