import Foundation
import Testing
@testable import GlossaryKit
import GlossaryTestSupport

/// Replays the inputs the fuzzer found (crashes, hangs, broken invariants, and a few of the
/// strangest corpus entries) through the path the harness runs, `SingleTermPipeline`.
/// Each file is kept as the fuzzer wrote it; `README.md` in that folder says what each was.
@Suite("Fuzz regressions")
struct FuzzRegressionTests {
    static let folder = TestPaths.fixtures.appendingPathComponent("fuzz-regressions")

    static var inputs: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [])
            .filter { $0 != "README.md" }.sorted()
    }

    @Test func thereAreInputsToReplay() {
        #expect(Self.inputs.count >= 5, "\(Self.inputs)")
    }

    @Test(arguments: inputs)
    func replay(name: String) throws {
        let input = try Data(contentsOf: Self.folder.appendingPathComponent(name))
        let first = SingleTermPipeline.run(input)
        #expect(first.violations(input: input) == [], "\(name)")
        // Deterministic: the same bytes give the same pages and the same diagnostics.
        let second = SingleTermPipeline.run(input)
        #expect(first.files.map(\.data) == second.files.map(\.data), "\(name)")
        #expect(first.diagnostics == second.diagnostics, "\(name)")
    }

    /// The path the harness runs reaches the end on a good term: its page is rendered
    /// through the default theme with its references resolved and its backlink listed.
    @Test func aGoodTermGoesAllTheWay() throws {
        let input = Data("""
            ---
            title: Fuzzed term
            aliases: [FT]
            tags: [programs]
            see_also: [PP]
            ---
            Sold through [[Channel|channels]] and [a program](../p/partner-program.md#example).
            """.utf8)
        let outcome = SingleTermPipeline.run(input)
        #expect(outcome.diagnostics == [])
        #expect(outcome.violations(input: input) == [])
        #expect(outcome.files.map(\.path) == ["search-index.json", "terms/fuzzed/index.html"])
        let page = String(decoding: outcome.files[1].data, as: UTF8.self)
        #expect(page.contains("<dfn>Fuzzed term</dfn>"))
        #expect(page.contains(#"<a href="../channel/index.html">channels</a>"#))
        #expect(page.contains(#"<a href="../partner-program/index.html#example">a program</a>"#))
        #expect(page.contains("Referenced by"))
    }

    @Test func brokenInputIsReportedNotRendered() {
        let input = Data("---\ntitle: Fine\naliases: {a: b}\n---\n".utf8)
        let outcome = SingleTermPipeline.run(input)
        #expect(outcome.files.isEmpty)
        #expect(outcome.diagnostics.map { [$0.line, $0.column] } == [[3, 10]], "\(outcome.diagnostics)")
        #expect(outcome.violations(input: input) == [])
    }

    /// The invariants are not vacuous: each kind of breach is caught.
    @Test func invariantsCatchBreaches() {
        var outcome = SingleTermPipeline.Outcome()
        #expect(outcome.violations(input: Data()).count == 1, "nothing rendered, nothing reported")
        outcome.diagnostics = [Diagnostic(file: "Content/f/fuzzed.md", line: 3, column: 0, message: "m")]
        #expect(outcome.violations(input: Data("one line".utf8)).count == 2, "column 0, line past the end")
        outcome.diagnostics = []
        outcome.readerDisagreement = "differs"
        outcome.files = [
            SiteFile(path: "terms/x/index.html", text: #"<a href=" JavaScript:alert(1)">x</a><script>a<b</script>"#),
            SiteFile(path: "search-index.json", text: #"{"a": "</script>"}"#),
        ]
        let found = outcome.violations(input: Data())
        #expect(found.count == 4, "\(found)")
        // A related link's URL is the hostile-content work's to police, not this harness's.
        outcome.readerDisagreement = nil
        outcome.files = [SiteFile(path: "terms/x/index.html", text: #"<a class="external" href="javascript:x">x</a>"#)]
        #expect(outcome.violations(input: Data()) == [])
    }
}
