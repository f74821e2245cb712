import Foundation
import Testing
@testable import GlossaryKit

/// `glossary serve` on a glossary of several languages: each language's files are kept in
/// a cache of their own, so an edit re-reads one file, and a file at the same path in two
/// languages (`en/animals/cat.md`, `de/animals/cat.md`) never gets the other's page.
@Suite struct MultiLanguageSessionTests {
    static let settings = """
        title: Words
        default_language: en
        languages:
          - code: en
            name: English
          - code: de
            name: Deutsch

        """

    func page(_ session: SiteSession, _ path: String) -> String {
        session.file(at: path).map { String(decoding: $0, as: UTF8.self) } ?? ""
    }

    /// Writes a file with a modification time clearly after the last one, so an edit within
    /// the same clock tick is still noticed.
    func edit(_ folder: TemporaryFolder, _ name: String, _ text: String, bump: Int) throws {
        try folder.write([name: text], under: "Content")
        try FileManager.default.setAttributes(
            [.modificationDate: Date(timeIntervalSinceNow: Double(bump))], ofItemAtPath: folder.child("Content/" + name))
    }

    @Test func anEditRebuildsItsLanguageAndSameNamedFilesKeepTheirOwnPages() throws {
        let folder = try TemporaryFolder()
        let content = try folder.write([
            "glossary.yml": Self.settings,
            "en/animals/cat.md": "---\ntitle: Cat\n---\nThe English cat sleeps.\n",
            "en/animals/dog.md": "---\ntitle: Dog\n---\nThe English dog barks at the [[Cat]].\n",
            "en/food/bread.md": "---\ntitle: Bread\n---\nBaked.\n",
            "de/animals/cat.md": "---\ntitle: Katze\nsee_also: [Bread]\n---\nDie deutsche Katze schläft.\n",
            "de/animals/dog.md": "---\ntitle: Hund\n---\nDer Hund bellt die [[Katze]] an.\n",
        ], under: "Content")
        let session = SiteSession(options: BuildOptions(contentFolder: content, templatesFolder: TestPaths.templates, jobs: 2))
        let first = session.rebuild()
        #expect(first.succeeded, "\(first.diagnostics)")
        #expect(first.reparsed == 5 && first.relinked == 5)

        // One German file: only it is read and linked again; both cats keep their own text.
        try edit(folder, "de/animals/cat.md", "---\ntitle: Katze\nsee_also: [Bread]\n---\nDie Katze schläft jetzt.\n", bump: 10)
        let second = session.rebuild()
        #expect(second.succeeded, "\(second.diagnostics)")
        #expect(second.reparsed == 1)
        #expect(second.relinked == 1)
        #expect(page(session, "de/terms/cat/index.html").contains("Die Katze schläft jetzt."))
        #expect(!page(session, "de/terms/cat/index.html").contains("The English cat"))
        #expect(page(session, "terms/cat/index.html").contains("The English cat sleeps."))
        #expect(!page(session, "terms/cat/index.html").contains("Katze schläft"))
        #expect(page(session, "de/terms/dog/index.html").contains("Der Hund bellt die"))
        #expect(page(session, "terms/dog/index.html").contains("The English dog barks"))

        // Nothing changed: nothing is read or linked again, and every page is as before.
        let idle = session.rebuild()
        #expect(idle.succeeded && idle.reparsed == 0 && idle.relinked == 0)
        #expect(page(session, "terms/cat/index.html").contains("The English cat sleeps."))

        // An English name the German pages fall back to: the German terms are linked again.
        try edit(folder, "en/food/bread.md", "---\ntitle: Loaf\naliases: [Bread]\n---\nBaked.\n", bump: 20)
        let renamed = session.rebuild()
        #expect(renamed.succeeded, "\(renamed.diagnostics)")
        #expect(renamed.reparsed == 1)
        #expect(renamed.relinked == 5)
        #expect(page(session, "de/terms/cat/index.html").contains("hreflang=\"en\">Loaf</a>"))

        // An error in one language keeps the last good site; mending it rebuilds that language.
        try edit(folder, "de/animals/dog.md", "---\ntitle: Hund\n---\nDer Hund bellt die [[Katz]] an.\n", bump: 30)
        let broken = session.rebuild()
        #expect(broken.diagnostics.map(\.description) == [
            "\(content)/de/animals/dog.md:4:20: error: wiki link 'Katz' names no term of this glossary; did you mean 'Katze'?"
        ])
        #expect(page(session, "de/terms/dog/index.html").contains("Der Hund bellt die"))
        try edit(folder, "de/animals/dog.md", "---\ntitle: Hund\n---\nDer Hund schläft neben der [[Katze]].\n", bump: 40)
        let mended = session.rebuild()
        #expect(mended.succeeded && mended.reparsed == 1)
        #expect(page(session, "de/terms/dog/index.html").contains("Der Hund schläft neben der"))
        #expect(page(session, "terms/dog/index.html").contains("The English dog barks"))

        // The session's pages are the build's, byte for byte.
        let built = try SiteBuilder.build(BuildOptions(contentFolder: content, templatesFolder: TestPaths.templates, jobs: 2))
        for file in built.files {
            #expect(session.file(at: file.path) == file.data, "\(file.path)")
        }
    }
}
