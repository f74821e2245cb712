import Foundation
import Testing
@testable import GlossaryKit

/// Fixtures/hostile-site carries markup, script-running URLs, `</script>`, line separators
/// and right-to-left overrides in every field that reaches the output. These tests read
/// the built files; `Tests/browser/test_hostile.py` opens them in Chromium.
@Suite struct HostileSiteTests {
    static let content = TestPaths.fixtures.appendingPathComponent("hostile-site/Content").path

    static func build() throws -> [String: String] {
        let result = try SiteBuilder.build(BuildOptions(contentFolder: content, templatesFolder: TestPaths.templates))
        return Dictionary(uniqueKeysWithValues: result.files.map { ($0.path, String(decoding: $0.data, as: UTF8.self)) })
    }

    /// The start tags of every `<script>` element in a page.
    static func scriptTags(_ html: String) -> [String] {
        html.components(separatedBy: "<script").dropFirst().map { "<script" + ($0.split(separator: ">", maxSplits: 1).first ?? "") + ">" }
    }

    @Test func noPayloadBecomesMarkupOrALink() throws {
        let files = try Self.build()
        let pages = files.filter { $0.key.hasSuffix(".html") }
        #expect(pages.count == 14)
        let allowedScripts: Set<String> = [
            #"<script src="../../assets/search.js" defer>"#, #"<script src="../../assets/preview.js" defer>"#,
            #"<script src="../../assets/browse.js" defer>"#,
            #"<script src="assets/search.js" defer>"#, #"<script src="assets/preview.js" defer>"#,
            #"<script src="../assets/search.js" defer>"#, #"<script src="../assets/preview.js" defer>"#,
            #"<script src="assets/tags.js" defer>"#, #"<script type="application/ld+json">"#,
            #"<script type="application/json" id="term-previews">"#,
        ]
        // The 404 page's links start at base_url's path (the hostile one, escaped).
        let notFoundRoot = "/hostile&quot;&gt;&lt;script&gt;window.__pwned=(window.__pwned||0)+1&lt;/script&gt;/"
        let allowedOn404 = allowedScripts.union([
            "<script src=\"\(notFoundRoot)assets/search.js\" defer>", "<script src=\"\(notFoundRoot)assets/preview.js\" defer>",
        ])
        for (path, html) in pages {
            #expect(Set(Self.scriptTags(html)).subtracting(path == "404.html" ? allowedOn404 : allowedScripts).isEmpty, "\(path)")
            for injected in ["<img src=x", "<svg", "<iframe", "<div onmouseover", #" onerror=""#, #" onload=""#,
                             #" onmouseover=""#, #"href="javascript"#, #"href="JaVaScRiPt"#, #"href="   javascript"#,
                             #"href="java&#9;script"#, #"href="java\#tscript"#, #"href="vbscript"#, #"href="data:text"#] {
                #expect(!html.contains(injected), "\(path) contains \(injected)")
            }
            // Inside script elements nothing can end them or open a comment.
            for block in html.components(separatedBy: "<script").dropFirst() {
                let body = block.split(separator: ">", maxSplits: 1).last?.components(separatedBy: "</script>").first ?? ""
                #expect(!body.contains("<") && !body.contains("\u{2028}") && !body.contains("\u{2029}"), "\(path)")
            }
        }
    }

    @Test func theSitemapEscapesTheBaseURL() throws {
        let sitemap = try #require(try Self.build()["sitemap.xml"])
        #expect(!sitemap.contains("<script") && !sitemap.contains("\"><"))
        #expect(sitemap.contains("<loc>https://example.com/hostile&quot;&gt;&lt;script&gt;window.__pwned=(window.__pwned||0)+1&lt;/script&gt;/terms/rtl-title/</loc>"))
    }

    @Test func unsafeRelatedURLsKeepTheirTitleAsText() throws {
        let page = try #require(try Self.build()["terms/script-title/index.html"])
        for title in ["Mixed case scheme", "Leading spaces", "Tab inside the scheme", "Leading tab and line feed",
                      "Data URL", "VBScript"] {
            #expect(page.contains("<li>\(title)</li>"), "\(title)")
        }
        #expect(page.contains(#"<li>&quot;&gt;&lt;img src=x onerror=&quot;window.__pwned=(window.__pwned||0)+1&quot;&gt;</li>"#))
        // A URL that only looks like a scheme through an entity stays a (harmless, relative) link.
        #expect(page.contains(#"<a class="external" href="&amp;#106;avascript:"#))
        #expect(page.contains(#"<a class="external" href="https://example.com/?q=&quot;&gt;&lt;script&gt;"#))
    }

    @Test func openOverridesAreClosedWhereEachValueEnds() throws {
        let files = try Self.build()
        let index = try #require(files["index.html"])
        #expect(index.contains("<a href=\"terms/rtl-title/index.html\">Override \u{202E}evil.exe\u{202C}</a> <span class=\"pos\">noun</span>"))
        let term = try #require(files["terms/rtl-title/index.html"])
        #expect(term.contains("<p class=\"aliases\">Also: Embedding \u{202B}open\u{202C}, Isolate \u{2067}open\u{2069}</p>"))
        let tag = try #require(files["tags/reversed-tag/index.html"])
        #expect(tag.contains("<h1>Tagged “\u{202E}reversed tag\u{202C}”</h1>"))
        let search = try #require(files["search-index.json"])
        let decoded = try JSONSerialization.jsonObject(with: Data(search.utf8)) as? [String: Any]
        let titles = (decoded?["terms"] as? [[String: Any]])?.compactMap { $0["title"] as? String } ?? []
        #expect(titles.contains("Override \u{202E}evil.exe\u{202C}"))
        #expect(titles.contains("<script>window.__pwned=(window.__pwned||0)+1</script> Script title"))
    }

    @Test func aBaseURLThatIsNoHTTPAddressIsAnErrorInTheFileAndAUsageErrorOnTheCommandLine() throws {
        let folder = try TemporaryFolder()
        let content = try folder.write([
            "glossary.yml": "title: T\nbase_url: \"javascript:alert(1)//\"\n", "a.md": "---\ntitle: A\n---\nText.\n",
        ], under: "Content")
        let output = folder.child("Output")
        let run = try CommandRun.glossary(["build", "--content", content, "--templates", TestPaths.templates, "--output", output])
        #expect(run.status == 1)
        #expect(run.standardError.hasPrefix(
            "\(content)/glossary.yml:2:11: error: base_url must be an http:// or https:// address or a path, found 'javascript:alert(1)//'\n"))
        #expect(!FileManager.default.fileExists(atPath: output))

        try "title: T\n".write(toFile: content + "/glossary.yml", atomically: true, encoding: .utf8)
        let usage = try CommandRun.glossary(
            ["build", "--content", content, "--templates", TestPaths.templates, "--output", output,
             "--base-url", "https://example.org/\nSitemap: https://evil.example/"])
        #expect(usage.status == 2)
        #expect(usage.standardError.contains("--base-url may not contain spaces, line breaks or control characters"))
        #expect(!FileManager.default.fileExists(atPath: output))
    }

    @Test func checkWarnsThatUnsafeRelatedURLsLoseTheirLink() throws {
        let report = try GlossaryChecker.check(contentFolder: Self.content, templatesFolder: nil)
        #expect(report.errorCount == 0)
        let unsafe = report.diagnostics.filter { $0.message.hasSuffix("has an unsafe scheme: the page shows its title without a link") }
        #expect(unsafe.map(\.line) == [17, 19, 21, 23, 25, 27, 29])
    }
}
