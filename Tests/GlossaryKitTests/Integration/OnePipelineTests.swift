import Foundation
import Testing
@testable import GlossaryKit

/// Every command runs the same stages: the same errors, all of them in one run, and the
/// same exit statuses (issue 11).
@Suite struct OnePipelineTests {
    static let fourStages = TestPaths.fixtures.appendingPathComponent("four-stages").path

    /// The four errors of `Fixtures/four-stages`, one from each stage: front matter (YAML),
    /// tags, see_also, wiki link. The references to Affiliate, whose file has the YAML
    /// error, are not reported a second time.
    static let fourErrors = [
        "Content/affiliate.md:4:15: error:",
        "Content/channel-partner.md:4:15: error: the tag '!!' needs at least one letter or digit",
        "Content/co-marketing.md:4:12: error: see_also reference 'Chanel partner' names no term of this glossary; did you mean 'Channel partner'?",
        "Content/deal-registration.md:7:15: error: wiki link 'Co-marketting' names no term of this glossary; did you mean 'Co-marketing'?",
    ]

    /// The lines that are diagnostics (`path:line:column: error: …`), in order.
    static func errorLines(_ text: String) -> [String] {
        text.split(separator: "\n").map(String.init).filter { $0.hasPrefix("Content/") && $0.contains(": error: ") }
    }

    static func expectFourErrors(_ lines: [String], sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(lines.count == 4, "\(lines)", sourceLocation: sourceLocation)
        for (line, expected) in zip(lines, fourErrors) {
            #expect(line.hasPrefix(expected), "\(line)", sourceLocation: sourceLocation)
        }
    }

    @Test func buildReportsTheErrorsOfEveryStageInOneRun() throws {
        let folder = try TemporaryFolder()
        let run = try CommandRun.glossary(
            ["build", "--templates", TestPaths.templates, "--output", folder.child("Output")], in: Self.fourStages)
        #expect(run.status == 1)
        Self.expectFourErrors(Self.errorLines(run.standardError))
        #expect(run.standardError.hasSuffix("build failed with 4 errors; \(folder.child("Output")) was left as it was\n"))
        #expect(!FileManager.default.fileExists(atPath: folder.child("Output")))
    }

    @Test func checkAndExportReportTheSameFour() throws {
        let check = try CommandRun.glossary(["check", "--templates", TestPaths.templates], in: Self.fourStages)
        #expect(check.status == 1)
        Self.expectFourErrors(Self.errorLines(check.standardOutput))
        for format in ["json", "csv"] {
            let export = try CommandRun.glossary(["export", "--format", format], in: Self.fourStages)
            #expect(export.status == 1, "export --format \(format)")
            #expect(export.standardOutput.isEmpty)
            #expect(Self.errorLines(export.standardError) == Self.errorLines(check.standardOutput))
        }
    }

    /// A tag without a letter or digit: export used to write the glossary anyway.
    @Test func exportFailsWhereABuildWould() throws {
        let folder = try TemporaryFolder()
        let content = try folder.write(["t.md": "---\ntitle: Tagged\ntags: ['!!']\n---\nA term.\n"], under: "Content")
        let run = try CommandRun.glossary(["export", "--content", content])
        #expect(run.status == 1)
        #expect(run.standardError == "\(content)/t.md:3:8: error: the tag '!!' needs at least one letter or digit\n")
    }

    @Test func checkReportsAnUnreadableFileWithTheOtherErrorsAndExitsOne() throws {
        let folder = try TemporaryFolder()
        let content = try folder.write([
            "partner.md": "---\ntitle: Partner\nsee_also: [Resellr]\n---\nA company that sells with you.\n",
            "reseller.md": "---\ntitle: Reseller\n---\nA partner that buys and sells on.\n",
        ], under: "Content")
        // "Café" in Latin-1: é is the single byte 0xE9.
        try Data("---\ntitle: Caf".utf8 + [0xE9] + "\n---\nA place.\n".utf8).write(to: URL(fileURLWithPath: content + "/cafe.md"))
        let run = try CommandRun.glossary(["check", "--content", content])
        #expect(run.status == 1)
        let errors = Self.errorLines(run.standardOutput.replacingOccurrences(of: content + "/", with: "Content/"))
        #expect(errors.count == 2, "\(run.standardOutput)")
        #expect(errors.first?.hasPrefix("Content/cafe.md:2:11: error: ") == true, "\(errors)")
        #expect(errors.last?.hasPrefix("Content/partner.md:3:12: error: see_also reference 'Resellr'") == true, "\(errors)")
        #expect(run.standardError == "3 terms: 2 errors, \(run.standardOutput.components(separatedBy: ": warning: ").count - 1) warnings\n")
    }

    @Test func checkReportsABrokenSettingsFileWithTheOtherErrorsAndExitsOne() throws {
        let folder = try TemporaryFolder()
        let content = try folder.write([
            "glossary.yml": "title: [Partner glossary\n",
            "partner.md": "---\ntitle: Partner\nsee_also: [Resellr]\n---\nA company that sells with you.\n",
        ], under: "Content")
        let run = try CommandRun.glossary(["check", "--content", content])
        #expect(run.status == 1)
        let errors = Self.errorLines(run.standardOutput.replacingOccurrences(of: content + "/", with: "Content/"))
        #expect(errors.count == 2, "\(run.standardOutput)")
        #expect(errors.first?.hasPrefix("Content/glossary.yml:") == true)
        #expect(errors.last?.hasPrefix("Content/partner.md:3:12: error: see_also reference 'Resellr'") == true)
    }

    @Test func aMissingContentFolderIsAUsageErrorForEveryCommand() throws {
        let folder = try TemporaryFolder()
        for arguments in [["build"], ["check"], ["export"]] {
            let run = try CommandRun.glossary(arguments + ["--content", folder.child("nowhere")])
            #expect(run.status == 2, "\(arguments)")
            #expect(run.standardError.contains("\(folder.child("nowhere")): error: the content folder does not exist"))
        }
    }

    /// With `2>&1`, as in every CI log, the summary is the last line, whole.
    @Test func checkSummaryIsTheLastWholeLineOfAMergedLog() throws {
        let folder = try TemporaryFolder(inMemory: true)
        let corpus = try Corpus.make(terms: 80, seed: 3, broken: 1, into: folder.child("corpus"))
        let run = try CommandRun.program(
            URL(fileURLWithPath: "/bin/sh"),
            ["-c", "'\(TestPaths.binary.path)' check --content '\(corpus)' 2>&1"])
        #expect(run.status == 1)
        let lines = run.standardOutput.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines.last == "", "the log ends with a line end")
        let summary = lines.dropLast().last ?? ""
        #expect(summary.wholeMatch(of: /80 terms: 1 error, [0-9]+ warnings/) != nil, "\(summary)")
        // No diagnostic line was torn by the summary.
        #expect(lines.filter { $0.contains(" terms: ") }.count == 1)
        for line in lines.dropLast(2) where !line.isEmpty && !line.hasPrefix("    ") {
            #expect(line.hasPrefix(corpus), "\(line)")
        }
    }

    @Test func aOneCharacterOutputFolderWorks() throws {
        let folder = try TemporaryFolder()
        let project = try folder.write([
            "Content/partner.md": "---\ntitle: Partner\n---\nA company that sells with you.\n",
        ])
        let run = try CommandRun.glossary(["build", "--templates", TestPaths.templates, "--output", "o"], in: project)
        #expect(run.status == 0, "\(run.standardError)")
        #expect(run.standardOutput.hasPrefix("Built 1 term into o ("))
        #expect(FileManager.default.fileExists(atPath: project + "/o/terms/partner/index.html"))
        #expect(FolderPath.parent(of: "o") == "")
        #expect(FolderPath.parent(of: "a/o/") == "a")
        #expect(FolderPath.parent(of: "/o") == "/")
    }

    @Test func aReferenceToADraftSaysItIsADraft() throws {
        let folder = try TemporaryFolder()
        let content = try folder.write([
            "partner.md": "---\ntitle: Partner\nsee_also: [Reseller]\n---\nA company that sells with you.\n",
            "reseller.md": "---\ntitle: Reseller\ndraft: true\n---\nA partner that buys and sells on.\n",
        ], under: "Content")
        let run = try CommandRun.glossary(["check", "--content", content])
        #expect(run.status == 1)
        #expect(run.standardOutput.contains(
            "\(content)/partner.md:3:12: error: see_also reference 'Reseller' names a draft: \(content)/reseller.md has "
                + "'draft: true'; build with --drafts to include it, or remove 'draft: true' to publish it\n"))
        let withDrafts = try CommandRun.glossary(["check", "--content", content, "--drafts"])
        #expect(withDrafts.status == 0)
    }
}
