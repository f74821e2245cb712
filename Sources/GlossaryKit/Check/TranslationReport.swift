import Foundation

/// `glossary check --translations`: for each language of a multi-language glossary, the
/// default language's terms it has no translation of, and (when the content is in a git
/// repository) the translations last changed before their source.
public struct TranslationReport: Sendable, Equatable {
    /// One language other than the default.
    public struct Language: Sendable, Equatable {
        public var code: String
        public var name: String
        /// Default-language terms without a translation: title and file.
        public var missing: [Entry]
        /// Translations whose last commit is older than their source's.
        public var outdated: [Entry]
    }

    public struct Entry: Sendable, Equatable {
        public var title: String
        public var file: String
        /// For an outdated translation: the source term's file.
        public var source: String? = nil
    }

    public var defaultLanguage: String
    public var languages: [Language]
    /// Whether commit dates were read (the content is in a git repository with git at hand).
    public var usedGit: Bool

    /// Reads the glossary through the build's stages; nil for a single-language glossary.
    /// Without `readsGit` (`--no-git`) translations are not compared by date.
    public static func make(
        contentFolder: String, includeDrafts: Bool = false, jobs: Int = 1, readsGit: Bool = true
    ) throws(DiagnosticsError) -> TranslationReport? {
        var timings = StageTimings()
        let analysis = try Pipeline.analyze(
            BuildOptions(contentFolder: contentFolder, includeDrafts: includeDrafts, jobs: jobs), templates: .none, timings: &timings)
        guard !analysis.editions.isEmpty else { return nil }
        let repository = SourceRepository.locate(contentFolder: contentFolder)
        let dates = readsGit ? GitDates.read(repository) : nil
        func committed(_ term: Term) -> Int? { repository.path(of: term.file).flatMap { dates?.timestamp(of: $0) } }
        let source = analysis.editions[0]
        var languages: [Language] = []
        for (index, edition) in analysis.editions.enumerated().dropFirst() {
            var missing: [Entry] = []
            var outdated: [Entry] = []
            for (termIndex, term) in source.glossary.terms.enumerated() {
                guard let translated = analysis.translations.translations(of: termIndex, in: 0)[index] else {
                    missing.append(Entry(title: term.title, file: term.file.displayPath))
                    continue
                }
                let translation = edition.glossary.terms[translated]
                if let sourceDate = committed(term), let translationDate = committed(translation), translationDate < sourceDate {
                    outdated.append(Entry(title: translation.title, file: translation.file.displayPath, source: term.file.displayPath))
                }
            }
            languages.append(Language(code: edition.edition.code, name: edition.edition.language.name, missing: missing, outdated: outdated))
        }
        return TranslationReport(defaultLanguage: source.edition.code, languages: languages, usedGit: dates != nil)
    }

    /// As text: a heading per language, then its missing and outdated terms.
    public var text: String {
        var out = ""
        for language in languages {
            out += "\(language.name) (\(language.code)): \(language.missing.count) not translated"
                + (usedGit ? ", \(language.outdated.count) older than the source" : "") + "\n"
            for entry in language.missing { out += "  not translated: \(entry.title) (\(entry.file))\n" }
            for entry in language.outdated { out += "  older than \(entry.source ?? ""): \(entry.title) (\(entry.file))\n" }
        }
        if !usedGit { out += "(no git repository: translations were not compared with their sources' dates)\n" }
        return out
    }

    /// As one JSON object, keys sorted.
    public var json: String {
        func entries(_ list: [Entry]) -> String {
            "[" + list.map { entry in
                var fields = #"{"file":"# + JSONText.quoted(entry.file)
                if let source = entry.source { fields += #","source":"# + JSONText.quoted(source) }
                return fields + #","title":"# + JSONText.quoted(entry.title) + "}"
            }.joined(separator: ",") + "]"
        }
        let list = languages.map { language in
            #"{"code":"# + JSONText.quoted(language.code) + #","missing":"# + entries(language.missing) + #","name":"#
                + JSONText.quoted(language.name) + #","outdated":"# + entries(language.outdated) + "}"
        }
        return #"{"default_language":"# + JSONText.quoted(defaultLanguage) + #","git":"# + (usedGit ? "true" : "false")
            + #","languages":["# + list.joined(separator: ",") + "]}\n"
    }
}
