import Foundation
import Testing

@testable import GlossaryKit

/// Issue 16: the printable page `all/`: every term's full text in reading order, links
/// inside it leading to its sections, and one page per letter above `print_page_limit`.
@Suite struct PrintablePageTests {
    private static func build(_ content: String, into folder: TemporaryFolder) throws -> String {
        let output = folder.path + "/Output"
        let run = try CommandRun.glossary(["build", "-q", "--no-git", "--content", content, "--output", output])
        #expect(run.status == 0, "\(run.standardError)")
        return output
    }

    private static func read(_ path: String) throws -> String {
        try String(contentsOfFile: path, encoding: .utf8)
    }

    /// What a page's `<div class="definition">` holds (the definition's HTML).
    private static func definitions(in html: String) -> [String] {
        html.components(separatedBy: #"<div class="definition">"#).dropFirst().map {
            String($0.components(separatedBy: "\n    </div>").first ?? "")
                .components(separatedBy: "\n        </div>").first ?? ""
        }
    }

    /// The text of HTML, tags left out and white space squeezed: what a reader sees.
    private static func text(_ html: String) -> String {
        var out = ""
        var inTag = false
        for character in html {
            if character == "<" { inTag = true } else if character == ">" { inTag = false; out.append(" ") } else if !inTag { out.append(character) }
        }
        return out.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    @Test func theShippedGlossarysPrintablePageHoldsEveryTermsFullText() throws {
        let folder = try TemporaryFolder()
        let output = try Self.build(TestPaths.content, into: folder)
        let all = try Self.read(output + "/all/index.html")
        let termPages = try FileManager.default.contentsOfDirectory(atPath: output + "/terms").sorted()
        #expect(termPages.count == 48)
        #expect(all.components(separatedBy: #"<section class="print-term""#).count - 1 == 48)
        let printed = Self.text(all)
        for slug in termPages {
            let page = try Self.read(output + "/terms/\(slug)/index.html")
            let definition = try #require(Self.definitions(in: page).first)
            #expect(printed.contains(Self.text(definition)), "\(slug)'s definition is not on the printable page")
            #expect(all.contains(#"<section class="print-term" id="\#(slug)""#))
            #expect(all.contains(##"<li><a href="#\##(slug)">"##))
        }
        // In reading order, as the index lists them.
        let index = try Self.read(output + "/index.html")
        let order = { (html: String, marker: String) in
            html.components(separatedBy: marker).dropFirst().compactMap { $0.split(separator: "\"").first.map(String.init) }
        }
        let printedOrder = order(all, #"<section class="print-term" id=""#)
        var indexOrder: [String] = []
        for slug in order(index, #"href="terms/"#).map({ $0.replacingOccurrences(of: "/index.html", with: "") })
        where !indexOrder.contains(slug) {
            indexOrder.append(slug)
        }
        #expect(printedOrder == indexOrder)
        // The index (footer) links it.
        #expect(index.contains(#"<a href="all/index.html">Printable glossary</a>"#))
    }

    @Test func linksBetweenTermsLeadToTheirSectionsAndHeadingIdsDoNotClash() throws {
        let folder = try TemporaryFolder()
        let content = try folder.write([
            "glossary.yml": "title: Kitchen\n",
            "whisk.md": "---\ntitle: Whisk\nsee_also: [Bowl]\n---\n\nBeats eggs in a [[bowl]]; see [[Bowl#cleaning]].\n\n## Cleaning\n\nRinse at once.\n",
            "bowl.md": "---\ntitle: Bowl\nstatus: draft\n---\n\nHolds what a [whisk](whisk.md) beats.\n\n## Cleaning\n\nSoap and water. [Elsewhere](https://example.org/bowls).\n",
        ], under: "Content")
        let output = try Self.build(content, into: folder)
        let all = try Self.read(output + "/all/index.html")
        #expect(all.contains(##"<a href="#bowl">bowl</a>"##))
        #expect(all.contains(##"href="#bowl--cleaning""##))
        #expect(all.contains(##"<a href="#whisk">whisk</a>"##))
        #expect(all.contains(#"id="bowl--cleaning""#) && all.contains(#"id="whisk--cleaning""#))
        #expect(!all.contains(#"id="cleaning""#))
        #expect(all.contains(#"href="https://example.org/bowls""#))
        #expect(all.contains(#"<span class="status-badge">draft</span>"#))
        // Every id once; every in-page link finds its id.
        let ids = all.components(separatedBy: #" id=""#).dropFirst().compactMap { $0.split(separator: "\"").first.map(String.init) }
        #expect(Set(ids).count == ids.count, "\(ids)")
        let targets = all.components(separatedBy: ##"href="#"##).dropFirst().compactMap { $0.split(separator: "\"").first.map(String.init) }
        #expect(!targets.isEmpty && targets.allSatisfy(Set(ids).contains), "\(targets)")
    }

    @Test func aboveThePrintPageLimitEachLetterPrintsFromItsOwnPage() throws {
        let folder = try TemporaryFolder()
        let content = try folder.write([
            "glossary.yml": "title: Kitchen\nprint_page_limit: 2\n",
            "bowl.md": "---\ntitle: Bowl\n---\n\nHolds things; a [[whisk]] beats them.\n",
            "board.md": "---\ntitle: Board\n---\n\nFor cutting.\n",
            "whisk.md": "---\ntitle: Whisk\n---\n\nBeats eggs in a [[bowl]].\n",
        ], under: "Content")
        let output = try Self.build(content, into: folder)
        let all = try Self.read(output + "/all/index.html")
        #expect(!all.contains("print-term"))
        #expect(all.contains(#"<li><a href="../all/b/index.html">B</a> <span class="count">2 terms</span></li>"#))
        #expect(all.contains(#"<li><a href="../all/w/index.html">W</a> <span class="count">1 term</span></li>"#))
        let b = try Self.read(output + "/all/b/index.html")
        #expect(b.contains(#"id="board""#) && b.contains(#"id="bowl""#) && !b.contains(#"id="whisk""#))
        // A term on another letter's page is linked at its own page.
        #expect(b.contains(#"<a href="../../terms/whisk/index.html">whisk</a>"#))
        let w = try Self.read(output + "/all/w/index.html")
        #expect(w.contains(#"<a href="../../terms/bowl/index.html">bowl</a>"#))
    }

    @Test func aThemeWithoutThePrintableTemplateBuildsWithoutIt() throws {
        let folder = try TemporaryFolder()
        let content = try folder.write(["a.md": "---\ntitle: A\n---\n\nA.\n", "b.md": "---\ntitle: B\n---\n\nB.\n"], under: "Content")
        let templates = folder.path + "/Templates"
        try FileManager.default.copyItem(atPath: TestPaths.templates, toPath: templates)
        try FileManager.default.removeItem(atPath: templates + "/all.mustache")
        let output = folder.path + "/Output"
        let run = try CommandRun.glossary(["build", "-q", "--no-git", "--content", content, "--templates", templates, "--output", output])
        #expect(run.status == 0, "\(run.standardError)")
        #expect(!FileManager.default.fileExists(atPath: output + "/all"))
        #expect(!(try Self.read(output + "/index.html")).contains("all/index.html"))
    }
}
