import Foundation
import Testing
@testable import GlossaryKit

/// `glossary init`: a project that builds and checks clean at once, and refusals.
@Suite struct InitCommandTests {
    @Test func aNewProjectBuildsAndChecksCleanAtOnce() throws {
        let folder = try TemporaryFolder()
        let project = folder.child("my-glossary")
        let run = try CommandRun.glossary(["init", project])
        #expect(run.status == 0, "\(run.standardError)")
        #expect(run.standardOutput.hasPrefix("Created a glossary in \(project) ("))
        let build = try CommandRun.glossary(["build"], in: project)
        #expect(build.status == 0, "\(build.standardError)")
        #expect(build.standardOutput.hasPrefix("Built 1 term into Output ("))
        #expect(FileManager.default.fileExists(atPath: project + "/Output/terms/example-term/index.html"))
        let check = try CommandRun.glossary(["check", "--strict"], in: project)
        #expect(check.status == 0, "\(check.standardOutput)")
    }

    @Test func theEmbeddedThemeIsTheRepositorysTemplatesFolder() throws {
        let onDisk = try FileTree.read(TestPaths.templates)
        #expect(Set(onDisk.keys) == Set(DefaultTheme.paths), "the EmbedTheme plugin did not embed Templates/")
        for (path, data) in onDisk {
            #expect(DefaultTheme.text(of: path).map { Data($0.utf8) } == data, "\(path) differs from the embedded copy")
        }
    }

    @Test func refusesAFolderThatAlreadyHasAGlossary() throws {
        let folder = try TemporaryFolder()
        try folder.write(["Content/a.md": "---\ntitle: Alpha\n---\n"], under: "project")
        let run = try CommandRun.glossary(["init", folder.child("project")])
        #expect(run.status == 1)
        #expect(run.standardError.contains("project/Content: error: already exists"))
        #expect(!FileManager.default.fileExists(atPath: folder.child("project/Templates")))
        #expect(try FileTree.read(folder.child("project")).keys.sorted() == ["Content/a.md"])
    }
}
