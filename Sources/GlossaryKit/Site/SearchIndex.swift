import Foundation

/// `search-index.json`: one record per term, in reading order, for the search box.
///
/// Schema (version 1): `{"language", "version": 1, "terms": [{"title", "aliases", "url",
/// "letter", "part_of_speech", "tags", "description"}]}`, and "deprecated_names" for a term
/// that has some; `url` is relative to the site
/// root; `language` is the BCP 47 code of the terms' language (as `<html lang>` has it),
/// which search.js folds case and accents by, so one index per language carries its own
/// rules (the text itself stays as written: folding in the browser costs no bytes). Keys
/// are written in sorted order, so the file is byte-stable; written by hand because
/// JSONEncoder took a tenth of a second at 10,000 terms for this flat shape.
enum SearchIndex {
    static func encode(_ glossary: Glossary, _ linked: [LinkedTerm], language: String) -> Data {
        var out: [UInt8] = []
        out.reserveCapacity(glossary.terms.count * 400)
        out.append(contentsOf: #"{"language":"#.utf8)
        JSONText.appendString(language, to: &out)
        out.append(contentsOf: #","terms":["#.utf8)
        for (index, term) in glossary.terms.enumerated() {
            if index > 0 { out.append(UInt8(ascii: ",")) }
            out.append(contentsOf: #"{"aliases":"#.utf8)
            JSONText.appendArray(term.frontMatter.aliases.map(\.value), to: &out)
            if !term.frontMatter.deprecatedNames.isEmpty {
                out.append(contentsOf: #","deprecated_names":"#.utf8)
                JSONText.appendArray(term.frontMatter.deprecatedNames.map(\.value), to: &out)
            }
            out.append(contentsOf: #","description":"#.utf8)
            JSONText.appendString(linked[index].description, to: &out)
            out.append(contentsOf: #","letter":"#.utf8)
            JSONText.appendString(term.letter, to: &out)
            out.append(contentsOf: #","part_of_speech":"#.utf8)
            JSONText.appendString(term.frontMatter.partOfSpeech ?? "", to: &out)
            out.append(contentsOf: #","tags":"#.utf8)
            JSONText.appendArray(term.frontMatter.tags.map(\.value), to: &out)
            out.append(contentsOf: #","title":"#.utf8)
            JSONText.appendString(term.title, to: &out)
            out.append(contentsOf: #","url":"#.utf8)
            JSONText.appendString(term.href, to: &out)
            out.append(UInt8(ascii: "}"))
        }
        out.append(contentsOf: #"],"version":1}"#.utf8)
        return Data(out)
    }
}
