import Foundation
import Testing
@testable import GlossaryKit

/// `glossary new`: where the file goes, what it holds, and what it refuses.
@Suite struct NewCommandTests {
    func shippedCopy(_ folder: TemporaryFolder) throws -> String {
        let content = folder.child("Content")
        try FileTree.copy(TestPaths.content, to: content)
        return content
    }

    @Test func writesASkeletonInTheFolderOfItsLetterThatBuilds() throws {
        let folder = try TemporaryFolder()
        let content = try shippedCopy(folder)
        let run = try CommandRun.glossary(["new", "Partner tier", "--content", content])
        #expect(run.status == 0, "\(run.standardError)")
        #expect(run.standardOutput == "Created \(content)/p/partner-tier.md"
            + " (a draft: remove 'draft: true' to publish it, or build with --drafts)\n")
        let term = try TermParser.parse(TermSource(
            displayPath: "x", relativePath: "p/partner-tier.md",
            text: try String(contentsOfFile: content + "/p/partner-tier.md", encoding: .utf8)))
        #expect(term.title == "Partner tier")
        #expect(term.slug == "partner-tier")
        #expect(term.frontMatter.draft)
        // A draft: left out of a build, in with --drafts.
        let plain = try SiteBuilder.build(BuildOptions(contentFolder: content, templatesFolder: TestPaths.templates))
        #expect(!plain.files.contains { $0.path == "terms/partner-tier/index.html" })
        let drafts = try SiteBuilder.build(BuildOptions(contentFolder: content, templatesFolder: TestPaths.templates, includeDrafts: true))
        #expect(drafts.files.contains { $0.path == "terms/partner-tier/index.html" })
    }

    @Test func aTitleWithYAMLSyntaxIsQuotedAndANewLetterGetsItsFolder() throws {
        let folder = try TemporaryFolder()
        let content = try shippedCopy(folder)
        let run = try CommandRun.glossary(["new", "Zebra: \"striped\" # 2", "--content", content])
        #expect(run.status == 0, "\(run.standardError)")
        let path = content + "/z/zebra-striped-2.md"
        let term = try TermParser.parse(TermSource(
            displayPath: path, relativePath: "z/zebra-striped-2.md", text: try String(contentsOfFile: path, encoding: .utf8)))
        #expect(term.title == "Zebra: \"striped\" # 2")
    }

    @Test func aGlossaryWithoutLetterFoldersGetsTheFileAtItsRoot() throws {
        let folder = try TemporaryFolder()
        let content = try folder.write(["a.md": "---\ntitle: Alpha\n---\nText.\n"], under: "Content")
        #expect(try CommandRun.glossary(["new", "Beta", "--content", content]).status == 0)
        #expect(FileManager.default.fileExists(atPath: content + "/beta.md"))
    }

    @Test func refusesATitleOrAliasThatExistsAndSaysWhichFileHasIt() throws {
        let folder = try TemporaryFolder()
        let content = try shippedCopy(folder)
        let title = try CommandRun.glossary(["new", "partner PROGRAM", "--content", content])
        #expect(title.status == 1)
        #expect(title.standardError == "\(content)/p/partner-program.md: error: 'partner PROGRAM' is already the title of this term\n")
        let alias = try CommandRun.glossary(["new", "PRM", "--content", content])
        #expect(alias.status == 1)
        #expect(alias.standardError.hasPrefix("\(content)/p/partner-relationship-management-prm.md: error: 'PRM' is already an alias"))
    }

    @Test func refusesToOverwriteAFile() throws {
        let folder = try TemporaryFolder()
        let content = try folder.write(["a.md": "---\ntitle: Alpha\n---\n", "_drafts/x": ""], under: "Content")
        // A file with the new term's name that is not a term (here: not valid front matter).
        try folder.write(["beta.md": "not a term file\n"], under: "Content")
        let run = try CommandRun.glossary(["new", "Beta", "--content", content])
        #expect(run.status == 1)
        #expect(run.standardError.contains("beta.md: error: the file already exists"))
        #expect(try String(contentsOfFile: content + "/beta.md", encoding: .utf8) == "not a term file\n")
    }

    @Test func refusesATitleWithoutLettersOrDigits() throws {
        let folder = try TemporaryFolder()
        let content = try folder.write([:], under: "Content")
        let run = try CommandRun.glossary(["new", "!!!", "--content", content])
        #expect(run.status == 1)
        #expect(run.standardError.contains("needs a title with at least one letter or digit"))
    }
}
