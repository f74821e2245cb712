import Foundation
import Testing
@testable import GlossaryKit

/// The glossary in Content/ built with the default Templates/, checked as a reader would.
@Suite struct ShippedGlossaryTests {
    let folder: TemporaryFolder
    let output: String

    init() throws {
        folder = try TemporaryFolder()
        output = folder.child("Output")
        _ = try SiteBuilder.buildAndWrite(
            BuildOptions(contentFolder: TestPaths.content, templatesFolder: TestPaths.templates, outputFolder: output))
    }

    @Test func writesEveryPageKind() throws {
        let files = try FileTree.read(output)
        let termPages = files.keys.filter { $0.hasPrefix("terms/") && $0.hasSuffix("/index.html") }
        #expect(termPages.count == 48)
        for page in ["index.html", "letters/p/index.html", "404.html", "search-index.json", "tags/index.html", "assets/style.css"] {
            #expect(files[page] != nil, "missing \(page)")
        }
        #expect(!files.keys.contains { $0.hasPrefix("letters/") && $0 != "letters/p/index.html" })
    }

    @Test func searchIndexHasOneRecordPerTermInReadingOrder() throws {
        let data = try Data(contentsOf: URL(fileURLWithPath: output + "/search-index.json"))
        let document = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(document["version"] as? Int == 1)
        let records = try #require(document["terms"] as? [[String: Any]])
        #expect(records.count == 48)
        let titles = records.compactMap { $0["title"] as? String }
        let velocity = try #require(titles.firstIndex(of: "Pipeline velocity"))
        #expect(titles[velocity + 1] == "PRM tools")
        #expect(titles[velocity + 2] == "Product certification programs")
        let prm = try #require(records.first { $0["title"] as? String == "Partner Relationship Management (PRM)" })
        #expect(prm["aliases"] as? [String] == ["PRM"])
        #expect(prm["url"] as? String == "terms/partner-relationship-management-prm/index.html")
        #expect(prm["letter"] as? String == "P")
        #expect(prm["part_of_speech"] as? String == "noun")
        let description = try #require(prm["description"] as? String)
        #expect(!description.isEmpty && !description.contains("<") && !description.contains("[["))
    }

    @Test func everyInternalLinkLeadsToAFile() throws {
        #expect(try LinkChecker.brokenLinks(in: output, rootPath: "/glossary/") == [])
    }

    @Test func seeAlsoAndReferencedByLinkPRMToolsAndPRM() throws {
        let tools = try String(contentsOfFile: output + "/terms/prm-tools/index.html", encoding: .utf8)
        let seeAlso = try #require(HTMLSection.links(under: "See also", in: tools))
        #expect(seeAlso.contains(where: {
            $0.text == "Partner Relationship Management (PRM)"
                && LinkChecker.resolve($0.href, from: "terms/prm-tools/index.html")
                    == "terms/partner-relationship-management-prm/index.html"
        }))
        let prm = try String(contentsOfFile: output + "/terms/partner-relationship-management-prm/index.html", encoding: .utf8)
        let referencedBy = try #require(HTMLSection.links(under: "Referenced by", in: prm))
        #expect(referencedBy.contains(where: {
            $0.text == "PRM tools"
                && LinkChecker.resolve($0.href, from: "terms/partner-relationship-management-prm/index.html")
                    == "terms/prm-tools/index.html"
        }))
    }

    @Test func azBarShowsEveryLetterWithOnlyPActive() throws {
        let index = try String(contentsOfFile: output + "/index.html", encoding: .utf8)
        let links = LinkChecker.attributeValues(in: index, names: ["href"]).filter { $0.hasPrefix("letters/") }
        #expect(Set(links) == ["letters/p/index.html"])
        for label in ["#", "A", "Q", "Z"] {
            #expect(index.contains(">\(label)</span>"), "inactive letter \(label) should be shown, not linked")
        }
    }
}
