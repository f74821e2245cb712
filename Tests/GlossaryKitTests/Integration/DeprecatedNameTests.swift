import Foundation
import Testing

@testable import GlossaryKit

/// Issue 16: `deprecated_names`, `status` and `superseded_by` on the fixture
/// `deprecated-names` (a small network termbase: Allowlist with the deprecated "whitelist",
/// SSL superseded by TLS), built and checked by the real binary.
@Suite struct DeprecatedNameTests {
    static let site = TestPaths.fixtures.appendingPathComponent("deprecated-names").path

    private static func built() throws -> (TemporaryFolder, String) {
        let folder = try TemporaryFolder()
        let output = folder.path + "/Output"
        let run = try CommandRun.glossary(["build", "-q", "--no-git", "--output", output], in: site)
        #expect(run.status == 0, "\(run.standardError)")
        return (folder, output)
    }

    private static func page(_ output: String, _ path: String) throws -> String {
        try String(contentsOfFile: output + "/" + path, encoding: .utf8)
    }

    @Test func aReferenceByADeprecatedNameBuildsAndLinksThePreferredTerm() throws {
        let (folder, output) = try Self.built()
        _ = folder
        // Denylist's body says [[Whitelist]]; see_also: [Blacklist] on Allowlist.
        let denylist = try Self.page(output, "terms/denylist/index.html")
        #expect(denylist.contains(#"<a href="../allowlist/index.html">Whitelist</a>"#))
        let allowlist = try Self.page(output, "terms/allowlist/index.html")
        #expect(HTMLSection.links(under: "See also", in: allowlist) == [HTMLSection.Link(href: "../../terms/denylist/index.html", text: "Denylist")])
    }

    @Test func checkWarnsWithThePreferredTitleAtTheReference() throws {
        let run = try CommandRun.glossary(["check", "--no-git", "--format", "github"], in: Self.site)
        #expect(run.status == 0, "\(run.standardOutput)\(run.standardError)")
        let lines = run.standardOutput.split(separator: "\n").map(String.init)
        #expect(lines.contains(
            "::warning file=Content/denylist.md,line=8,col=1::the wiki link 'Whitelist' uses a deprecated name of 'Allowlist'; write 'Allowlist' instead"))
        #expect(lines.contains(
            "::warning file=Content/allowlist.md,line=8,col=12::the see_also reference 'Blacklist' uses a deprecated name of 'Denylist'; write 'Denylist' instead"))
        // An alias is not deprecated: [[SSL]] and the alias-free references give no such warning.
        #expect(lines.filter { $0.contains("deprecated name") }.count == 2, "\(lines)")
    }

    @Test func theTermPageListsDeprecatedNamesStatusAndReplacement() throws {
        let (folder, output) = try Self.built()
        _ = folder
        let allowlist = try Self.page(output, "terms/allowlist/index.html")
        #expect(allowlist.contains(#"<p class="deprecated-names">Deprecated: <span class="deprecated">whitelist,  white list</span></p>"#))
        let ssl = try Self.page(output, "terms/ssl/index.html")
        #expect(ssl.contains(#"<span class="status-badge">deprecated</span>"#))
        #expect(ssl.contains(#"<p class="superseded-by">Superseded by <a href="../../terms/tls/index.html">TLS</a></p>"#))
        // The replacement counts as a reference: TLS lists SSL among the terms referencing it.
        let tls = try Self.page(output, "terms/tls/index.html")
        #expect(HTMLSection.links(under: "Referenced by", in: tls)?.map(\.text) == ["SSL"])
        #expect(tls.contains(#"<span class="status-badge">feedback wanted</span>"#))
        #expect(!tls.contains("superseded-by"))
        #expect(!tls.contains("deprecated-names"))
    }

    @Test func theSearchIndexFindsTheTermByItsDeprecatedNameAndLabelsIt() throws {
        let (folder, output) = try Self.built()
        _ = folder
        // Vocabulary files are named by their first character's code point ("w" is 77).
        let vocabulary = try Self.page(output, "search/v/77.js")
        #expect(vocabulary.contains(#""whitelist""#))
        // Allowlist's record: its alias, then the two deprecated names, their count last.
        let records = try Self.page(output, "search/t/0.js")
        #expect(records.contains(#"["Allowlist",["allow list","whitelist"," white list"],"terms/allowlist/index.html","noun","#))
        #expect(records.contains(#"The opposite of a denylist.",2]"#))
        #expect(records.contains(#"["Denylist",["blacklist"],"#))
        // A term without deprecated names keeps the six fields.
        #expect(records.contains(#"the successor of SSL."]"#))
        let json = try Self.page(output, "search-index.json")
        #expect(json.contains(#""deprecated_names":["whitelist"," white list"]"#))
    }

    /// Builds `files` as a content folder, expecting the build to fail (status 1) and to
    /// write no output; the run, for its messages.
    private static func failedBuild(_ files: [String: String]) throws -> CommandRun {
        let folder = try TemporaryFolder()
        let content = try folder.write(files, under: "Content")
        let run = try CommandRun.glossary(["build", "--no-git", "--content", content, "--output", folder.path + "/Output"])
        #expect(run.status == 1)
        #expect(!FileManager.default.fileExists(atPath: folder.path + "/Output"))
        return run
    }

    @Test func aDeprecatedNameThatIsAnotherTermsTitleIsRefused() throws {
        let run = try Self.failedBuild([
            "master.md": "---\ntitle: Master\n---\nThe main copy.\n",
            "primary.md": "---\ntitle: Primary\ndeprecated_names: [master]\n---\nThe copy that takes writes.\n",
        ])
        #expect(run.standardError.contains(
            "primary.md:3:20: error: the deprecated name 'master' is the same name as the title 'Master' at"), "\(run.standardError)")
    }

    @Test func aReplacementThatNamesNoTermIsAnErrorWithASuggestion() throws {
        let run = try Self.failedBuild([
            "ssl.md": "---\ntitle: SSL\nstatus: deprecated\nsuperseded_by: TSL\n---\nOld.\n",
            "tls.md": "---\ntitle: TLS\n---\nNew.\n",
        ])
        #expect(run.standardError.contains(
            "ssl.md:4:16: error: superseded_by reference 'TSL' names no term of this glossary"), "\(run.standardError)")
        #expect(run.standardError.contains("did you mean 'SSL' or 'TLS'?"), "\(run.standardError)")
    }

    @Test func bothFrontMatterReadersAgreeOnTheNewFields() throws {
        let yaml = "title: SSL\nStatus: deprecated\nsuperseded_by: TLS\ndeprecated_names:\n  - Secure Sockets\n  - ''\n"
        let fast = try FrontMatterParser.parse(yaml: yaml, file: "ssl.md")
        let yams = try FrontMatterParser.parseWithYams(yaml: yaml, file: "ssl.md")
        #expect(fast == yams)
        #expect(fast.deprecatedNames.map(\.value) == ["Secure Sockets"])
        #expect(fast.status?.value == "deprecated")
        #expect(fast.supersededBy == Located("TLS", line: 4, column: 16))
    }
}
