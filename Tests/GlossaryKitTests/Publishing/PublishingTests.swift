import Foundation
import Testing
@testable import GlossaryKit

#if canImport(FoundationXML)
import FoundationXML
#endif

/// Structured data, canonical addresses, sitemap and robots, from `base_url` (or `--base-url`).
@Suite struct PublishingTests {
    static let base = "https://example.org/docs/glossary/"

    static func build(baseURL: String?) throws -> [String: Data] {
        var options = BuildOptions(contentFolder: TestPaths.content, templatesFolder: TestPaths.templates)
        options.baseURL = baseURL
        return Dictionary(uniqueKeysWithValues: try SiteBuilder.build(options).files.map { ($0.path, $0.data) })
    }

    /// The JSON-LD blocks of a page, parsed.
    static func jsonLD(_ html: String) throws -> [[String: Any]] {
        var blocks: [[String: Any]] = []
        var rest = html[...]
        while let open = rest.range(of: "<script type=\"application/ld+json\">") {
            let after = rest[open.upperBound...]
            let close = try #require(after.range(of: "</script>"))
            let object = try JSONSerialization.jsonObject(with: Data(after[..<close.lowerBound].utf8))
            blocks.append(try #require(object as? [String: Any]))
            rest = after[close.upperBound...]
        }
        return blocks
    }

    @Test func everyTermPageCarriesADefinedTermAndTheIndexTheSet() throws {
        let files = try Self.build(baseURL: Self.base)
        let indexPage = try #require(files["index.html"])
        let index = try #require(try Self.jsonLD(String(decoding: indexPage, as: UTF8.self)).first)
        #expect(index["@type"] as? String == "DefinedTermSet")
        #expect(index["url"] as? String == Self.base)
        let listed = try #require(index["hasDefinedTerm"] as? [[String: Any]])
        #expect(listed.count == 48)
        let termPages = files.keys.filter { $0.hasPrefix("terms/") }
        #expect(termPages.count == 48)
        for path in termPages {
            let blocks = try Self.jsonLD(String(decoding: files[path]!, as: UTF8.self))
            #expect(blocks.count == 1, "\(path)")
            let term = try #require(blocks.first)
            #expect(term["@context"] as? String == "https://schema.org")
            #expect(term["@type"] as? String == "DefinedTerm")
            #expect((term["name"] as? String)?.isEmpty == false)
            #expect((term["description"] as? String)?.isEmpty == false)
            #expect(term["url"] as? String == Self.base + path.dropLast("index.html".count))
            let set = try #require(term["inDefinedTermSet"] as? [String: Any])
            #expect(set["@type"] as? String == "DefinedTermSet")
            #expect(set["url"] as? String == Self.base)
            #expect(listed.contains { $0["name"] as? String == term["name"] as? String && $0["url"] as? String == term["url"] as? String })
        }
        let prm = try Self.jsonLD(String(decoding: files["terms/partner-relationship-management-prm/index.html"]!, as: UTF8.self))
        #expect(prm.first?["alternateName"] as? [String] == ["PRM"])
    }

    @Test func jsonLDIsSafeInsideAScriptElementWhateverTheTitle() throws {
        let term = try TermParser.parse(TermSource(
            displayPath: "x.md", relativePath: "x.md",
            text: "---\ntitle: \"</script><script>alert(1)</script> \\u2028\"\naliases: [\"a&b\"]\n---\nText.\n"))
        let json = Publishing.definedTerm(term, description: "</SCRIPT>", settings: SiteSettings(title: "T", baseURL: Self.base))
        #expect(!json.contains("<") && !json.contains(">") && !json.contains("\u{2028}"))
        let parsed = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(parsed["name"] as? String == "</script><script>alert(1)</script> \u{2028}")
        #expect(parsed["description"] as? String == "</SCRIPT>")
    }

    @Test func pagesCarryCanonicalAndOpenGraphAddresses() throws {
        let files = try Self.build(baseURL: Self.base)
        let page = String(decoding: try #require(files["terms/prm-tools/index.html"]), as: UTF8.self)
        #expect(page.contains("<link rel=\"canonical\" href=\"\(Self.base)terms/prm-tools/\">"))
        #expect(page.contains("<meta property=\"og:url\" content=\"\(Self.base)terms/prm-tools/\">"))
        #expect(page.contains("<meta property=\"og:title\" content=\"PRM tools\">"))
        #expect(page.contains("<html lang=\"en\" dir=\"ltr\">"))
        let notFound = String(decoding: try #require(files["404.html"]), as: UTF8.self)
        #expect(!notFound.contains("rel=\"canonical\""))
    }

    @Test func sitemapListsEveryPageButThe404AndThePrintablePageAsAbsoluteAddresses() throws {
        let files = try Self.build(baseURL: Self.base)
        let sitemap = try #require(files["sitemap.xml"])
        let collector = LocationCollector()
        let parser = XMLParser(data: sitemap)
        parser.delegate = collector
        #expect(parser.parse())
        let pages = files.keys.filter { $0.hasSuffix("index.html") && !$0.hasPrefix("all/") }
        #expect(files[SitePaths.printable] != nil)
        #expect(collector.locations.count == pages.count)
        #expect(!collector.locations.contains { $0.hasSuffix("/all/") })
        for location in collector.locations {
            #expect(location.hasPrefix(Self.base))
            let folder = String(location.dropFirst(Self.base.count))
            #expect(files[folder + "index.html"] != nil, "\(location) is no page")
        }
        #expect(!collector.locations.contains { $0.contains("404") })
        let robots = String(decoding: try #require(files["robots.txt"]), as: UTF8.self)
        #expect(robots == "User-agent: *\nAllow: /\nSitemap: \(Self.base)sitemap.xml\n")
    }

    @Test func withoutABaseURLThereIsNoSitemapAndNoAbsoluteAddress() throws {
        let folder = try TemporaryFolder()
        let content = try folder.write([
            "glossary.yml": "title: No address\n",
            "a.md": "---\ntitle: Alpha\n---\nSee [[Beta]].\n", "b.md": "---\ntitle: Beta\n---\nText.\n",
        ], under: "Content")
        let files = try SiteBuilder.build(BuildOptions(contentFolder: content, templatesFolder: TestPaths.templates)).files
        #expect(!files.contains { $0.path == "sitemap.xml" })
        #expect(files.first { $0.path == "robots.txt" }.map { String(decoding: $0.data, as: UTF8.self) } == "User-agent: *\nAllow: /\n")
        for file in files where file.path.hasSuffix(".html") {
            #expect(!String(decoding: file.data, as: UTF8.self).contains("rel=\"canonical\""))
        }
    }

    final class LocationCollector: NSObject, XMLParserDelegate {
        var locations: [String] = []
        private var current: String?

        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                    attributes: [String: String] = [:]) {
            if name == "loc" { current = "" }
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) { current? += string }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            if name == "loc", let current { locations.append(current) }
            current = nil
        }
    }
}
