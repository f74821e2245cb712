import Foundation

/// One term as `glossary export` writes it and `glossary import` reads it back: every field
/// of the term-file contract, the body as Markdown (split at `## Example`) and as HTML.
public struct ExportRecord: Sendable, Equatable, Codable {
    /// A `related` entry: a term by name, or a page outside the glossary.
    public enum Related: Sendable, Equatable, Codable {
        case term(String)
        case external(title: String, url: String)

        private enum Keys: String, CodingKey { case title, url }

        public init(from decoder: any Decoder) throws {
            if let name = try? decoder.singleValueContainer().decode(String.self) {
                self = .term(name)
                return
            }
            let container = try decoder.container(keyedBy: Keys.self)
            let url = try container.decode(String.self, forKey: .url)
            self = .external(title: try container.decodeIfPresent(String.self, forKey: .title) ?? url, url: url)
        }

        public func encode(to encoder: any Encoder) throws {
            switch self {
            case .term(let name):
                var container = encoder.singleValueContainer()
                try container.encode(name)
            case .external(let title, let url):
                var container = encoder.container(keyedBy: Keys.self)
                try container.encode(title, forKey: .title)
                try container.encode(url, forKey: .url)
            }
        }
    }

    /// A front-matter field the contract does not know, as templates see it (`term.extra[]`).
    public struct Extra: Sendable, Equatable, Codable {
        public var key: String
        public var value: String
        public init(key: String, value: String) {
            self.key = key
            self.value = value
        }
    }

    /// The file's path inside the content folder, `/`-separated (`p/prm-tools.md`); in a
    /// glossary of several languages, inside its language's folder (`animals/cat.md`).
    public var path: String
    /// A glossary of several languages only (nil otherwise, and then not written): the
    /// language's code as `languages:` spells it (`de`, `zh-Hans`).
    public var language: String?
    /// A glossary of several languages only: the key that ties the term to its translations
    /// (`translation_key:`, else the path without `.md`), so records of one term share it.
    public var translationKey: String?
    /// Only when the front matter sets it.
    public var slug: String?
    public var title: String
    public var aliases: [String] = []
    /// `""` when not given.
    public var partOfSpeech: String = ""
    public var tags: [String] = []
    public var seeAlso: [String] = []
    public var related: [Related] = []
    /// Only when the front matter sets it.
    public var description: String?
    public var draft = false
    /// The Markdown before the `## Example` heading.
    public var definition: String
    /// The Markdown of the example section without its heading; `""` when there is none.
    public var example: String = ""
    /// Export only: the effective description (the front matter's, else the first paragraph).
    public var summary: String = ""
    /// Export only: the definition as HTML, references rewritten to page links.
    public var bodyHTML: String = ""
    /// Export only: the example section as HTML.
    public var exampleHTML: String = ""
    /// Unknown front-matter fields in file order.
    public var extra: [Extra] = []

    public init(path: String, title: String, definition: String) {
        self.path = path
        self.title = title
        self.definition = definition
    }

    enum CodingKeys: String, CodingKey, CaseIterable {
        case path
        case language
        case translationKey = "translation_key"
        case slug, title, aliases
        case partOfSpeech = "part_of_speech"
        case tags
        case seeAlso = "see_also"
        case related, description, draft, definition, example, summary
        case bodyHTML = "body_html"
        case exampleHTML = "example_html"
        case extra
    }

    /// Every key written, `null` included, so each record shows every field.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(path, forKey: .path)
        // Only in a glossary of several languages, so a single-language export is as before.
        try c.encodeIfPresent(language, forKey: .language)
        try c.encodeIfPresent(translationKey, forKey: .translationKey)
        try c.encode(slug, forKey: .slug)
        try c.encode(title, forKey: .title)
        try c.encode(aliases, forKey: .aliases)
        try c.encode(partOfSpeech, forKey: .partOfSpeech)
        try c.encode(tags, forKey: .tags)
        try c.encode(seeAlso, forKey: .seeAlso)
        try c.encode(related, forKey: .related)
        try c.encode(description, forKey: .description)
        try c.encode(draft, forKey: .draft)
        try c.encode(definition, forKey: .definition)
        try c.encode(example, forKey: .example)
        try c.encode(summary, forKey: .summary)
        try c.encode(bodyHTML, forKey: .bodyHTML)
        try c.encode(exampleHTML, forKey: .exampleHTML)
        try c.encode(extra, forKey: .extra)
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        path = try c.decode(String.self, forKey: .path)
        title = try c.decode(String.self, forKey: .title)
        definition = try c.decode(String.self, forKey: .definition)
        language = try c.decodeIfPresent(String.self, forKey: .language)
        translationKey = try c.decodeIfPresent(String.self, forKey: .translationKey)
        slug = try c.decodeIfPresent(String.self, forKey: .slug)
        aliases = try c.decodeIfPresent([String].self, forKey: .aliases) ?? []
        partOfSpeech = try c.decodeIfPresent(String.self, forKey: .partOfSpeech) ?? ""
        tags = try c.decodeIfPresent([String].self, forKey: .tags) ?? []
        seeAlso = try c.decodeIfPresent([String].self, forKey: .seeAlso) ?? []
        related = try c.decodeIfPresent([Related].self, forKey: .related) ?? []
        description = try c.decodeIfPresent(String.self, forKey: .description)
        draft = try c.decodeIfPresent(Bool.self, forKey: .draft) ?? false
        example = try c.decodeIfPresent(String.self, forKey: .example) ?? ""
        summary = try c.decodeIfPresent(String.self, forKey: .summary) ?? ""
        bodyHTML = try c.decodeIfPresent(String.self, forKey: .bodyHTML) ?? ""
        exampleHTML = try c.decodeIfPresent(String.self, forKey: .exampleHTML) ?? ""
        extra = try c.decodeIfPresent([Extra].self, forKey: .extra) ?? []
    }
}

/// The whole JSON document `glossary export --format json` writes (schema version 1).
public struct ExportDocument: Sendable, Equatable, Codable {
    public struct Site: Sendable, Equatable, Codable {
        /// One entry of `languages:` in a glossary of several languages.
        public struct Language: Sendable, Equatable, Codable {
            public var code: String
            public var name: String
            /// This language's title and description; nil: the site's.
            public var title: String?
            public var description: String?

            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: CodingKeys.self)
                try c.encode(code, forKey: .code)
                try c.encode(name, forKey: .name)
                try c.encode(title, forKey: .title)
                try c.encode(description, forKey: .description)
            }
        }

        public var title: String
        public var description: String
        public var baseURL: String
        public var language: String
        public var allowRawHTML: Bool
        /// The tag list of `glossary.yml`, when it has one.
        public var tags: [String]?
        /// A glossary of several languages only (then `language` is the default one): every
        /// language, the default first; nil otherwise, and then not written.
        public var languages: [Language]?

        enum CodingKeys: String, CodingKey {
            case title, description, language, tags, languages
            case baseURL = "base_url"
            case allowRawHTML = "allow_raw_html"
        }

        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(title, forKey: .title)
            try c.encode(description, forKey: .description)
            try c.encode(baseURL, forKey: .baseURL)
            try c.encode(language, forKey: .language)
            try c.encode(allowRawHTML, forKey: .allowRawHTML)
            try c.encode(tags, forKey: .tags)
            try c.encodeIfPresent(languages, forKey: .languages)
        }
    }

    public static let schemaName = "glossary-export"
    public static let currentVersion = 1

    public var schema: String = ExportDocument.schemaName
    public var version: Int = ExportDocument.currentVersion
    public var site: Site
    public var terms: [ExportRecord]
}
