import Foundation
import Testing
@testable import GlossaryKit

/// The `glossary` binary as users and CI call it: messages and exit statuses.
@Suite struct CommandLineTests {
    @Test func buildsTheShippedGlossaryWithDefaultFolders() throws {
        let folder = try TemporaryFolder()
        try FileTree.copy(TestPaths.content, to: folder.child("Content"))
        try FileTree.copy(TestPaths.templates, to: folder.child("Templates"))
        let run = try CommandRun.glossary(["build"], in: folder.path)
        #expect(run.status == 0, "\(run.standardError)")
        #expect(run.standardOutput.hasPrefix("Built 48 terms into Output ("))
        #expect(run.standardError == "")
        #expect(FileManager.default.fileExists(atPath: folder.child("Output/terms/prm-tools/index.html")))
    }

    @Test func brokenReferencesFailWithLocatedErrorsAndExitStatusOne() throws {
        let folder = try TemporaryFolder()
        let content = try folder.write([
            "a.md": "---\ntitle: Alpha\nsee_also: [Betta]\n---\nSee [[Gama]] and [b](b.md).\n",
            "b.md": "---\ntitle: Beta\n---\nText.\n",
            "g.md": "---\ntitle: Gamma\n---\nText.\n",
        ], under: "Content")
        let run = try CommandRun.glossary(
            ["build", "--content", content, "--templates", TestPaths.templates, "--output", folder.child("Output")])
        #expect(run.status == 1)
        #expect(run.standardOutput == "")
        #expect(run.standardError.split(separator: "\n").map(String.init) == [
            "\(content)/a.md:3:12: error: see_also reference 'Betta' names no term of this glossary; did you mean 'Beta'?",
            "\(content)/a.md:5:5: error: wiki link 'Gama' names no term of this glossary; did you mean 'Gamma'?",
            "build failed with 2 errors; \(folder.child("Output")) was left as it was",
        ])
        #expect(!FileManager.default.fileExists(atPath: folder.child("Output")))
    }

    @Test func refusesToReplaceAFolderItDidNotWrite() throws {
        let folder = try TemporaryFolder()
        let home = try folder.write(["notes.txt": "keep me"], under: "home")
        let run = try CommandRun.glossary(
            ["build", "--content", TestPaths.content, "--templates", TestPaths.templates, "--output", home])
        #expect(run.status == 1)
        #expect(run.standardError.contains("\(home): error: refusing to replace a non-empty folder"))
        #expect(try FileTree.read(home) == ["notes.txt": Data("keep me".utf8)])
    }

    @Test func rejectsAZeroJobCountAsAUsageError() throws {
        let run = try CommandRun.glossary(["build", "--jobs", "0"])
        #expect(run.status == 2)
        #expect(run.standardError.contains("--jobs must be at least 1"))
    }

    @Test func quietPrintsNothingAndVerbosePrintsTheStages() throws {
        let folder = try TemporaryFolder()
        let arguments = ["build", "--content", TestPaths.content, "--templates", TestPaths.templates]
        let quiet = try CommandRun.glossary(arguments + ["--output", folder.child("q"), "--quiet"])
        #expect(quiet.status == 0)
        #expect(quiet.standardOutput == "")
        #expect(quiet.standardError == "")
        let verbose = try CommandRun.glossary(arguments + ["--output", folder.child("v"), "--verbose"])
        #expect(verbose.status == 0)
        let lines = verbose.standardOutput.split(separator: "\n").map { String($0.prefix { $0 != " " }) }
        #expect(lines.first == "Built")
        for stage in ["load", "markdown", "pages", "swap", "total"] { #expect(lines.contains(stage), "\(stage)") }
        let both = try CommandRun.glossary(arguments + ["--output", folder.child("b"), "-q", "-v"])
        #expect(both.status == 2)
    }
}
