import Foundation
import Testing
@testable import GlossaryKit

/// Pages that stay small: a generated glossary of 400 terms with the thresholds set low in
/// `glossary.yml` (`index_term_limit: 100`, `page_size: 25`, `sitemap_size: 150`), so the
/// index's letter summaries, letter and tag pagination and the split sitemap are all
/// exercised; the defaults are checked on the small shipped glossary elsewhere.
@Suite struct SitePagingTests {
    static let settings = "index_term_limit: 100\npage_size: 25\nsitemap_size: 150\n"
    static let base = "https://example.org/g/"

    /// The built site by path, and the glossary it was built from.
    struct Built {
        var files: [String: String]
        var glossary: Glossary
        var tags: TagIndex
        func page(_ path: String) throws -> String { try #require(files[path], "\(path)") }
    }

    static func build(settings: String = settings, into folder: TemporaryFolder) throws -> Built {
        let content = try Corpus.make(terms: 400, seed: 1, into: folder.child("Content"))
        let yml = content + "/glossary.yml"
        try (String(contentsOfFile: yml, encoding: .utf8) + settings).write(toFile: yml, atomically: true, encoding: .utf8)
        var options = BuildOptions(contentFolder: content, templatesFolder: TestPaths.templates)
        options.baseURL = base
        let result = try SiteBuilder.build(options)
        var timings = StageTimings()
        let prepared = try SiteBuilder.prepare(options, timings: &timings)
        return Built(
            files: Dictionary(uniqueKeysWithValues: result.files.map { ($0.path, String(decoding: $0.data, as: UTF8.self)) }),
            glossary: prepared.glossary, tags: prepared.contexts.tags)
    }

    /// The card links (`term-card-title`) of a list page, in order.
    static func cardTargets(_ html: String) -> [String] {
        html.components(separatedBy: "<p class=\"term-card-title\"><a href=\"").dropFirst().map {
            String($0.prefix { $0 != "\"" })
        }
    }

    static func count(_ needle: String, in html: String) -> Int { html.components(separatedBy: needle).count - 1 }

    @Test func letterPagesSplitIntoPagesOfPageSizeLinkedBothWays() throws {
        let folder = try TemporaryFolder(inMemory: true)
        let site = try Self.build(into: folder)
        let collation = site.glossary.collation
        var pagedLetters = 0
        for label in collation.labels {
            let members = site.glossary.terms.filter { $0.letter == label }
            guard !members.isEmpty else { continue }
            let pages = (members.count + 24) / 25
            if pages > 1 { pagedLetters += 1 }
            var listed: [String] = []
            for number in 1...pages {
                let path = SitePaths.letter(label, in: collation, page: number)
                let html = try site.page(path)
                let root = SitePaths.root(of: path)
                let cards = Self.cardTargets(html)
                #expect(cards.count == (number < pages ? 25 : members.count - 25 * (pages - 1)), "\(path)")
                listed += cards.map { String($0.dropFirst(root.count)) }
                let previous = number > 1 ? root + SitePaths.href(SitePaths.letter(label, in: collation, page: number - 1)) : nil
                let next = number < pages ? root + SitePaths.href(SitePaths.letter(label, in: collation, page: number + 1)) : nil
                #expect(html.contains("<link rel=\"prev\" href=\"\(previous ?? "")\">") == (previous != nil), "\(path)")
                #expect(html.contains("<link rel=\"next\" href=\"\(next ?? "")\">") == (next != nil), "\(path)")
                if pages > 1 {
                    #expect(html.contains("<nav class=\"pagination\" aria-label=\"Pages\">"), "\(path)")
                    #expect(html.contains("aria-current=\"page\">\(number)</a>"), "\(path)")
                    if let previous { #expect(html.contains("<a href=\"\(previous)\" rel=\"prev\">Previous</a>"), "\(path)") }
                    if let next { #expect(html.contains("<a href=\"\(next)\" rel=\"next\">Next</a>"), "\(path)") }
                } else {
                    #expect(!html.contains("class=\"pagination\""), "\(path)")
                }
                if number > 1 {
                    #expect(path == SitePaths.folder(ofPage: SitePaths.letter(label, in: collation)) + "page/\(number)/index.html")
                    #expect(html.contains("<title>Terms starting with \(label) (page \(number)) — "), "\(path)")
                }
            }
            #expect(site.files[SitePaths.letter(label, in: collation, page: pages + 1)] == nil)
            // Every term of the letter once, in reading order, over its pages.
            #expect(listed == members.map { SitePaths.href($0.path) }, "\(label)")
        }
        #expect(pagedLetters >= 3)
    }

    @Test func tagPagesSplitToo() throws {
        let folder = try TemporaryFolder(inMemory: true)
        let site = try Self.build(into: folder)
        var pagedTags = 0
        for tag in site.tags.tags {
            let pages = (tag.terms.count + 24) / 25
            if pages > 1 { pagedTags += 1 }
            var listed = 0
            for number in 1...pages {
                let path = SitePaths.tag(slug: tag.slug, page: number)
                let html = try site.page(path)
                listed += Self.cardTargets(html).count
                #expect(html.contains("<link rel=\"next\"") == (number < pages), "\(path)")
            }
            #expect(listed == tag.terms.count)
            #expect(site.files[SitePaths.tag(slug: tag.slug, page: pages + 1)] == nil)
        }
        #expect(pagedTags >= 3)
    }

    @Test func anIndexAboveTheLimitShowsEachLettersCountAndFirstTerms() throws {
        let folder = try TemporaryFolder(inMemory: true)
        let site = try Self.build(into: folder)
        let index = try site.page("index.html")
        let collation = site.glossary.collation
        var expected: [String] = []
        for label in collation.labels {
            let members = site.glossary.terms.filter { $0.letter == label }
            guard !members.isEmpty else { continue }
            expected += members.prefix(5).map { SitePaths.href($0.path) }
            if members.count > 5 {
                let link = "<p class=\"letter-more\"><a href=\"\(SitePaths.href(SitePaths.letter(label, in: collation)))\">Terms starting with \(label)</a> <span class=\"count\">(\(members.count) terms)</span></p>"
                #expect(index.contains(link), "\(label)")
            }
        }
        #expect(Self.cardTargets(index) == expected)
        #expect(index.contains("<p class=\"count\">400 terms</p>"))
        // Nothing to filter: the chips are links to the tag pages, and tags.js finds no filter.
        #expect(!index.contains("data-tag-filter"))
        #expect(index.contains("<a class=\"chip\" href=\"tags/"))
        // The JSON-LD set lists the terms the page lists.
        #expect(Self.count("{\"@type\":\"DefinedTerm\"", in: index) == expected.count)
    }

    @Test func anIndexUpToTheLimitListsEveryTermWithItsFilter() throws {
        let folder = try TemporaryFolder(inMemory: true)
        let site = try Self.build(settings: "index_term_limit: 400\n", into: folder)
        let index = try site.page("index.html")
        #expect(Self.cardTargets(index).count == 400)
        #expect(index.contains("data-tag-filter"))
        #expect(!index.contains("letter-more"))
        // page_size's default (500) keeps every letter on one page, sitemap_size's one file.
        #expect(!site.files.keys.contains { $0.contains("/page/") })
        #expect(try site.page("sitemap.xml").contains("<urlset"))
        #expect(site.files["sitemap-1.xml"] == nil)
    }

    @Test func theSitemapSplitsIntoAnIndexAndPartsOfSitemapSizeURLs() throws {
        let folder = try TemporaryFolder(inMemory: true)
        let site = try Self.build(into: folder)
        // Every page but the 404 and the printable ones (all/: the term pages' text again).
        let pages = site.files.keys.filter { $0.hasSuffix(".html") && $0 != "404.html" && !$0.hasPrefix("all/") }
        let parts = (pages.count + 149) / 150
        #expect(parts >= 3)
        let index = try site.page("sitemap.xml")
        #expect(index.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"))
        #expect(Self.count("<sitemap><loc>", in: index) == parts)
        var listed: [String] = []
        for part in 1...parts {
            #expect(index.contains("<sitemap><loc>\(Self.base)sitemap-\(part).xml</loc></sitemap>"))
            let xml = try site.page("sitemap-\(part).xml")
            #expect(xml.contains("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">"))
            let locs = xml.components(separatedBy: "<loc>").dropFirst().map { String($0.prefix { $0 != "<" }) }
            #expect(locs.count <= 150 && (part == parts || locs.count == 150))
            listed += locs
        }
        #expect(site.files["sitemap-\(parts + 1).xml"] == nil)
        let expected = pages.map { Self.base + SitePaths.href(SitePaths.folder(ofPage: $0)) }
        #expect(listed.sorted() == expected.sorted())
        #expect(Set(listed).count == listed.count)
        #expect(try site.page("robots.txt").contains("Sitemap: \(Self.base)sitemap.xml\n"))
    }

    @Test func everyLinkOfAPagedSiteResolves() throws {
        let folder = try TemporaryFolder(inMemory: true)
        _ = try Self.build(into: folder)
        let content = folder.child("Content")
        let output = folder.child("out")
        var options = BuildOptions(contentFolder: content, templatesFolder: TestPaths.templates, outputFolder: output)
        options.baseURL = Self.base
        _ = try SiteBuilder.buildAndWrite(options)
        #expect(try LinkChecker.brokenLinks(in: output, rootPath: "/g/") == [])
        // No page of this small site comes near 1 MB; the biggest is a letter or tag page.
        // (The printable page is the whole glossary's text by design: it is left out.)
        let sizes = try FileTree.read(output).filter { $0.key.hasSuffix(".html") && !$0.key.hasPrefix("all/") }.map(\.value.count)
        #expect(sizes.max() ?? 0 < 200_000)
    }

    @Test func thePageBarShowsTheEndsAndTwoPagesEitherSideWithOneGapForEachRunLeftOut() {
        #expect(SitePaging.shownPages(current: 1, count: 1) == [1])
        #expect(SitePaging.shownPages(current: 1, count: 6) == [1, 2, 3, nil, 6])
        #expect(SitePaging.shownPages(current: 6, count: 20) == [1, nil, 4, 5, 6, 7, 8, nil, 20])
        #expect(SitePaging.shownPages(current: 4, count: 7) == [1, 2, 3, 4, 5, 6, 7])
        #expect(SitePaging.shownPages(current: 200, count: 200) == [1, nil, 198, 199, 200])
    }

    @Test func badPagingSettingsAreLocatedErrors() throws {
        for (setting, message) in [
            ("page_size: 0", "'page_size' must be a whole number from 1 to 2147483647, found the number 0"),
            ("page_size: many", "'page_size' must be a whole number from 1 to 2147483647, found the text 'many'"),
            ("index_term_limit: 2.5", "'index_term_limit' must be a whole number from 0 to 2147483647, found the number 2.5"),
            ("sitemap_size: 50001", "'sitemap_size' must be a whole number from 1 to 50000, found the number 50001"),
        ] {
            let folder = try TemporaryFolder()
            try folder.write(["Content/glossary.yml": "title: T\n\(setting)\n", "Content/a.md": "---\ntitle: A\n---\nA.\n"])
            let error = try #require(throws: DiagnosticsError.self) {
                try SiteBuilder.build(BuildOptions(contentFolder: folder.child("Content"), templatesFolder: TestPaths.templates))
            }
            let column = setting.distance(from: setting.startIndex, to: setting.firstIndex(of: ":")!) + 3
            #expect(error.diagnostics.map(\.description) == [
                folder.child("Content") + "/glossary.yml:2:\(column): error: " + message
            ])
        }
    }
}
