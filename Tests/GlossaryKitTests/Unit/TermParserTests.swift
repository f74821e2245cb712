import Testing
@testable import GlossaryKit

@Suite("TermParser.parse")
struct TermParserTests {
    @Test func slugComesFromTheFileName() throws {
        let term = try UnitFixtures.term("p/Partner Program.md", title: "Partner program")
        #expect(term.slug == "partner-program")
        #expect(term.path == "terms/partner-program/index.html")
        #expect(term.file.relativePath == "p/Partner Program.md")
        #expect(term.file.displayPath == "Content/p/Partner Program.md")
    }

    @Test func slugFromAFileNameWithAccentsAndPunctuation() throws {
        let term = try UnitFixtures.term("É/École_Normale (FR).md", title: "École normale")
        #expect(term.slug == "ecole-normale-fr")
    }

    @Test func explicitSlugWins() throws {
        let term = try UnitFixtures.term("p/prm.md", title: "PRM tools", ["slug: PRM_tools.v2"])
        #expect(term.slug == "PRM_tools.v2")
        #expect(term.path == "terms/PRM_tools.v2/index.html")
    }

    @Test func titleBodyAndBodyStartLine() throws {
        let term = try UnitFixtures.term(
            "a.md", UnitFixtures.file(["title: Affiliate", "tags: [x]"], body: "\nAn affiliate is ...\n"))
        #expect(term.title == "Affiliate")
        #expect(term.body == "\nAn affiliate is ...")
        #expect(term.bodyStartLine == 5)
        #expect(term.frontMatter.tags.map(\.value) == ["x"])
    }

    @Test(arguments: [
        ("Partner program", "P"), ("PRM tools", "P"), ("École", "E"), ("1099 form", "#"), ("ölpreis", "O"),
    ])
    func letterFollowsTheTitle(title: String, letter: String) throws {
        let term = try UnitFixtures.term("x.md", title: title)
        #expect(term.letter == letter)
    }

    @Test(arguments: [
        ("../x", "the slug '../x' may not start with '.'", "x"),
        (".hidden", "the slug '.hidden' may not start with '.'", "hidden"),
        ("..", "the slug '..' may not start with '.'", "partner"),
        ("a/b", "the slug 'a/b' may hold only letters, digits, '-', '_' and '.'", "a-b"),
        ("a b", "the slug 'a b' may hold only letters, digits, '-', '_' and '.'", "a-b"),
        ("écho?", "the slug 'écho?' may hold only letters, digits, '-', '_' and '.'", "echo"),
        ("컨테이너 운영", "the slug '컨테이너 운영' may hold only letters, digits, '-', '_' and '.'", "컨테이너-운영"),
    ])
    func badExplicitSlugIsRejectedAtItsPositionWithASafeForm(slug: String, message: String, offer: String) throws {
        let text = UnitFixtures.file(["title: Partner", "aliases: [P]", "slug: \"\(slug)\""], body: "Body")
        let diagnostic = try UnitFixtures.diagnostic { _ = try UnitFixtures.term("p/partner.md", text) }
        #expect(diagnostic == Diagnostic(
            file: "Content/p/partner.md", line: 4, column: 7, message: message, suggestions: [offer]))
    }

    @Test func emptyExplicitSlugIsRejected() throws {
        let diagnostic = try UnitFixtures.diagnostic {
            _ = try UnitFixtures.term("p/partner.md", title: "Partner", ["slug: ''"])
        }
        #expect(diagnostic == Diagnostic(
            file: "Content/p/partner.md", line: 3, column: 7, message: "the slug is empty", suggestions: ["partner"]))
    }

    @Test func aFileNamedLikeOneOfTheSitesOwnPathsIsAnOrdinaryTerm() throws {
        let term = try UnitFixtures.term("a/Assets.md", title: "Assets")
        #expect(term.slug == "assets")
        #expect(term.path == "terms/assets/index.html")
    }

    @Test func fileNameWithoutAnyLetterOrDigitGivesAnEmptySlug() throws {
        let diagnostic = try UnitFixtures.diagnostic { _ = try UnitFixtures.term("x/!!!.md", title: "Bang") }
        #expect(diagnostic.message == "the slug is empty (made from the file name); rename the file or set 'slug'")
        // An explicit slug is the fix.
        let term = try UnitFixtures.term("x/!!!.md", title: "Bang", ["slug: bang"])
        #expect(term.slug == "bang")
    }

    @Test func frontMatterErrorsSurfaceWithTheDisplayPath() throws {
        let diagnostic = try UnitFixtures.diagnostic { _ = try UnitFixtures.term("q/x.md", "---\ntitle: 42\n---\n") }
        #expect(diagnostic.description
            == "Content/q/x.md:2:8: error: 'title' must be text, found the number 42; put it in quotes to use it as text")
    }

    @Test func sortKeyUsesTitleThenSlug() throws {
        let a = try UnitFixtures.term("a.md", title: "Same")
        let b = try UnitFixtures.term("b.md", title: "Same")
        #expect(a.sortKey == Collation.english.sortKey(title: "Same", slug: "a"))
        #expect(a.sortKey < b.sortKey)
        #expect(!(b.sortKey < a.sortKey))
    }
}
