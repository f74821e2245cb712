import Foundation
import Testing
@testable import GlossaryKit

/// The output folder is replaced whole and only when everything succeeded.
@Suite struct OutputFolderTests {
    let files = [SiteFile(path: "index.html", text: "new"), SiteFile(path: "terms/a/index.html", text: "a")]

    @Test func replacesWhatAPreviousBuildWroteLeavingNoStagingBehind() throws {
        let folder = try TemporaryFolder()
        let output = folder.child("Output")
        try OutputFolder.write([SiteFile(path: "old.html", text: "old")], to: output, jobs: 2)
        try OutputFolder.write(files, to: output, jobs: 2)
        let tree = try FileTree.read(output)
        #expect(Set(tree.keys) == ["index.html", "terms/a/index.html", OutputFolder.markerName])
        #expect(tree["index.html"] == Data("new".utf8))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["Output"])
    }

    @Test func refusesANonEmptyFolderNoBuildWrote() throws {
        let folder = try TemporaryFolder()
        let home = try folder.write(["notes.txt": "precious"], under: "home")
        let error = try #require(throws: DiagnosticsError.self) { try OutputFolder.write(files, to: home, jobs: 1) }
        #expect(error.description.contains("refusing to replace a non-empty folder"))
        #expect(try FileTree.read(home) == ["notes.txt": Data("precious".utf8)])
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["home"])
    }

    @Test func writesIntoAnEmptyFolderAndCreatesMissingParents() throws {
        let folder = try TemporaryFolder()
        let empty = try folder.write([:], under: "empty")
        try OutputFolder.write(files, to: empty, jobs: 1)
        #expect(try FileTree.read(empty)["index.html"] == Data("new".utf8))
        let nested = folder.child("a/b/site")
        try OutputFolder.write(files, to: nested, jobs: 1)
        #expect(try FileTree.read(nested)["terms/a/index.html"] == Data("a".utf8))
    }

    @Test func refusesAFile() throws {
        let folder = try TemporaryFolder()
        try folder.write(["site": "a file"])
        #expect(throws: DiagnosticsError.self) { try OutputFolder.write(files, to: folder.child("site"), jobs: 1) }
    }

    @Test func removesStagingFoldersOfKilledBuilds() throws {
        let folder = try TemporaryFolder()
        // PID 2^22 + 1 is above Linux's largest PID, so no live process can own these.
        try folder.write(["x.html": "half"], under: ".Output.glossary-new-4194305")
        try folder.write(["y.html": "old"], under: ".Output.glossary-old-4194305")
        try OutputFolder.write(files, to: folder.child("Output"), jobs: 1)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["Output"])
    }

    @Test func failedBuildLeavesOutputByteForByte() throws {
        let folder = try TemporaryFolder()
        let content = try folder.write([
            "a.md": "---\ntitle: Alpha\n---\nSee [[Beta]].\n",
            "b.md": "---\ntitle: Beta\n---\nBack to [[Alpha]].\n",
        ], under: "Content")
        let output = folder.child("Output")
        let options = BuildOptions(contentFolder: content, templatesFolder: TestPaths.templates, outputFolder: output)
        _ = try SiteBuilder.buildAndWrite(options)
        let before = try FileTree.read(output)
        try folder.write(["b.md": "---\ntitle: Beta\n---\nBack to [[Alpah]].\n"], under: "Content")
        #expect(throws: DiagnosticsError.self) { try SiteBuilder.buildAndWrite(options) }
        #expect(try FileTree.read(output) == before)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["Content", "Output"])
    }
}
