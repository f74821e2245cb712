import Foundation
import Testing
@testable import GlossaryKit

/// Issue 14, glossaries in several languages: `Fixtures/multi-language` lists 13 languages
/// (English the default) with everyday words, some translated (sharing a path, or tied by
/// `translation_key:`), some only in English (Bread, House), which the other languages link
/// to: those links fall back to the English page, with `hreflang` and a label.
@Suite("Multi-language site")
struct MultiLanguageSiteTests {
    static let fixture = TestPaths.fixtures.appendingPathComponent("multi-language/Content").path
    static let codes = ["en", "de", "tr", "vi", "ru", "ja", "ko", "zh-Hans", "zh-Hant", "hi", "bn", "ar", "ur"]

    /// A project with the fixture as `Content/` and the shipped templates; `baseURL`
    /// replaces the fixture's absolute one when given.
    static func project(baseURL: String? = nil) throws -> TemporaryFolder {
        let folder = try TemporaryFolder()
        try FileTree.copy(fixture, to: folder.child("Content"))
        try FileTree.copy(TestPaths.templates, to: folder.child("Templates"))
        if let baseURL {
            let path = folder.child("Content") + "/glossary.yml"
            let text = try String(contentsOfFile: path, encoding: .utf8)
                .replacingOccurrences(of: "base_url: https://example.org/words/\n", with: baseURL.isEmpty ? "" : "base_url: \(baseURL)\n")
            try text.write(toFile: path, atomically: true, encoding: .utf8)
        }
        return folder
    }

    static func build(_ project: TemporaryFolder) throws -> [String: Data] {
        var options = BuildOptions(
            contentFolder: project.child("Content"), templatesFolder: project.child("Templates"),
            outputFolder: project.child("Output"), jobs: 2)
        options.jobs = 2
        _ = try SiteBuilder.buildAndWrite(options)
        return try FileTree.read(project.child("Output"))
    }

    static func page(_ files: [String: Data], _ path: String) -> String {
        String(decoding: files[path] ?? Data(), as: UTF8.self)
    }

    @Test func everyInternalLinkResolvesAndEveryLanguageHasItsOwnFolder() throws {
        let project = try Self.project()
        let files = try Self.build(project)
        #expect(try LinkChecker.brokenLinks(in: project.child("Output"), rootPath: "/words/") == [])
        for code in Self.codes {
            let folder = code == "en" ? "" : "\(code)/"
            for page in ["index.html", "404.html", "search-index.json", "tags/index.html", "assets/style.css"] {
                #expect(files[folder + page] != nil, "\(folder + page)")
            }
            #expect(Self.page(files, folder + "index.html").contains("<html lang=\"\(code)\""), "\(code)")
        }
        #expect(files["de/robots.txt"] == nil && files["de/sitemap.xml"] == nil)
        // Korean, Chinese, Hindi, Greek and Cyrillic file names and tags.
        for path in ["ko/terms/고양이/index.html", "zh-Hans/terms/猫/index.html", "hi/terms/बिल्ली/index.html",
                     "ru/terms/кошка/index.html", "ko/tags/동물/index.html", "zh-Hant/tags/動物/index.html",
                     "hi/tags/जानवर/index.html", "ru/tags/животные/index.html", "tags/ζώα/index.html"] {
            #expect(files[path] != nil, "\(path)")
        }
        // Each language's search index lists its own terms only.
        let german = Self.page(files, "de/search-index.json")
        #expect(german.contains("\"Katze\"") && german.contains("\"Wasser\"") && !german.contains("\"Cat\""))
        #expect(Self.page(files, "search-index.json").contains("\"Cat\"") && !Self.page(files, "search-index.json").contains("Katze"))
        // Arabic and Urdu are right to left.
        #expect(Self.page(files, "ar/index.html").contains("dir=\"rtl\"") && Self.page(files, "ur/index.html").contains("dir=\"rtl\""))
    }

    @Test func theSwitcherLeadsToTheTermInEachLanguageElseToItsIndex() throws {
        let files = try Self.build(try Self.project())
        let links = LinkChecker.attributeValues(in: Self.between(
            Self.page(files, "de/terms/dog/index.html"), "<nav class=\"language-switcher\"", "</nav>"), names: ["href"])
        // Dog is translated into de, tr, ru (by translation_key), ja and ko (by translation_key).
        #expect(links == [
            "../../../terms/dog/index.html", "../../../tr/terms/dog/index.html", "../../../vi/index.html",
            "../../../ru/terms/%D1%81%D0%BE%D0%B1%D0%B0%D0%BA%D0%B0/index.html", "../../../ja/terms/dog/index.html",
            "../../../ko/terms/%EA%B0%9C/index.html", "../../../zh-Hans/index.html", "../../../zh-Hant/index.html",
            "../../../hi/index.html", "../../../bn/index.html", "../../../ar/index.html", "../../../ur/index.html",
        ])
        // From the default language's index: each language's index.
        let fromRoot = LinkChecker.attributeValues(in: Self.between(
            Self.page(files, "index.html"), "<nav class=\"language-switcher\"", "</nav>"), names: ["href"])
        #expect(fromRoot == Self.codes.dropFirst().map { "\($0)/index.html" })
        #expect(Self.page(files, "de/terms/dog/index.html").contains("<span class=\"language-current\" lang=\"de\" aria-current=\"true\">Deutsch</span>"))
    }

    @Test func alternatesNameEveryTranslationAndTheDefault() throws {
        let files = try Self.build(try Self.project())
        let water = Self.page(files, "vi/terms/water/index.html")
        // Water: en (food/water.md), de (essen/wasser.md with translation_key), vi, ar.
        #expect(Self.alternates(water) == [
            "en https://example.org/words/terms/water/", "de https://example.org/words/de/terms/wasser/",
            "vi https://example.org/words/vi/terms/water/", "ar https://example.org/words/ar/terms/water/",
            "x-default https://example.org/words/terms/water/",
        ])
        #expect(water.contains("<link rel=\"canonical\" href=\"https://example.org/words/vi/terms/water/\">"))
        #expect(water.contains("\"inLanguage\":\"vi\""))
        // Without base_url the alternates are relative to the page.
        let relative = try Self.build(try Self.project(baseURL: ""))
        #expect(Self.alternates(Self.page(relative, "de/terms/wasser/index.html")) == [
            "en ../../../terms/water/index.html", "de ../../../de/terms/wasser/index.html",
            "vi ../../../vi/terms/water/index.html", "ar ../../../ar/terms/water/index.html",
            "x-default ../../../terms/water/index.html",
        ])
        #expect(relative["sitemap.xml"] == nil)
    }

    /// The text from `start` to the first `end` after it ("" when absent).
    static func between(_ html: String, _ start: String, _ end: String) -> String {
        guard let from = html.range(of: start), let to = html[from.upperBound...].range(of: end) else { return "" }
        return String(html[from.lowerBound..<to.upperBound])
    }

    static func alternates(_ html: String) -> [String] {
        html.split(separator: "\n").filter { $0.contains("<link rel=\"alternate\" hreflang=") }.map { line in
            let values = LinkChecker.attributeValues(in: String(line), names: ["hreflang", "href"])
            return values.joined(separator: " ")
        }
    }

    @Test func theSitemapListsEveryLanguageWithAlternates() throws {
        let files = try Self.build(try Self.project())
        let sitemap = Self.page(files, "sitemap.xml")
        #expect(sitemap.contains("xmlns:xhtml=\"http://www.w3.org/1999/xhtml\""))
        #expect(sitemap.contains("""
              <url><loc>https://example.org/words/ar/terms/water/</loc>
                <xhtml:link rel="alternate" hreflang="en" href="https://example.org/words/terms/water/"/>
                <xhtml:link rel="alternate" hreflang="de" href="https://example.org/words/de/terms/wasser/"/>
                <xhtml:link rel="alternate" hreflang="vi" href="https://example.org/words/vi/terms/water/"/>
                <xhtml:link rel="alternate" hreflang="ar" href="https://example.org/words/ar/terms/water/"/>
                <xhtml:link rel="alternate" hreflang="x-default" href="https://example.org/words/terms/water/"/>
              </url>
            """))
        // A term only English has: no alternates.
        #expect(sitemap.contains("  <url><loc>https://example.org/words/terms/house/</loc></url>\n"))
        #expect(!sitemap.contains("404"))
        #expect(Self.page(files, "robots.txt").contains("Sitemap: https://example.org/words/sitemap.xml"))
    }

    @Test func aTermNotTranslatedYetIsLinkedInEnglishWithALabel() throws {
        let files = try Self.build(try Self.project())
        let katze = Self.page(files, "de/terms/cat/index.html")
        #expect(katze.contains(
            "<li><a href=\"../../../terms/bread/index.html\" hreflang=\"en\">Bread</a> <span class=\"language-label\" lang=\"en\">(English)</span></li>"))
        #expect(katze.contains("<li><a href=\"../../terms/dog/index.html\">Hund</a></li>"))
        #expect(katze.contains(
            "<a href=\"../../../terms/house/index.html\" hreflang=\"en\">House</a> <span class=\"language-label\" lang=\"en\">(English)</span>"))
        // `/de/cat/` is the German page; `/bread/` only English has.
        let wasser = Self.page(files, "de/terms/wasser/index.html")
        #expect(wasser.contains("<a href=\"../cat/index.html\">Katze</a>"))
        #expect(wasser.contains("<a href=\"../../../terms/bread/index.html\" hreflang=\"en\">Bread</a> <span class=\"language-label\" lang=\"en\">(English)</span>"))
        let korean = Self.page(files, "ko/terms/고양이/index.html")
        #expect(korean.contains("<li><a href=\"../../terms/%EA%B0%9C/index.html\">개</a></li>"))
        #expect(korean.contains("hreflang=\"en\">Bread</a> <span class=\"language-label\" lang=\"en\">(English)</span>"))
    }

    @Test func serveHasEveryLanguage() throws {
        let project = try Self.project()
        let session = SiteSession(options: BuildOptions(
            contentFolder: project.child("Content"), templatesFolder: project.child("Templates"), jobs: 2))
        #expect(session.rebuild().diagnostics.isEmpty)
        let page = try #require(session.file(at: "ko/terms/고양이/index.html"))
        #expect(String(decoding: page, as: UTF8.self).contains("<html lang=\"ko\""))
        #expect(session.file(at: "zh-Hant/search-index.json") != nil && session.file(at: "de/assets/style.css") != nil)
        #expect(session.file(at: "de/robots.txt") == nil && session.file(at: "sitemap.xml") != nil)
    }

    @Test func checkNotesEachReferenceNotTranslatedYet() throws {
        let report = try GlossaryChecker.check(contentFolder: Self.fixture, templatesFolder: nil)
        #expect(report.errorCount == 0)
        let notes = report.diagnostics.filter { $0.severity == .note }.map { "\($0.file.split(separator: "/").suffix(3).joined(separator: "/")):\($0.line ?? 0): \($0.message)" }
        #expect(notes.contains("de/essen/wasser.md:7: '/bread/' is not translated yet into Deutsch (de): it links to 'Bread' in English (en)"))
        #expect(notes.contains("ko/동물/고양이.md:5: 'Bread' is not translated yet into 한국어 (ko): it links to 'Bread' in English (en)"))
        #expect(notes.contains("ur/animals/cat.md:9: 'House' is not translated yet into اردو (ur): it links to 'House' in English (en)"))
        #expect(notes.count == 25)
    }

    @Test func theTranslatorsReportListsWhatEachLanguageLacks() throws {
        let project = try Self.project()
        let run = try CommandRun.glossary(["check", "--translations"], in: project.path)
        #expect(run.status == 0, "\(run.standardError)")
        let lines = run.standardOutput.split(separator: "\n").map(String.init)
        #expect(Array(lines.prefix(3)) == [
            "Deutsch (de): 1 not translated",
            "  not translated: House (Content/en/home/house.md)",
            "Türkçe (tr): 3 not translated",
        ])
        #expect(lines.last == "(no git repository: translations were not compared with their sources' dates)")
        let json = try CommandRun.glossary(["check", "--translations", "--format", "json"], in: project.path)
        let object = try JSONSerialization.jsonObject(with: Data(json.standardOutput.utf8)) as? [String: Any]
        #expect(object?["default_language"] as? String == "en")
        #expect(object?["git"] as? Bool == false)
        let languages = object?["languages"] as? [[String: Any]] ?? []
        #expect(languages.map { $0["code"] as? String ?? "" } == Array(Self.codes.dropFirst()))
        let arabic = languages.first { $0["code"] as? String == "ar" }
        #expect((arabic?["missing"] as? [[String: Any]])?.map { $0["title"] as? String ?? "" } == ["Bread", "Dog", "House"])
    }

    @Test func aTranslationOlderThanItsSourceIsReportedFromGit() throws {
        let project = try Self.project()
        func git(_ arguments: [String], date: String? = nil) throws {
            let run = try CommandRun.git(arguments, in: project.path, date: date)
            #expect(run.status == 0, "\(run.standardError)")
        }
        try git(["init", "-q"])
        try git(["add", "Content"])
        try git(["commit", "-qm", "all", "--no-gpg-sign"], date: "2026-01-01T10:00:00Z")
        // The English Cat changes after every translation of it.
        let cat = project.child("Content") + "/en/animals/cat.md"
        try (try String(contentsOfFile: cat, encoding: .utf8) + "\nCats purr.\n").write(toFile: cat, atomically: true, encoding: .utf8)
        try git(["commit", "-qam", "cat", "--no-gpg-sign"], date: "2026-02-01T10:00:00Z")
        let report = try #require(try TranslationReport.make(contentFolder: project.child("Content")))
        #expect(report.usedGit)
        let korean = try #require(report.languages.first { $0.code == "ko" })
        #expect(korean.outdated.map(\.title) == ["고양이"])
        #expect(korean.outdated.first?.source?.hasSuffix("Content/en/animals/cat.md") == true)
        #expect(report.languages.allSatisfy { $0.outdated.count == 1 })
        #expect(report.text.contains("한국어 (ko): 3 not translated, 1 older than the source"))
    }

    @Test func badLanguageSettingsAreLocated() throws {
        let folder = try TemporaryFolder()
        func check(_ yaml: String, files: [String: String] = ["en/a.md": "---\ntitle: A\n---\n\nA.\n"]) throws -> [String] {
            let content = folder.child("C\(UUID().uuidString.prefix(6))")
            _ = try folder.write(files.merging(["glossary.yml": yaml]) { $1 }, under: String(content.split(separator: "/").last!))
            let report = try GlossaryChecker.check(contentFolder: content, templatesFolder: nil)
            return report.diagnostics.filter { $0.severity != .note && !$0.message.contains("part_of_speech") && !$0.message.contains("no other term links") }.map { "\($0.line ?? 0):\($0.column ?? 0): \($0.severity): \($0.message)" }
        }
        #expect(try check("languages:\n  - code: en\n  - code: EN\n")
            == ["3:11: error: the language 'EN' is listed twice (as 'en' at line 2 too)"])
        #expect(try check("languages:\n  - code: zh-cn\n  - code: zh-Hans\n").first
            == "3:11: error: the language 'zh-Hans' is listed twice (as 'zh-cn' at line 2 too)")
        #expect(try check("default_language: fr\nlanguages:\n  - code: en\n")
            == ["1:19: error: the default language 'fr' is not in 'languages' (en)"])
        #expect(try check("languages:\n  - code: english!\n")
            == ["2:11: error: language code 'english!' is no BCP 47 language code (such as en, de, pt-BR, zh-Hans)"])
        let stray = try check("languages:\n  - code: en\n", files: ["en/a.md": "---\ntitle: A\n---\n\nA.\n", "de/b.md": "---\ntitle: B\n---\n\nB.\n", "c.md": "---\ntitle: C\n---\n\nC.\n"])
        #expect(stray.contains { $0.contains("error: in a glossary of several languages every term is in a language folder") })
        #expect(stray.contains { $0.contains("warning: skipped: 'de' is not in 'languages'") })
    }
}
