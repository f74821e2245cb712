import Foundation
import Testing
@testable import GlossaryKit

/// The fixture site under Fixtures/basic-site uses every feature of the contract once, with
/// templates that print every context key; its whole output is compared with `expected/`.
///
/// After an intended change of output, re-record with `GLOSSARY_RECORD_GOLDEN=1 swift test
/// --filter FixtureSiteTests` and review the diff of `expected/` before committing it.
@Suite struct FixtureSiteTests {
    static let site = TestPaths.fixtures.appendingPathComponent("basic-site")
    static let expected = site.appendingPathComponent("expected").path

    func build(drafts: Bool = false) throws -> SiteBuilder.Result {
        var options = BuildOptions(
            contentFolder: Self.site.appendingPathComponent("Content").path,
            templatesFolder: Self.site.appendingPathComponent("Templates").path,
            includeDrafts: drafts)
        // The fixture is in this repository: its dates would change with every commit of it.
        options.readsGit = false
        return try SiteBuilder.build(options)
    }

    @Test func outputMatchesTheRecordedSite() throws {
        let result = try build()
        let built = Dictionary(uniqueKeysWithValues: result.files.map { ($0.path, $0.data) })
        if ProcessInfo.processInfo.environment["GLOSSARY_RECORD_GOLDEN"] == "1" {
            try? FileManager.default.removeItem(atPath: Self.expected)
            for file in result.files {
                let url = URL(fileURLWithPath: Self.expected).appendingPathComponent(file.path)
                try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try file.data.write(to: url)
            }
        }
        let recorded = try FileTree.read(Self.expected)
        #expect(recorded.keys.sorted() == built.keys.sorted())
        for (path, data) in built {
            #expect(recorded[path] == data, "\(path) differs from expected/\(path)")
        }
    }

    @Test func draftsAndUnderscoreFilesAreLeftOut() throws {
        let result = try build()
        #expect(result.termCount == 5)
        #expect(!result.files.contains { $0.path.contains("draft") || $0.path.contains("notes") })
    }

    @Test func askingForDraftsBuildsThemAndChecksTheirReferences() throws {
        let error = try #require(throws: DiagnosticsError.self) { try build(drafts: true) }
        #expect(error.diagnostics.map(\.description) == [
            Self.site.appendingPathComponent("Content").path
                + "/d/draft-term.md:5:21: error: wiki link 'Nowhere at all' names no term of this glossary"
        ])
    }

    @Test func hostileTitleAndRawHTMLNeverReachThePageUnescaped() throws {
        let result = try build()
        for file in result.files where file.path.hasSuffix(".html") {
            let html = String(decoding: file.data, as: UTF8.self)
            #expect(!html.contains("<script"), "\(file.path)")
            #expect(!html.contains("javascript:"), "\(file.path)")
            #expect(!html.contains("onclick"), "\(file.path)")
            #expect(!html.contains("<b>bold"), "\(file.path)")
        }
        let zebra = try #require(result.files.first { $0.path == "terms/zebra/index.html" })
        #expect(String(decoding: zebra.data, as: UTF8.self)
            .contains("<dfn>Zebra &lt;script&gt;alert(&quot;title&quot;)&lt;/script&gt;</dfn>"))
    }

    @Test func everyInternalLinkOfTheFixtureSiteResolves() throws {
        let folder = try TemporaryFolder()
        let output = folder.child("out")
        try OutputFolder.write(try build().files, to: output, jobs: 1)
        #expect(try LinkChecker.brokenLinks(in: output, rootPath: "/fixture/") == [])
    }
}
