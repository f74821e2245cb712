import Foundation
import Testing

/// The bad-input catalogue, templates and the output folder.
@Suite("Bad input: templates and output")
struct TemplateAndOutputCatalogueTests {
    /// `{{label}` lacks a brace: the error is at that tag, not at the `{{#az}}` whose closing
    /// tag the runaway tag swallowed.
    @Test func templateSyntaxError() throws {
        let project = try BadInputProject()
        try project.apply("template-syntax-error")
        try project.expectRefusal([
            "Templates/partials/az.mustache:2:14: error: template error: the tag is not closed: '}}' is missing"
        ])
    }

    @Test func templateNamingAMissingPartial() throws {
        let project = try BadInputProject()
        try project.apply("template-missing-partial")
        try project.expectRefusal([
            "Templates/partials/az.mustache:2:14: error: the template names 'partials/letter-link', "
                + "but there is no partials/letter-link.mustache"
        ])
    }

    /// A partial that includes itself through another one: rendering it would recurse until
    /// the stack overflows (the build crashed with SIGSEGV).
    @Test func templateIncludingItself() throws {
        let project = try BadInputProject()
        try project.apply("template-includes-itself")
        try project.expectRefusal([
            "Templates/partials/letter.mustache:2:16: error: the template includes itself: "
                + "partials/az → partials/letter → partials/az; rendering it would never end"
        ])
    }

    /// Sections nested 10,000 deep crashed the renderer; nesting is limited, at the tag.
    @Test func templateSectionsNested10000Deep() throws {
        let project = try BadInputProject()
        let depth = 10_000
        let template = String(repeating: "{{#site}}", count: depth) + "x" + String(repeating: "{{/site}}", count: depth)
        try project.write("Templates/partials/az.mustache", Data((template + "\n").utf8))
        let column = 9 * 100 + 1
        try project.expectRefusal([
            "Templates/partials/az.mustache:1:\(column): error: template error: sections are nested more than 100 deep"
        ])
    }

    /// `--output notes.txt/Output` where notes.txt is a file: nothing is written anywhere.
    @Test func outputBelowARegularFile() throws {
        let project = try BadInputProject()
        try project.write("notes.txt", Data("keep me\n".utf8))
        try project.expectRefusal(
            ["notes.txt/Output: error: cannot create the folder that holds the output: notes.txt is a file, not a folder"],
            arguments: ["--output", "notes.txt/Output"], outputName: "notes.txt/Output")
        #expect(try Data(contentsOf: URL(fileURLWithPath: project.path("notes.txt"))) == Data("keep me\n".utf8))
    }

    /// The folder holding Output/ cannot be written: the staging folder cannot be made.
    @Test func outputFolderThatCannotBeWritten() throws {
        let project = try BadInputProject()
        try FileManager.default.setAttributes([.posixPermissions: 0o555], ofItemAtPath: project.root)
        defer { try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: project.root) }
        let probe = try Permissions.shell("mkdir probe 2>/dev/null", in: project.root)
        try #require(probe != 0, "the project folder is still writable; cannot set up an unwritable output")
        try project.expectRefusal(
            ["Output: error: cannot create a folder beside the output: Permission denied"], withoutFileOverride: true)
    }

    /// An output path that is a file is refused before anything is made.
    @Test func outputThatIsAFile() throws {
        let project = try BadInputProject()
        try project.write("site", Data("a file\n".utf8))
        try project.expectRefusal(
            ["site: error: the output path exists and is not a folder"], arguments: ["--output", "site"], outputName: "site")
    }

    /// Not refused: the previous Output/ holds folders made read-only. The build replaces
    /// it all the same and leaves nothing beside it (the old site used to stay behind as
    /// `.Output.glossary-new-<pid>`, which no later build could remove either).
    @Test func previousOutputWithReadOnlyFoldersIsReplacedWithoutLeftovers() throws {
        let project = try BadInputProject()
        let readOnly = ["Output/terms", "Output/terms/alpha", "Output/assets"]
        for folder in readOnly.reversed() {
            try FileManager.default.setAttributes([.posixPermissions: 0o555], ofItemAtPath: project.path(folder))
        }
        let probe = try Permissions.shell("touch Output/terms/alpha/probe 2>/dev/null", in: project.root)
        try #require(probe != 0, "Output/terms/alpha is still writable; cannot set up a read-only folder")
        try project.write("Content/gamma.md", Data("---\ntitle: Gamma\n---\nNew.\n".utf8))
        let run = try project.build(withoutFileOverride: true)
        #expect(run.status == 0, "\(run.standardError)")
        #expect(run.standardError == "")
        #expect(try project.entries() == ["Content", "Output", "Templates"])
        let output = try FileTree.read(project.path("Output"))
        #expect(output["terms/gamma/index.html"] != nil)
        // The search shards follow the words of the terms, so a new term brings its own.
        let pages = { (keys: [String]) -> Set<String> in Set(keys.filter { !$0.hasPrefix("search/") }) }
        #expect(pages(Array(output.keys)) == pages(Array(project.goodOutput.keys)).union(["terms/gamma/index.html", "letters/g/index.html"]))
        #expect(output["search/index.js"] != nil)
    }
}
