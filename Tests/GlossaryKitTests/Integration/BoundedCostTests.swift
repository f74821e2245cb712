import Foundation
import Testing
@testable import GlossaryKit

/// Issue 12: what one hostile term can cost. Output grows linearly with its tags, and
/// position mapping stays linear in wiki links and aliases on one line. Sizes are asserted
/// exactly where they can be; times only with bounds far above what a debug build needs.
@Suite struct BoundedCostTests {
    /// A glossary of a term with `count` tags (and one ordinary term beside it).
    static func manyTags(_ count: Int, in folder: TemporaryFolder) throws -> String {
        let tags = (0..<count).map { "t\($0)" }.joined(separator: ", ")
        return try folder.write([
            "glossary.yml": "title: Tags\n",
            "hoarder.md": "---\ntitle: Hoarder\ntags: [\(tags)]\n---\n\nHas every tag.\n",
            "plain.md": "---\ntitle: Plain\ntags: [t0, t1]\n---\n\nHas two.\n",
        ], under: "Content-\(count)")
    }

    static func siteBytes(_ content: String) throws -> (total: Int, files: [String: String]) {
        let result = try SiteBuilder.build(BuildOptions(contentFolder: content, templatesFolder: TestPaths.templates))
        let files = Dictionary(uniqueKeysWithValues: result.files.map { ($0.path, String(decoding: $0.data, as: UTF8.self)) })
        return (result.files.reduce(0) { $0 + $1.data.count }, files)
    }

    /// Each tag page listed the term's card with every one of its tags: 20,000 tags wrote
    /// about 3 GB. Now doubling the tags at most doubles the output (it was near fourfold).
    @Test func outputGrowsLinearlyWithTheTagsOfOneTerm() throws {
        let folder = try TemporaryFolder(inMemory: true)
        let small = try Self.siteBytes(Self.manyTags(1_000, in: folder))
        let large = try Self.siteBytes(Self.manyTags(2_000, in: folder))
        #expect(Double(large.total) < 2.05 * Double(small.total), "\(small.total) → \(large.total) bytes")
        // The tag pages' cards carry five tags; the index's (its filter reads them) all.
        let tagPage = try #require(large.files["tags/t1999/index.html"])
        #expect(tagPage.contains(#"data-tags="t0 t1 t2 t3 t4">"#))
        let index = try #require(large.files["index.html"])
        #expect(index.contains(#" t1998 t1999">"#))
        #expect(large.files.keys.filter { $0.hasPrefix("tags/") }.count == 2_001)
    }

    /// 200,000 wiki links on one line took over a minute: each link's column was counted
    /// from the start of the line. The bound is generous (10 s in a release build).
    @Test func wikiLinksOnOneLineAreLocatedInLinearTime() throws {
        let count = 200_000
        let body = String(repeating: "[[x]] ", count: count)
        let started = Date()
        let rendered = MarkdownRenderer.render(body: body, startLine: 5, allowRawHTML: false) { _ in "../x/index.html" }
        let seconds = Date().timeIntervalSince(started)
        #expect(seconds < 60, "\(seconds) s")
        #expect(rendered.references.count == count)
        #expect(rendered.references.first.map { [$0.line, $0.column] } == [5, 1])
        #expect(rendered.references.last.map { [$0.line, $0.column] } == [5, 1 + 6 * (count - 1)])
        // Columns count scalars, not bytes: after a multi-byte character they still add up.
        let accented = MarkdownRenderer.render(body: "é [[x]] é [[x]] [[x]]", startLine: 1, allowRawHTML: false) { _ in "" }
        #expect(accented.references.map(\.column) == [3, 11, 17])
    }

    /// A flow list of aliases on one line: each item's column was counted from the start
    /// of the line (quadratic in the list).
    @Test func aliasesOnOneLineAreLocatedInLinearTime() throws {
        let count = 50_000
        let aliases = (0..<count).map { "é\($0)" }.joined(separator: ", ")
        let started = Date()
        let matter = try #require(SimpleFrontMatter.parse(yaml: "title: Many\naliases: [\(aliases)]"))
        let seconds = Date().timeIntervalSince(started)
        #expect(seconds < 60, "\(seconds) s")
        #expect(matter.aliases.count == count)
        // "aliases: [" is 10 columns; each item before the last is "éN, " in scalars.
        let expected = 11 + (0..<(count - 1)).reduce(0) { $0 + 3 + String($1).count }
        #expect(matter.aliases.last?.column == expected)
        #expect(matter.aliases.last?.line == 3)
    }
}
