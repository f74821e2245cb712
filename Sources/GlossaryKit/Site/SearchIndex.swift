import Foundation

/// `search-index.json`: one record per term, in reading order, for the search box.
///
/// Schema (version 1): `{"version": 1, "terms": [{"title", "aliases", "url", "letter",
/// "part_of_speech", "tags", "description"}]}`; `url` is relative to the site root.
enum SearchIndex {
    struct Record: Encodable {
        var title: String
        var aliases: [String]
        var url: String
        var letter: String
        var part_of_speech: String
        var tags: [String]
        var description: String
    }

    struct Document: Encodable {
        var version = 1
        var terms: [Record]
    }

    static func encode(_ glossary: Glossary, _ linked: [LinkedTerm]) throws -> Data {
        let records = glossary.terms.indices.map { index in
            let term = glossary.terms[index]
            return Record(
                title: term.title,
                aliases: term.frontMatter.aliases.map(\.value),
                url: term.path,
                letter: term.letter,
                part_of_speech: term.frontMatter.partOfSpeech ?? "",
                tags: term.frontMatter.tags.map(\.value),
                description: linked[index].description)
        }
        let encoder = JSONEncoder()
        // Sorted keys make the file byte-stable; slashes need no escaping outside <script>.
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(Document(terms: records))
    }
}
