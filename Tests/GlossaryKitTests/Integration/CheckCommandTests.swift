import Foundation
import Testing
@testable import GlossaryKit

/// `glossary check` as CI runs it: exact annotations, and every documented exit status.
@Suite struct CheckCommandTests {
    static let site = TestPaths.fixtures.appendingPathComponent("check-site").path

    @Test func githubFormatPrintsExactlyTheErrorAndTheThreeKindsOfWarning() throws {
        let run = try CommandRun.glossary(["check", "--format", "github"], in: Self.site)
        #expect(run.status == 1)
        #expect(run.standardOutput.split(separator: "\n").map(String.init) == [
            "::error file=Content/alpha.md,line=7,col=36::wiki link 'Gama' names no term of this glossary; did you mean 'Gamma'?",
            "::warning file=Content/beta.md,line=2,col=8::no other term links to 'Beta'",
            "::warning file=Content/beta.md,line=8,col=1::the example section is empty",
            "::warning file=Content/gamma.md,line=4,col=12::the see_also reference 'Gamma' refers to the term itself",
        ])
    }

    @Test func textFormatShowsTheLineAndACaretUnderTheColumn() throws {
        let run = try CommandRun.glossary(["check"], in: Self.site)
        #expect(run.standardOutput.hasPrefix("""
            Content/alpha.md:7:36: error: wiki link 'Gama' names no term of this glossary; did you mean 'Gamma'?
                Alpha is the first letter; compare [[Gama]].
                                                   ^

            """))
        #expect(run.standardError == "3 terms: 1 error, 3 warnings\n")
    }

    @Test func jsonFormatIsOneObjectPerDiagnostic() throws {
        let run = try CommandRun.glossary(["check", "--format", "json"], in: Self.site)
        let objects = try run.standardOutput.split(separator: "\n").map {
            try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
        }
        #expect(objects.count == 4)
        #expect(objects[0]["severity"] as? String == "error")
        #expect(objects[0]["line"] as? Int == 7)
        #expect(objects[0]["column"] as? Int == 36)
        #expect(objects[0]["suggestions"] as? [String] == ["Gamma"])
        #expect(objects.dropFirst().allSatisfy { $0["severity"] as? String == "warning" })
    }

    @Test func exitStatusIsZeroWhenOnlyWarningsAndOneUnderStrict() throws {
        let folder = try TemporaryFolder()
        let content = try folder.write([
            "a.md": "---\ntitle: Alpha\npart_of_speech: noun\n---\nSee [[Beta]].\n",
            "b.md": "---\ntitle: Beta\n---\nSee [[Alpha]].\n",
        ], under: "Content")
        let relaxed = try CommandRun.glossary(["check", "--content", content])
        #expect(relaxed.status == 0)
        #expect(relaxed.standardOutput.contains("b.md:2:8: warning: 'Beta' has no part_of_speech"))
        let strict = try CommandRun.glossary(["check", "--content", content, "--strict"])
        #expect(strict.status == 1)
    }

    @Test func exitStatusIsZeroForACleanGlossary() throws {
        let folder = try TemporaryFolder()
        let content = try folder.write([
            "a.md": "---\ntitle: Alpha\npart_of_speech: noun\n---\nSee [[Beta]].\n",
            "b.md": "---\ntitle: Beta\npart_of_speech: noun\n---\nSee [[Alpha]].\n",
        ], under: "Content")
        let run = try CommandRun.glossary(["check", "--content", content, "--strict"])
        #expect(run.status == 0)
        #expect(run.standardOutput == "")
        #expect(run.standardError == "2 terms: 0 errors, 0 warnings\n")
    }

    @Test func exitStatusIsTwoForAMissingFolderAndForWrongUsage() throws {
        let missing = try CommandRun.glossary(["check", "--content", "/nonexistent/glossary-content"])
        #expect(missing.status == 2)
        #expect(missing.standardError.contains("/nonexistent/glossary-content: error: the content folder does not exist"))
        let usage = try CommandRun.glossary(["check", "--format", "xml"])
        #expect(usage.status == 2)
        #expect(usage.standardError.contains("xml"))
    }

    @Test func checkWritesNothing() throws {
        let folder = try TemporaryFolder()
        try FileTree.copy(Self.site + "/Content", to: folder.child("Content"))
        _ = try CommandRun.glossary(["check"], in: folder.path)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["Content"])
    }
}
