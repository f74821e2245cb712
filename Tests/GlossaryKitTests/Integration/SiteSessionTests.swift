import Foundation
import Testing
@testable import GlossaryKit

/// The in-memory site behind `glossary serve`: rebuilds after edits, reading only what
/// changed, and keeps the last good site while the input has errors.
@Suite struct SiteSessionTests {
    func page(_ session: SiteSession, _ path: String) -> String? {
        session.file(at: path).map { String(decoding: $0, as: UTF8.self) }
    }

    /// Writes a file with a modification time clearly after the last one, so an edit within
    /// the same clock tick is still noticed.
    func edit(_ folder: TemporaryFolder, _ name: String, _ text: String, bump: Int) throws {
        try folder.write([name: text], under: "Content")
        let path = folder.child("Content/" + name)
        try FileManager.default.setAttributes(
            [.modificationDate: Date(timeIntervalSinceNow: Double(bump))], ofItemAtPath: path)
    }

    @Test func rebuildsOnlyWhatChangedAndKeepsTheLastGoodSiteOnErrors() throws {
        let folder = try TemporaryFolder()
        let content = try folder.write([
            "alpha.md": "---\ntitle: Alpha\n---\nAlpha links to [[Beta]].\n",
            "beta.md": "---\ntitle: Beta\n---\nBeta text.\n",
            "gamma.md": "---\ntitle: Gamma\n---\nGamma text.\n",
        ], under: "Content")
        let session = SiteSession(options: BuildOptions(contentFolder: content, templatesFolder: TestPaths.templates))
        let first = session.rebuild()
        #expect(first.succeeded)
        #expect(first.reparsed == 3)
        #expect(first.relinked == 3)
        #expect(page(session, "terms/beta/index.html")?.contains("Beta text.") == true)
        #expect(page(session, "search-index.json")?.contains("\"title\":\"Gamma\"") == true)
        #expect(session.file(at: "assets/style.css") != nil)
        #expect(session.file(at: "terms/nothing/index.html") == nil)

        try edit(folder, "beta.md", "---\ntitle: Beta\n---\nBeta text, edited.\n", bump: 10)
        let second = session.rebuild()
        #expect(second.succeeded)
        #expect(second.reparsed == 1)
        #expect(second.relinked == 1)
        #expect(page(session, "terms/beta/index.html")?.contains("Beta text, edited.") == true)

        try edit(folder, "alpha.md", "---\ntitle: Alpha\n---\nAlpha links to [[Betta]].\n", bump: 20)
        let broken = session.rebuild()
        #expect(!broken.succeeded)
        #expect(broken.diagnostics.map(\.description) == [
            "\(content)/alpha.md:4:16: error: wiki link 'Betta' names no term of this glossary; did you mean 'Beta'?"
        ])
        #expect(session.diagnostics == broken.diagnostics)
        #expect(page(session, "terms/alpha/index.html")?.contains("Alpha links to") == true)

        try edit(folder, "alpha.md", "---\ntitle: Alpha\n---\nAlpha now links to [[Gamma]].\n", bump: 30)
        let fixed = session.rebuild()
        #expect(fixed.succeeded)
        #expect(session.diagnostics.isEmpty)
        #expect(page(session, "terms/alpha/index.html")?.contains("Alpha now links to") == true)
        // Backlinks follow the edit: Gamma is now referenced by Alpha, Beta no longer.
        #expect(page(session, "terms/gamma/index.html")?.contains("Referenced by") == true)
        #expect(page(session, "terms/beta/index.html")?.contains("Referenced by") == false)
    }

    @Test func renamingATermRelinksEveryTermAndRemovingAFileDropsItsPage() throws {
        let folder = try TemporaryFolder()
        let content = try folder.write([
            "a.md": "---\ntitle: Alpha\n---\nSee [[Beta]].\n",
            "b.md": "---\ntitle: Beta\n---\nText.\n",
        ], under: "Content")
        let session = SiteSession(options: BuildOptions(contentFolder: content, templatesFolder: TestPaths.templates))
        #expect(session.rebuild().succeeded)
        try edit(folder, "b.md", "---\ntitle: Bravo\naliases: [Beta]\n---\nText.\n", bump: 10)
        let renamed = session.rebuild()
        #expect(renamed.succeeded)
        #expect(renamed.relinked == 2)
        try FileManager.default.removeItem(atPath: content + "/b.md")
        let removed = session.rebuild()
        #expect(!removed.succeeded)
        #expect(removed.diagnostics.first?.message.contains("'Beta' names no term") == true)
        try edit(folder, "a.md", "---\ntitle: Alpha\n---\nAlone.\n", bump: 20)
        #expect(session.rebuild().succeeded)
        #expect(session.file(at: "terms/b/index.html") == nil)
    }

    /// A rebuild replaces the whole site; nothing of the previous one may stay behind
    /// (issue 12: every save kept the last site's page contexts, 3 KB a term, for ever).
    /// Every object reachable from the session after one rebuild, and not after the next,
    /// must be gone: terms, memoized A–Z bars, whatever a later version of the session holds.
    @Test func aRebuildFreesThePreviousSite() throws {
        let folder = try TemporaryFolder()
        let names = ["alpha", "beta", "gamma", "delta"]
        let content = try folder.write(Dictionary(uniqueKeysWithValues: names.map {
            ("\($0).md", "---\ntitle: \($0.capitalized)\n---\nText of \($0), see [[Alpha]].\n")
        }), under: "Content")
        // Several threads, so the files are read and the contexts built in parallel.
        let session = SiteSession(options: BuildOptions(
            contentFolder: content, templatesFolder: TestPaths.templates, jobs: 4))
        #expect(session.rebuild().succeeded)
        _ = session.file(at: "terms/beta/index.html")
        var previous: [WeakObject] = []
        do {
            let objects = ReachableObjects.collect(from: session)
            #expect(objects.contains { $0 is Term }, "the walk finds the site's terms")
            #expect(objects.contains { $0 is MemoizedValue }, "the walk finds the A–Z bars")
            previous = objects.map(WeakObject.init)
        }
        for (bump, name) in names.enumerated() {
            try edit(folder, "\(name).md", "---\ntitle: \(name.capitalized)\n---\nEdited \(name).\n", bump: 10 + bump)
        }
        #expect(session.rebuild().succeeded)
        let current = Set(ReachableObjects.collect(from: session).map(ObjectIdentifier.init))
        let kept = previous.compactMap(\.object).filter { !current.contains(ObjectIdentifier($0)) }
        #expect(kept.isEmpty, "objects of the previous site still alive: \(kept.map { type(of: $0) })")
    }

    @Test func servesTheSameBytesAsABuild() throws {
        let session = SiteSession(options: BuildOptions(contentFolder: TestPaths.content, templatesFolder: TestPaths.templates))
        #expect(session.rebuild().succeeded)
        let built = try SiteBuilder.build(BuildOptions(contentFolder: TestPaths.content, templatesFolder: TestPaths.templates))
        for file in built.files {
            #expect(session.file(at: file.path) == file.data, "\(file.path)")
        }
    }
}
