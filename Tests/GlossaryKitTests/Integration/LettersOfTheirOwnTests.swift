import Foundation
import Testing
@testable import GlossaryKit

/// Names that differ only in a letter the site's language counts as its own are two names
/// (`Fixtures/letters-of-their-own`): Vietnamese `An` and `Ăn`, `Da` and `Đa`; Turkish
/// `Ilık` and `İlik`, `Cam` and `Çam`. The same files in an English glossary are duplicate
/// names, as before; accents the language folds (Vietnamese tones, Turkish â) still fold.
@Suite struct LettersOfTheirOwnTests {
    static let fixtures = TestPaths.fixtures.appendingPathComponent("letters-of-their-own")

    static func build(_ language: String) throws -> [String: String] {
        let result = try SiteBuilder.build(BuildOptions(
            contentFolder: fixtures.appendingPathComponent("\(language)/Content").path, templatesFolder: TestPaths.templates,
            jobs: 2))
        return Dictionary(uniqueKeysWithValues: result.files.map { ($0.path, String(decoding: $0.data, as: UTF8.self)) })
    }

    /// The fixture copied with its `language:` replaced.
    static func copy(_ language: String, as other: String) throws -> (TemporaryFolder, String) {
        let folder = try TemporaryFolder()
        let content = folder.child("Content")
        try FileTree.copy(fixtures.appendingPathComponent("\(language)/Content").path, to: content)
        let settings = content + "/glossary.yml"
        let text = try String(contentsOfFile: settings, encoding: .utf8)
        try text.replacingOccurrences(of: "language: \(language)", with: "language: \(other)")
            .write(toFile: settings, atomically: true, encoding: .utf8)
        return (folder, content)
    }

    @Test func vietnameseNamesThatDifferInALetterAreTwoTermsAndLinkToTheirOwnPages() throws {
        let files = try Self.build("vi")
        let an = try #require(files["terms/an/index.html"])
        let ăn = try #require(files["terms/ăn/index.html"])
        #expect(an.contains("<a href=\"../%C4%83n/index.html\">Ăn</a>"))
        #expect(ăn.contains("<a href=\"../an/index.html\">An</a>"))
        #expect(try #require(files["terms/da/index.html"]).contains("<a href=\"../%C4%91a/index.html\">Đa</a>"))
        #expect(try #require(files["terms/đa/index.html"]).contains("<a href=\"../da/index.html\">Da</a>"))
    }

    @Test func turkishDottedAndDotlessIAndCedillaAreLettersOfTheirOwn() throws {
        let files = try Self.build("tr")
        #expect(try #require(files["terms/ilik/index.html"]).contains("<a href=\"../%C4%B1l%C4%B1k/index.html\">Ilık</a>"))
        #expect(try #require(files["terms/ılık/index.html"]).contains("<a href=\"../ilik/index.html\">İlik</a>"))
        #expect(try #require(files["terms/cam/index.html"]).contains("<a href=\"../%C3%A7am/index.html\">Çam</a>"))
        #expect(try #require(files["terms/çam/index.html"]).contains("<a href=\"../cam/index.html\">Cam</a>"))
    }

    @Test func inAnEnglishGlossaryTheSameNamesAreDuplicates() throws {
        for (language, pairs) in [("vi", [("an.md", "ăn.md"), ("da.md", "đa.md")]), ("tr", [("cam.md", "çam.md"), ("ilik.md", "ılık.md")])] {
            let (folder, content) = try Self.copy(language, as: "en")
            // The folder is removed when `folder` goes, so it is kept to the end of the build.
            let all = withExtendedLifetime(folder) { UnitFixtures.diagnostics {
                _ = try SiteBuilder.build(BuildOptions(contentFolder: content, templatesFolder: TestPaths.templates, jobs: 2))
            } }
            let errors = all.filter { $0.message.contains("when case and accents are ignored") }
            #expect(errors.count == 4, "\(all.map(\.description))")
            let files = Set(errors.map { String($0.file.split(separator: "/").last ?? "") })
            #expect(files == Set(pairs.flatMap { [$0.0, $0.1] }), "\(language): \(errors.map(\.description))")
        }
    }

    @Test func accentsTheLanguageFoldsStillMakeOneName() throws {
        let vi = Collation.forLanguage("vi")
        let tones = [
            try UnitFixtures.term("ma.md", title: "Ma"),
            try UnitFixtures.term("ma-2.md", title: "Má"),
        ]
        #expect(NameCollisionsTests.messages(tones, collation: vi).count == 2)
        let tr = Collation.forLanguage("tr")
        let circumflex = [
            try UnitFixtures.term("kagit.md", title: "Kâğıt"),
            try UnitFixtures.term("kagit-2.md", title: "Kağıt"),
        ]
        #expect(NameCollisionsTests.messages(circumflex, collation: tr) == [
            "Content/kagit-2.md:2:8: error: the title 'Kağıt' is the same name as the title 'Kâğıt' at Content/kagit.md:2:8 when case and accents are ignored; a reference to it could mean either term",
            "Content/kagit.md:2:8: error: the title 'Kâğıt' is the same name as the title 'Kağıt' at Content/kagit-2.md:2:8 when case and accents are ignored; a reference to it could mean either term",
        ])
        let distinct = [try UnitFixtures.term("a.md", title: "Kur"), try UnitFixtures.term("b.md", title: "Kür")]
        #expect(NameCollisionsTests.messages(distinct, collation: tr).isEmpty)
        #expect(NameCollisionsTests.messages(distinct, collation: .english).count == 2)
    }
}
