import Foundation
import Testing
@testable import GlossaryKit

/// `glossary export` of a glossary in several languages (`Fixtures/multi-language`): every
/// language's terms, each record with its language and translation key; a single-language
/// export stays without those fields (`ExchangeTests`).
@Suite struct MultiLanguageExportTests {
    static let fixture = MultiLanguageSiteTests.fixture

    @Test func jsonExportHasEveryLanguageAndTheKeysThatTieTranslations() throws {
        let run = try CommandRun.glossary(["export", "--format", "json", "--content", Self.fixture])
        #expect(run.status == 0, "\(run.standardError)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(run.standardOutput.utf8)) as? [String: Any])
        let site = try #require(json["site"] as? [String: Any])
        #expect(site["language"] as? String == "en")
        #expect(site["title"] as? String == "Everyday words")
        let languages = try #require(site["languages"] as? [[String: Any]])
        #expect(languages.map { $0["code"] as? String ?? "" } == MultiLanguageSiteTests.codes)
        #expect(languages[1]["name"] as? String == "Deutsch" && languages[1]["title"] as? String == "Alltagswörter")
        let terms = try #require(json["terms"] as? [[String: Any]])
        #expect(terms.count == 26)
        // The default language first, in its reading order, then each language as listed.
        let english = terms.prefix { $0["language"] as? String == "en" }
        #expect(english.map { $0["title"] as? String ?? "" } == ["Bread", "Cat", "Dog", "House", "Water"])
        var order: [String] = []
        for term in terms {
            let code = term["language"] as? String ?? "?"
            if order.last != code { order.append(code) }
        }
        #expect(order == MultiLanguageSiteTests.codes)
        // Every record says its language and translation key, both always present.
        for term in terms {
            #expect(Set(term.keys) == Set(GlossaryExport.multilingualCSVColumns), "\(term["path"] ?? "")")
        }
        func record(_ code: String, _ title: String) -> [String: Any]? {
            terms.first { $0["language"] as? String == code && $0["title"] as? String == title }
        }
        // Paths are inside the language's folder; `translation_key:` ties a path that differs.
        let korean = try #require(record("ko", "고양이"))
        #expect(korean["path"] as? String == "동물/고양이.md")
        #expect(korean["translation_key"] as? String == "animals/cat")
        let katze = try #require(record("de", "Katze"))
        #expect(katze["path"] as? String == "animals/cat.md")
        #expect(katze["translation_key"] as? String == "animals/cat")
        #expect(record("de", "Brot")?["path"] as? String == "essen/brot.md")
        #expect(record("de", "Brot")?["translation_key"] as? String == "food/bread")
        // A reference not translated yet links to the English page from a German term page.
        #expect((katze["body_html"] as? String)?.contains(
            "<a href=\"../../../terms/house/index.html\" hreflang=\"en\">House</a>") == true)
        let cats = terms.filter { $0["translation_key"] as? String == "animals/cat" }.map { $0["language"] as? String ?? "" }
        #expect(cats == MultiLanguageSiteTests.codes)
        // The library's types read the document back.
        let decoded = try JSONDecoder().decode(ExportDocument.self, from: Data(run.standardOutput.utf8))
        #expect(decoded.site.languages?.count == 13)
        #expect(decoded.terms.first { $0.title == "고양이" }?.translationKey == "animals/cat")
    }

    @Test func csvExportHasALanguageColumnAndImportExplainsWhyItRefusesIt() throws {
        let folder = try TemporaryFolder()
        let csv = folder.child("terms.csv")
        let run = try CommandRun.glossary(["export", "--format", "csv", "--content", Self.fixture, "--output", csv])
        #expect(run.status == 0, "\(run.standardError)")
        let text = try String(contentsOfFile: csv, encoding: .utf8)
        let header = GlossaryExport.multilingualCSVColumns.joined(separator: ",")
        #expect(text.hasPrefix(header + "\n"))
        #expect(header.hasPrefix("path,language,translation_key,slug,title,"))
        // One row per record: the Korean cat's row starts with its path, language and key.
        #expect(text.contains("\n동물/고양이.md,ko,animals/cat,,고양이,"))
        #expect(text.contains("\nanimals/cat.md,zh-Hant,animals/cat,,貓,"))
        // Import writes one content folder of one language: it refuses the columns, saying why.
        let imported = folder.child("Imported")
        try FileManager.default.createDirectory(atPath: imported, withIntermediateDirectories: true)
        let refused = try CommandRun.glossary(["import", csv, "--content", imported])
        #expect(refused.status == 1)
        #expect(refused.standardError.contains(
            "\(csv):1: error: the column 'language' comes from the export of a glossary of several languages"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: imported).isEmpty)
    }

    @Test func aSingleLanguageExportHasNoLanguageFields() throws {
        let folder = try TemporaryFolder()
        let content = try folder.write(ExchangeTests.richTerms, under: "Content")
        let document = try GlossaryExport.document(contentFolder: content)
        #expect(document.site.languages == nil)
        #expect(document.terms.allSatisfy { $0.language == nil && $0.translationKey == nil })
        let json = String(decoding: try GlossaryExport.json(document), as: UTF8.self)
        // `language` only once, the site's; no record has one.
        #expect(json.components(separatedBy: "\"language\"").count == 2)
        #expect(!json.contains("translation_key") && !json.contains("\"languages\""))
        let csv = String(decoding: try GlossaryExport.csv(document.terms), as: UTF8.self)
        #expect(csv.hasPrefix("path,slug,title,aliases,"))
    }
}
