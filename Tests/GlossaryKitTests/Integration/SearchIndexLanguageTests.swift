import Foundation
import Testing
@testable import GlossaryKit

/// Issue 14, search in any script: the built `search-index.json` names the language its
/// terms are in (search.js folds case and accents by it), and adds nothing else: the text
/// stays as written, so an English index grows by `"language":"en",` only.
@Suite("Search index language")
struct SearchIndexLanguageTests {
    static func index(_ output: String) throws -> [String: Any] {
        let data = try Data(contentsOf: URL(fileURLWithPath: output + "/search-index.json"))
        return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    @Test(arguments: LanguageSitesTests.sites)
    func indexCarriesTheSiteLanguage(site: LanguageSitesTests.Site) throws {
        let (folder, output) = try LanguageSitesTests.build(site)
        _ = folder
        let document = try Self.index(output)
        #expect(document["language"] as? String == site.code)
        #expect(Set(document.keys) == ["language", "terms", "version"])
        #expect(document["version"] as? Int == 1)
        // Records keep the titles as written (no folded copies, no bigrams).
        let records = try #require(document["terms"] as? [[String: Any]])
        #expect(Set(records.compactMap { $0["title"] as? String }) == Set(site.titles))
        for record in records {
            #expect(Set(record.keys) == ["aliases", "description", "letter", "part_of_speech", "tags", "title", "url"])
        }
        // The same code as the pages' <html lang>, which search.js falls back to.
        let html = try String(contentsOfFile: output + "/index.html", encoding: .utf8)
        #expect(html.contains("<html lang=\"\(site.code)\""))
    }

    @Test func indexWithoutALanguageSettingIsEnglish() throws {
        let folder = try TemporaryFolder()
        let content = try folder.write([
            "glossary.yml": "title: Plain glossary\n",
            "apple.md": "---\ntitle: Apple\n---\nA fruit.\n",
        ], under: "Content")
        let output = folder.child("Output")
        _ = try SiteBuilder.buildAndWrite(
            BuildOptions(contentFolder: content, templatesFolder: TestPaths.templates, outputFolder: output))
        let data = try Data(contentsOf: URL(fileURLWithPath: output + "/search-index.json"))
        let text = try #require(String(data: data, encoding: .utf8))
        #expect(text.hasPrefix(#"{"language":"en","terms":[{"aliases":[],"description":"A fruit.","#))
        #expect(text.hasSuffix(#"],"version":1}"#))
    }
}
