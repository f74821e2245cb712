import Testing
@testable import GlossaryKit

/// Titles and aliases of different terms may not be one name, case and accents aside.
@Suite struct NameCollisionsTests {
    static func messages(_ terms: [Term], collation: Collation = .english) -> [String] {
        DiagnosticsError(NameCollisions.diagnostics(terms, collation: collation)).diagnostics.map(\.description)
    }

    @Test func aTermMayRepeatItsOwnTitleAsAnAlias() throws {
        let term = try UnitFixtures.term("a.md", title: "Alpha", ["aliases: [ALPHA, alpha, Álpha]"])
        #expect(Self.messages([term]).isEmpty)
    }

    @Test func distinctNamesDoNotCollide() throws {
        let terms = [
            try UnitFixtures.term("a.md", title: "Alpha", ["aliases: [A]"]),
            try UnitFixtures.term("b.md", title: "Alphas", ["aliases: [B]"]),
            try UnitFixtures.term("c.md", title: "C++"),
            try UnitFixtures.term("d.md", title: "C#"),
        ]
        #expect(Self.messages(terms).isEmpty)
    }

    @Test func aliasesOfTwoTermsCollideLikeReferencesMatch() throws {
        let terms = [
            try UnitFixtures.term("a.md", title: "Alpha", ["aliases: [Partner program]"]),
            try UnitFixtures.term("b.md", title: "Beta", ["aliases: [partner-Prógram]"]),
        ]
        #expect(Self.messages(terms) == [
            "Content/a.md:3:11: error: the alias 'Partner program' is the same name as the alias 'partner-Prógram' at "
                + "Content/b.md:3:11 when case and accents are ignored; a reference to it could mean either term",
            "Content/b.md:3:11: error: the alias 'partner-Prógram' is the same name as the alias 'Partner program' at "
                + "Content/a.md:3:11 when case and accents are ignored; a reference to it could mean either term",
        ])
    }

    /// Three terms on one name: each error names both others; a term that has the name as
    /// title and alias is reported once, at its title.
    @Test func threeTermsOnOneName() throws {
        let terms = [
            try UnitFixtures.term("a.md", title: "École", ["aliases: [ecole]"]),
            try UnitFixtures.term("b.md", title: "Ecole"),
            try UnitFixtures.term("c.md", title: "Gamma", ["aliases: [ÉCOLE]"]),
        ]
        let messages = Self.messages(terms)
        #expect(messages.count == 3)
        #expect(messages.first == "Content/a.md:2:8: error: the title 'École' is the same name as the title 'Ecole' at "
            + "Content/b.md:2:8 and the alias 'ÉCOLE' at Content/c.md:3:11 when case and accents are ignored; "
            + "a reference to it could mean either term")
    }

    /// `glossary new` refuses what the build would refuse.
    @Test func newTermRefusesANameThatDiffersOnlyByAccents() throws {
        let folder = try TemporaryFolder()
        let content = try folder.write(["c/cafe.md": "---\ntitle: Café\n---\nCoffee.\n"], under: "Content")
        let error = try #require(throws: DiagnosticsError.self) { _ = try NewTerm.create(title: "CAFE", contentFolder: content) }
        #expect(error.diagnostics.first?.message.contains("'CAFE' is already the title of this term") == true)
    }
}
