import Foundation
import Testing

/// The bad-input catalogue, front matter: each case is `Fixtures/bad-input/<case>/` copied
/// over a project whose good site is built; `glossary build` must refuse it with these exact
/// lines (positions in the whole file, not in the front matter block) and status 1, and
/// leave Output/ as it was.
@Suite("Bad input: front matter")
struct FrontMatterCatalogueTests {
    @Test func frontMatterNotClosed() throws {
        let project = try BadInputProject()
        try project.apply("front-matter-not-closed")
        try project.expectRefusal([
            "Content/gamma.md:1:1: error: the front matter opened here is not closed: add a line '---' after its fields"
        ])
    }

    /// The unclosed `[` is on file line 4 (front matter line 3); YAML notices at line 5.
    @Test func yamlSyntaxError() throws {
        let project = try BadInputProject()
        try project.apply("yaml-syntax-error")
        try project.expectRefusal([
            "Content/gamma.md:5:5: error: invalid YAML: did not find expected ',' or ']' "
                + "(while parsing a flow sequence at line 4); the '[' on line 4 is never closed: end the list with ']'"
        ])
    }

    @Test func titleMissing() throws {
        let project = try BadInputProject()
        try project.apply("title-missing")
        try project.expectRefusal(["Content/gamma.md:2:1: error: the front matter has no 'title'"])
    }

    @Test func titleEmpty() throws {
        let project = try BadInputProject()
        try project.apply("title-empty")
        try project.expectRefusal(["Content/gamma.md:2:8: error: 'title' is empty"])
    }

    @Test func titleANumber() throws {
        let project = try BadInputProject()
        try project.apply("title-number")
        try project.expectRefusal([
            "Content/gamma.md:2:8: error: 'title' must be text, found the number 1099; put it in quotes to use it as text"
        ])
    }

    @Test func titleAList() throws {
        let project = try BadInputProject()
        try project.apply("title-list")
        try project.expectRefusal(["Content/gamma.md:2:8: error: 'title' must be text, found a list"])
    }

    @Test func aliasesAMapping() throws {
        let project = try BadInputProject()
        try project.apply("aliases-wrong-type")
        try project.expectRefusal(["Content/gamma.md:4:3: error: 'aliases' must be a list of text values, found a mapping"])
    }

    @Test func tagsHoldingAMapping() throws {
        let project = try BadInputProject()
        try project.apply("tags-wrong-type")
        try project.expectRefusal(["Content/gamma.md:5:5: error: 'tags' must be text, found a mapping"])
    }

    @Test func seeAlsoHoldingAList() throws {
        let project = try BadInputProject()
        try project.apply("see-also-wrong-type")
        try project.expectRefusal(["Content/gamma.md:3:19: error: 'see_also' must be text, found a list"])
    }

    /// Issue 12: a 463-byte "billion laughs" in unknown fields ran past a minute and 2.3 GB
    /// in build, check and export; now each refuses it at once, at the field that outgrows
    /// the limits. The time bound is generous (the bound is 1 s, release build).
    @Test func aliasBombIsRefusedQuickly() throws {
        let project = try BadInputProject()
        try project.apply("alias-bomb")
        let message = "Content/gamma.md:7:4: error: the value of 'e' is too large: more than 10000 items or "
            + "100000 bytes of text once its aliases are expanded"
        let started = Date()
        try project.expectRefusal([message])
        #expect(Date().timeIntervalSince(started) < 10)
        for command in [["check"], ["export", "--format", "json"]] {
            let started = Date()
            let run = try CommandRun.glossary(command, in: project.root)
            #expect(run.status == 1, "\(command)")
            let printed = run.standardOutput + run.standardError
            #expect(printed.contains(message + "\n"), "\(command): \(printed)")
            #expect(Date().timeIntervalSince(started) < 10, "\(command)")
        }
    }
}
