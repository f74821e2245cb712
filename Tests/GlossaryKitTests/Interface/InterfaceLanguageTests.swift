import Foundation
import Testing
@testable import GlossaryKit

/// Small sites built in other languages with the default theme: the pages carry the
/// translated interface, `dir`, and the site's own wording from `glossary.yml`.
@Suite struct InterfaceLanguageTests {
    /// Two terms with every section the term page has, and a tag.
    static func content(_ settings: String) -> [String: String] {
        [
            "glossary.yml": "title: Test glossary\n" + settings,
            "alpha.md": """
                ---
                title: Alpha
                aliases: [First]
                part_of_speech: noun
                tags: [basics]
                see_also: [Beta]
                related:
                  - title: Elsewhere
                    url: https://example.com/
                ---

                Alpha comes first.

                ## Example

                Alpha, then beta.
                """,
            "beta.md": """
                ---
                title: Beta
                tags: [basics]
                ---

                Beta follows [[Alpha]].
                """,
        ]
    }

    struct Site {
        let pages: [String: String]
        subscript(_ path: String) -> String { pages[path] ?? "" }
    }

    func build(_ settings: String, templates: String = TestPaths.templates) throws -> Site {
        let folder = try TemporaryFolder()
        let content = try folder.write(Self.content(settings), under: "Content")
        let result = try SiteBuilder.build(BuildOptions(contentFolder: content, templatesFolder: templates, jobs: 1))
        return Site(pages: Dictionary(uniqueKeysWithValues: result.files.map { ($0.path, String(decoding: $0.data, as: UTF8.self)) }))
    }

    /// The JSON the scripts read, decoded.
    func scriptStrings(_ page: String) throws -> [String: Any] {
        let start = try #require(page.range(of: #"<script type="application/json" id="glossary-strings">"#))
        let end = try #require(page.range(of: "</script>", range: start.upperBound..<page.endIndex))
        let json = try JSONSerialization.jsonObject(with: Data(page[start.upperBound..<end.lowerBound].utf8))
        return try #require(json as? [String: Any])
    }

    @Test func germanPagesAreInGerman() throws {
        let site = try build("language: de\n")
        let term = site["terms/alpha/index.html"]
        #expect(term.contains(#"<html lang="de" dir="ltr">"#))
        for text in [
            ">Zum Inhalt springen</a>", #"placeholder="Begriffe suchen""#, #"aria-label="Buchstaben""#,
            ##"id="example">Beispiel<a class="anchor" href="#example" aria-labelledby="example"></a></h2>"##, #"id="see-also-heading">Siehe auch</h2>"#,
            #"id="related-heading">Verwandte Themen</h2>"#, #"id="tags-heading">Schlagwörter</h2>"#,
            "<p class=\"aliases\">Auch: First</p>", "<span class=\"visually-hidden\"> (externe Website)</span>",
            #"<span class="pager-label">Nächster</span>"#, #"aria-label="Vorheriger und nächster Begriff""#,
            "Erstellt mit glossary ",
        ] {
            #expect(term.contains(text), "\(text)")
        }
        #expect(!term.contains("See also") && !term.contains("Skip to content"))
        #expect(site["index.html"].contains(#"<p class="count">2 Begriffe</p>"#))
        #expect(site["letters/a/index.html"].contains("<h1>Begriffe mit A</h1>"))
        #expect(site["letters/a/index.html"].contains(#"<p class="count">1 Begriff</p>"#))
        #expect(site["letters/a/index.html"].contains(#"<meta name="description" content="Begriffe mit A – Test glossary">"#))
        #expect(site["tags/basics/index.html"].contains("<h1>Schlagwort „basics“</h1>"))
        #expect(site["tags/index.html"].contains("<title>Schlagwörter — Test glossary</title>"))
        #expect(site["404.html"].contains("<h1>Seite nicht gefunden</h1>"))
        let strings = try scriptStrings(term)
        #expect(strings["language"] as? String == "de")
        let js = try #require(strings["strings"] as? [String: Any])
        #expect(js["search_loading"] as? String == "Suchindex wird geladen …")
        let results = try #require(js["search_results"] as? [String: Any])
        #expect(results["language"] as? String == "de")
        #expect((results["forms"] as? [String: String])?["other"] == "{count} Treffer")
    }

    @Test(arguments: ["ar", "ur"])
    func rightToLeftLanguagesGetDirRTL(language: String) throws {
        let site = try build("language: \(language)\n")
        for page in ["index.html", "terms/alpha/index.html", "letters/a/index.html", "tags/index.html", "404.html"] {
            #expect(site[page].contains(#"<html lang="\#(language)" dir="rtl">"#), "\(page)")
        }
        let term = site["terms/alpha/index.html"]
        if language == "ar" {
            #expect(term.contains(#"id="see-also-heading">انظر أيضًا</h2>"#))
            #expect(site["index.html"].contains(#"<p class="count">مصطلحان</p>"#))  // Arabic's dual
            #expect(site["letters/a/index.html"].contains(#"<p class="count">مصطلح واحد</p>"#))
        } else {
            #expect(term.contains(#"id="see-also-heading">مزید دیکھیے</h2>"#))
            #expect(site["index.html"].contains(#"<p class="count">2 اصطلاحات</p>"#))
            #expect(site["letters/a/index.html"].contains(#"<p class="count">1 اصطلاح</p>"#))
        }
    }

    @Test func brazilianPortugueseFallsBackToPortuguese() throws {
        let site = try build("language: pt-BR\n")
        let term = site["terms/alpha/index.html"]
        #expect(term.contains(#"<html lang="pt-BR" dir="ltr">"#))
        #expect(term.contains(#"id="see-also-heading">Ver também</h2>"#))
        // 0 and 1 take the singular in Portuguese.
        #expect(site["letters/a/index.html"].contains(#"<p class="count">1 termo</p>"#))
        #expect(site["index.html"].contains(#"<p class="count">2 termos</p>"#))
    }

    @Test func taiwanChineseGetsTraditionalCharacters() throws {
        let site = try build("language: zh-TW\n")
        let term = site["terms/alpha/index.html"]
        #expect(term.contains(#"<html lang="zh-TW" dir="ltr">"#))
        #expect(term.contains(#"placeholder="搜尋術語""#))
        #expect(term.contains(#"id="see-also-heading">參見</h2>"#))
        #expect(!term.contains("搜索术语"))
        #expect(site["index.html"].contains(#"<p class="count">2 個術語</p>"#))
    }

    @Test func anUnknownLanguageReadsEnglish() throws {
        let site = try build("language: sw\n")
        #expect(site["terms/alpha/index.html"].contains(#"<html lang="sw" dir="ltr">"#))
        #expect(site["terms/alpha/index.html"].contains(#"id="see-also-heading">See also</h2>"#))
        #expect(site["index.html"].contains(#"<p class="count">2 terms</p>"#))
    }

    @Test func aKeyTheLanguageLeavesOutFallsBackToEnglish() throws {
        // A theme whose German file lacks "see_also" and the counts.
        let folder = try TemporaryFolder()
        let theme = folder.child("Templates")
        try FileTree.copy(TestPaths.templates, to: theme)
        let german = theme + "/i18n/de.yml"
        let kept = try String(contentsOfFile: german, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
            .filter { !$0.hasPrefix("see_also:") }
        try kept.joined(separator: "\n").write(toFile: german, atomically: true, encoding: .utf8)
        let site = try build("language: de\n", templates: theme)
        let term = site["terms/alpha/index.html"]
        #expect(term.contains(#"id="see-also-heading">Siehe auch</h2>"#), "the default theme's German comes before any English")
        try FileManager.default.removeItem(atPath: theme + "/i18n")
        try FileManager.default.createDirectory(atPath: theme + "/i18n", withIntermediateDirectories: true)
        try "see_also: \"Auch lesen\"\ncustom_key: \"Nur Deutsch\"\n".write(toFile: german, atomically: true, encoding: .utf8)
        try "custom_key: \"Only English\"\nother_custom: \"English only\"\n".write(
            toFile: theme + "/i18n/en.yml", atomically: true, encoding: .utf8)
        try "{{<layout}}{{$main}}<p id=\"x\">{{t.custom_key}} / {{t.other_custom}}</p>{{/main}}{{/layout}}"
            .write(toFile: theme + "/404.mustache", atomically: true, encoding: .utf8)
        let custom = try build("language: de\n", templates: theme)
        #expect(custom["terms/alpha/index.html"].contains(#"id="see-also-heading">Auch lesen</h2>"#))
        #expect(custom["terms/alpha/index.html"].contains(#"id="related-heading">Verwandte Themen</h2>"#))
        #expect(custom["404.html"].contains(#"<p id="x">Nur Deutsch / English only</p>"#))
    }

    @Test func glossaryYmlOverridesWin() throws {
        let site = try build("""
            language: de
            interface:
              see_also: "Lies auch"
              search_placeholder: "Stichwort eingeben"
              terms:
                one: "{count} Eintrag"
                other: "{count} Einträge"
              js_search_loading: "Einen Moment …"
            """)
        let term = site["terms/alpha/index.html"]
        #expect(term.contains(#"id="see-also-heading">Lies auch</h2>"#))
        #expect(term.contains(#"placeholder="Stichwort eingeben""#))
        #expect(term.contains(#"id="related-heading">Verwandte Themen</h2>"#))
        #expect(site["index.html"].contains(#"<p class="count">2 Einträge</p>"#))
        #expect(site["letters/a/index.html"].contains(#"<p class="count">1 Eintrag</p>"#))
        let js = try #require(try scriptStrings(term)["strings"] as? [String: Any])
        #expect(js["search_loading"] as? String == "Einen Moment …")
    }

    @Test func overridesAreEscapedAsAnyText() throws {
        let site = try build("""
            interface:
              see_also: "<b>See</b> & \\"also\\""
              js_search_loading: "</script><script>alert(1)</script>"
            """)
        let term = site["terms/alpha/index.html"]
        #expect(term.contains("&lt;b&gt;See&lt;/b&gt; &amp; &quot;also&quot;"))
        #expect(!term.contains("<script>alert(1)"))
        let js = try #require(try scriptStrings(term)["strings"] as? [String: Any])
        #expect(js["search_loading"] as? String == "</script><script>alert(1)</script>")
    }

    @Test func englishReadsAsBefore() throws {
        let site = try build("")
        let term = site["terms/alpha/index.html"]
        #expect(term.contains(#"<html lang="en" dir="ltr">"#))
        // The scripts carry the English strings: an English page needs no copy of them.
        #expect(!term.contains("glossary-strings"))
        for text in [
            ">Skip to content</a>", #"placeholder="Search terms""#, #"aria-label="Search results""#, #"aria-label="Letters""#,
            #"aria-label="Breadcrumb""#, ">All terms</a>", "<p class=\"aliases\">Also: First</p>",
            ##"id="example">Example<a class="anchor" href="#example" aria-labelledby="example"></a></h2>"##, #"id="see-also-heading">See also</h2>"#,
            #"id="related-heading">Related</h2>"#, "<span class=\"visually-hidden\"> (external site)</span>",
            #"id="tags-heading">Tags</h2>"#, #"aria-label="Previous and next terms""#,
            #"<span class="pager-label">Next</span>"#, "<p class=\"generator\">Made with glossary ",
        ] {
            #expect(term.contains(text), "\(text)")
        }
        #expect(site["index.html"].contains(#"<p class="count">2 terms</p>"#))
        #expect(site["index.html"].contains("Select one or more tags to show the terms that have any of them."))
        #expect(site["letters/a/index.html"].contains("<h1>Terms starting with A</h1>"))
        #expect(site["letters/a/index.html"].contains(#"content="Terms starting with A in Test glossary""#))
        #expect(site["letters/a/index.html"].contains(#"<p class="count">1 term</p>"#))
        #expect(site["tags/basics/index.html"].contains("<h1>Tagged “basics”</h1>"))
        #expect(site["tags/index.html"].contains(#"<meta name="description" content="All tags in Test glossary">"#))
        #expect(site["404.html"].contains("<h1>Page not found</h1>"))
    }

    @Test func theBuiltInThemeCarriesTheLanguageFiles() throws {
        let site = try build("language: ko\n", templates: TemplateLibrary.builtInTheme)
        #expect(site["terms/alpha/index.html"].contains(#"id="see-also-heading">함께 보기</h2>"#))
        #expect(site["index.html"].contains(#"<p class="count">용어 2개</p>"#))
        #expect(InterfaceCatalog.builtIn.codes.sorted() == [
            "ar", "bn", "de", "en", "es", "fr", "he", "hi", "it", "ja", "ko", "pt", "ru", "tr", "ur", "vi", "zh-hans", "zh-hant",
        ])
    }

    @Test func everyShippedLanguageHasEveryEnglishKey() {
        let english = Set(InterfaceCatalog.builtIn.strings(forCode: "en").keys)
        for code in InterfaceCatalog.builtIn.codes.sorted() {
            let strings = InterfaceCatalog.builtIn.strings(forCode: code)
            #expect(Set(strings.keys) == english, "\(code)")
        }
    }

    /// English pages carry no strings block (`scriptJSONUnlessDefault`): the scripts' own
    /// English must be en.yml's, word for word.
    @Test func theScriptsCarryEnYmlsEnglish() throws {
        let scripts = try ["search.js", "tags.js"].map {
            try String(contentsOfFile: TestPaths.templates + "/assets/" + $0, encoding: .utf8)
        }.joined()
        let english = InterfaceCatalog.builtIn.strings(forCode: "en")
        for (key, value) in english where key.hasPrefix("js_") {
            let name = String(key.dropFirst(3))
            #expect(scripts.contains("\(name): "), "\(name)")
            let texts: [String]
            switch value {
            case .text(let text): texts = [text]
            case .plural(let forms): texts = Array(forms.values)
            }
            for text in texts {
                #expect(scripts.contains("\"" + text + "\""), "\(name): \(text)")
            }
        }
    }

    @Test func badLanguageFilesAndOverridesAreLocatedErrors() throws {
        let folder = try TemporaryFolder()
        let theme = folder.child("Templates")
        try FileTree.copy(TestPaths.templates, to: theme)
        try "see_also: [a, b]\n".write(toFile: theme + "/i18n/de.yml", atomically: true, encoding: .utf8)
        try "terms:\n  one: \"{count} x\"\n".write(toFile: theme + "/i18n/fr.yml", atomically: true, encoding: .utf8)
        try "terms:\n  single: \"x\"\n  other: \"y\"\n".write(toFile: theme + "/i18n/it.yml", atomically: true, encoding: .utf8)
        let error = try #require(throws: DiagnosticsError.self) { try build("", templates: theme) }
        #expect(error.diagnostics.map(\.description).sorted() == [
            theme + "/i18n/de.yml:1:11: error: 'see_also' must be text, or a mapping of plural forms (one: …, other: …), found a list",
            theme + "/i18n/fr.yml:2:3: error: 'terms' needs an 'other' form: it is used for every count no other form covers",
            theme + "/i18n/it.yml:2:11: error: 'single' in 'terms' is no plural category: use zero, one, two, few, many or other",
        ])
        let overrides = try #require(throws: DiagnosticsError.self) { try build("interface: [see_also]\n") }
        #expect(overrides.diagnostics.map(\.message) == [
            "'interface' must be a mapping of interface strings (search_placeholder: …), found a list"
        ])
    }

    @Test func redirectPagesAreTranslatedToo() throws {
        let folder = try TemporaryFolder()
        var files = Self.content("language: he\n")
        files["beta.md"] = files["beta.md"]!.replacingOccurrences(of: "tags: [basics]", with: "tags: [basics]\nformer_slugs: [old-beta]")
        let content = try folder.write(files, under: "Content")
        let result = try SiteBuilder.build(BuildOptions(contentFolder: content, templatesFolder: TestPaths.templates, jobs: 1))
        let page = String(decoding: try #require(result.files.first { $0.path == "terms/old-beta/index.html" }).data, as: UTF8.self)
        #expect(page.contains(#"<html lang="he" dir="rtl">"#))
        #expect(page.contains(#"<p>הדף הזה עבר אל <a href="../beta/index.html">Beta</a>.</p>"#))
    }
}
