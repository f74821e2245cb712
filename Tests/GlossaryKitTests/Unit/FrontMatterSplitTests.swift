import Testing
@testable import GlossaryKit

@Suite("FrontMatterParser.split")
struct FrontMatterSplitTests {
    @Test func separatesYAMLAndBodyAndNumbersTheBodyFromTheFileLine() throws {
        let split = try FrontMatterParser.split("---\ntitle: A\ntags: [x]\n---\nFirst body line\nSecond\n", file: "a.md")
        #expect(split.yaml == "title: A\ntags: [x]")
        #expect(split.body == "First body line\nSecond")
        #expect(split.bodyStartLine == 5)
    }

    @Test func blankLineAfterTheClosingFenceBelongsToTheBody() throws {
        let split = try FrontMatterParser.split("---\ntitle: A\n---\n\nPara\n", file: "a.md")
        #expect(split.yaml == "title: A")
        #expect(split.body == "\nPara")
        #expect(split.bodyStartLine == 4)
    }

    @Test func fileWithoutBody() throws {
        let split = try FrontMatterParser.split("---\ntitle: A\n---", file: "a.md")
        #expect(split.yaml == "title: A")
        #expect(split.body == "")
        #expect(split.bodyStartLine == 4)
    }

    @Test func fencesMayCarryTrailingSpacesAndTheYAMLEndMarkerCloses() throws {
        let spaced = try FrontMatterParser.split("--- \t\ntitle: A\n---  \nBody", file: "a.md")
        #expect(spaced.yaml == "title: A")
        #expect(spaced.body == "Body")
        #expect(spaced.bodyStartLine == 4)

        let dots = try FrontMatterParser.split("---\ntitle: A\nslug: a\n...\nBody", file: "a.md")
        #expect(dots.yaml == "title: A\nslug: a")
        #expect(dots.body == "Body")
        #expect(dots.bodyStartLine == 5)
    }

    @Test func onlyTheFirstClosingFenceEndsTheFrontMatter() throws {
        let split = try FrontMatterParser.split("---\ntitle: A\n---\nBody\n\n---\n\nMore", file: "a.md")
        #expect(split.yaml == "title: A")
        #expect(split.body == "Body\n\n---\n\nMore")
    }

    @Test(arguments: [
        "title: A\n---\nBody",
        "\n---\ntitle: A\n---\nBody",
        " ---\ntitle: A\n---\n",
        "----\ntitle: A\n----\n",
    ])
    func missingOpeningFenceIsReportedOnLineOne(text: String) throws {
        let diagnostic = try UnitFixtures.diagnostic { _ = try FrontMatterParser.split(text, file: "Content/a.md") }
        #expect(diagnostic.file == "Content/a.md")
        #expect(diagnostic.line == 1)
        #expect(diagnostic.column == 1)
        #expect(diagnostic.severity == .error)
        #expect(diagnostic.message == "a term file must start with front matter: a line '---', the fields, then '---'")
    }

    @Test(arguments: ["", "\n", "  \n\t\n"])
    func anEmptyFileIsReportedAsEmpty(text: String) throws {
        let diagnostic = try UnitFixtures.diagnostic { _ = try FrontMatterParser.split(text, file: "Content/a.md") }
        #expect(diagnostic.description == "Content/a.md:1:1: error: the file is empty: a term file starts with front matter: "
            + "a line '---', the fields, then '---'")
    }

    @Test(arguments: ["---\ntitle: A\nBody text\n", "---\n", "---"])
    func unclosedFrontMatterIsReportedAtTheOpeningFence(text: String) throws {
        let diagnostic = try UnitFixtures.diagnostic { _ = try FrontMatterParser.split(text, file: "Content/a.md") }
        #expect(diagnostic.line == 1)
        #expect(diagnostic.column == 1)
        #expect(diagnostic.message == "the front matter opened here is not closed: add a line '---' after its fields")
        #expect(diagnostic.description
            == "Content/a.md:1:1: error: the front matter opened here is not closed: add a line '---' after its fields")
    }
}
