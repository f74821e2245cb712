import Foundation
import Testing

@testable import GlossaryKit

/// Issue 16: the edit link, dates from git, heading anchors and the index's intro, on
/// built output (the binary, run in a project inside a subfolder of a git repository).
@Suite struct TermSourcesTests {
    /// A repository whose project sits in `site/`: payouts.md committed on one day, fees.md
    /// on a later one, draft-ish notes.md never committed.
    private static func repository() throws -> (TemporaryFolder, String) {
        let folder = try TemporaryFolder()
        let project = try folder.write([
            "Content/glossary.yml": "title: T\nbase_url: https://example.org/g/\nedit_url: https://github.com/acme/g/edit/main/{path}\n",
            "Content/p/payouts.md": "---\ntitle: Payouts\n---\n\nMoney out.\n\n## Details\n\nMore.\n\n## Example\n\nOne.\n",
            "Content/f/fees and costs.md": "---\ntitle: Fees\n---\n\nSee [[Payouts#details]].\n",
        ], under: "site")
        func git(_ arguments: [String], date: String? = nil) throws {
            let run = try CommandRun.git(arguments, in: folder.path, date: date, authorDate: "2000-01-01T00:00:00Z")
            #expect(run.status == 0, "\(run.standardError)")
        }
        try git(["init", "-q"])
        try git(["add", "site/Content/p/payouts.md", "site/Content/glossary.yml"])
        try git(["commit", "-qm", "payouts", "--no-gpg-sign"], date: "2024-03-05T10:00:00Z")
        try git(["add", "site/Content/f"])
        // 23:30 at UTC-5 is the next day in UTC: the date is the UTC day.
        try git(["commit", "-qm", "fees", "--no-gpg-sign"], date: "2024-06-30T23:30:00-05:00")
        try folder.write(["Content/n/notes.md": "---\ntitle: Notes\n---\n\nNot committed.\n"], under: "site")
        return (folder, project)
    }

    private static func page(_ project: String, _ path: String) throws -> String {
        try String(contentsOfFile: project + "/Output/" + path, encoding: .utf8)
    }

    @Test func eachTermPageShowsItsFilesLastCommitAndTheSitemapAgrees() throws {
        let (folder, project) = try Self.repository()
        _ = folder
        let run = try CommandRun.glossary(["build", "-q"], in: project)
        #expect(run.status == 0, "\(run.standardOutput)\(run.standardError)")
        let payouts = try Self.page(project, "terms/payouts/index.html")
        #expect(payouts.contains("Last updated 2024-03-05"))
        #expect(payouts.contains(#""dateModified":"2024-03-05""#))
        let fees = try Self.page(project, "terms/fees-and-costs/index.html")
        #expect(fees.contains("Last updated 2024-07-01"))
        let notes = try Self.page(project, "terms/notes/index.html")
        #expect(!notes.contains("Last updated"))
        #expect(!notes.contains("dateModified"))
        let sitemap = try Self.page(project, "sitemap.xml")
        #expect(sitemap.contains("<loc>https://example.org/g/terms/payouts/</loc><lastmod>2024-03-05</lastmod></url>"))
        #expect(sitemap.contains("<loc>https://example.org/g/terms/fees-and-costs/</loc><lastmod>2024-07-01</lastmod></url>"))
        #expect(sitemap.contains("<loc>https://example.org/g/terms/notes/</loc></url>"))
        #expect(sitemap.components(separatedBy: "<lastmod>").count == 3)

        // An edit not committed takes the date away.
        try folder.write(["Content/p/payouts.md": "---\ntitle: Payouts\n---\n\nMoney out, edited.\n\n## Details\n\nMore.\n"], under: "site")
        #expect(try CommandRun.glossary(["build", "-q"], in: project).status == 0)
        #expect(!(try Self.page(project, "terms/payouts/index.html")).contains("Last updated"))
        #expect(!(try Self.page(project, "sitemap.xml")).contains("<lastmod>2024-03-05</lastmod>"))

        let noGit = try CommandRun.glossary(["build", "-q", "--no-git"], in: project)
        #expect(noGit.status == 0, "\(noGit.standardError)")
        #expect(!(try Self.page(project, "terms/fees-and-costs/index.html")).contains("Last updated"))
        #expect(!(try Self.page(project, "terms/fees-and-costs/index.html")).contains("dateModified"))
        #expect(!(try Self.page(project, "sitemap.xml")).contains("<lastmod>"))
    }

    @Test func theEditLinkNamesTheFileFromTheRepositorysTop() throws {
        let (folder, project) = try Self.repository()
        _ = folder
        #expect(try CommandRun.glossary(["build", "-q", "--no-git"], in: project).status == 0)
        let fees = try Self.page(project, "terms/fees-and-costs/index.html")
        #expect(fees.contains(#"<a href="https://github.com/acme/g/edit/main/site/Content/f/fees%20and%20costs.md">Edit this page</a>"#))
        // Outside a repository: from the project folder.
        let plain = try TemporaryFolder()
        let other = try plain.write([
            "Content/glossary.yml": "title: T\nlanguage: de\nedit_url: https://example.org/edit/{path}?x=1&y=2\n",
            "Content/a.md": "---\ntitle: A\n---\n\nA.\n",
        ])
        #expect(try CommandRun.glossary(["build", "-q"], in: other).status == 0)
        let page = try String(contentsOfFile: other + "/Output/terms/a/index.html", encoding: .utf8)
        #expect(page.contains(#"<a href="https://example.org/edit/Content/a.md?x=1&amp;y=2">Diese Seite bearbeiten</a>"#))
        #expect(!page.contains("Zuletzt aktualisiert"))
    }

    @Test func withoutEditURLThereIsNoLinkAndABadOneIsLocated() throws {
        let folder = try TemporaryFolder()
        let project = try folder.write(["Content/glossary.yml": "title: T\n", "Content/a.md": "---\ntitle: A\n---\n\nA.\n"])
        #expect(try CommandRun.glossary(["build", "-q", "--no-git"], in: project).status == 0)
        let page = try String(contentsOfFile: project + "/Output/terms/a/index.html", encoding: .utf8)
        #expect(!page.contains("Edit this page"))
        #expect(!page.contains("term-meta"))
        for (pattern, message) in [
            ("https://example.org/edit", "edit_url must contain {path}"),
            ("javascript:alert(1)//{path}", "edit_url must be an http:// or https:// address"),
        ] {
            try folder.write(["Content/glossary.yml": "title: T\nedit_url: \"\(pattern)\"\n"])
            let run = try CommandRun.glossary(["build", "-q"], in: project)
            #expect(run.status == 1)
            #expect(run.standardError.contains("Content/glossary.yml:2:11: error: \(message)") || run.standardOutput.contains("Content/glossary.yml:2:11: error: \(message)"),
                    "\(run.standardOutput)\(run.standardError)")
        }
    }

    @Test func headingsGetIdsAndSelfLinksAndAnchorsAreChecked() throws {
        let folder = try TemporaryFolder()
        let project = try folder.write([
            "Content/glossary.yml": "title: T\n",
            "Content/payouts.md": "---\ntitle: Payouts\n---\n\nMoney <b>out</b>.\n\n## Details\n\n### Details\n\n## Über uns?\n\n## Example\n\nOne.\n\n### Steps\n",
            "Content/fees.md": "---\ntitle: Fees\n---\n\n[[Payouts#details]], [a](payouts.md#details-1), [b](/payouts/#steps), [[Payouts#example]].\n",
        ])
        let run = try CommandRun.glossary(["build", "-q", "--no-git"], in: project)
        #expect(run.status == 0, "\(run.standardOutput)\(run.standardError)")
        let payouts = try String(contentsOfFile: project + "/Output/terms/payouts/index.html", encoding: .utf8)
        #expect(payouts.contains(##"<h2 id="details">Details<a class="anchor" href="#details" aria-labelledby="details"></a></h2>"##))
        #expect(payouts.contains(#"<h3 id="details-1">"#))
        #expect(payouts.contains(#"<h2 id="über-uns">Über uns?<a class="anchor""#))
        #expect(payouts.contains(##"<h2 id="example">Example<a class="anchor" href="#example""##))
        #expect(payouts.contains(#"<h3 id="steps">"#))
        // Raw HTML is still dropped.
        #expect(payouts.contains("Money <!-- raw HTML omitted -->out"))
        let fees = try String(contentsOfFile: project + "/Output/terms/fees/index.html", encoding: .utf8)
        for href in ["../payouts/index.html#details", "../payouts/index.html#details-1", "../payouts/index.html#steps", "../payouts/index.html#example"] {
            #expect(fees.contains("href=\"\(href)\""))
        }

        try folder.write(["Content/fees.md": "---\ntitle: Fees\n---\n\nSee [[Payouts#nowhere]] and [[Payouts#detail]].\n"])
        let broken = try CommandRun.glossary(["build", "-q", "--no-git"], in: project)
        #expect(broken.status == 1)
        let anchors = "its page has #example, #details, #details-1, #über-uns, #steps"
        #expect(broken.standardError.contains("Content/fees.md:5:5: error: wiki link 'Payouts#nowhere' names no heading of 'Payouts': \(anchors)"),
                "\(broken.standardError)")
        #expect(broken.standardError.contains("Content/fees.md:5:29: error: wiki link 'Payouts#detail' names no heading of 'Payouts': \(anchors); did you mean '#details'?"))
    }

    @Test func aHostileAnchorIsRefused() throws {
        let folder = try TemporaryFolder()
        let project = try folder.write([
            "Content/glossary.yml": "title: T\n",
            "Content/a.md": "---\ntitle: A\n---\n\n[[B#x\" onmouseover=\"window.__pwned=1]]\n",
            "Content/b.md": "---\ntitle: B\n---\n\nB.\n\n## X\n",
        ])
        let run = try CommandRun.glossary(["build", "-q", "--no-git"], in: project)
        #expect(run.status == 1)
        #expect(run.standardError.contains(#"Content/a.md:5:1: error: wiki link 'B#x" onmouseover="window.__pwned=1' names no heading of 'B': its page has #x"#),
                "\(run.standardError)")
    }

    @Test func repeatedHeadingsCountAsGitHubDoes() {
        var slugger = HeadingSlugger()
        #expect(["A", "A", "A-1", "What's new?", "C++ & C#", "日本語 テスト", "---", "snake_case"].map { slugger.slug($0) }
            == ["a", "a-1", "a-1-1", "whats-new", "c--c", "日本語-テスト", "---", "snake_case"])
        #expect(slugger.slug("!!!") == nil)
        #expect(GitDates.day(0) == "1970-01-01")
        #expect(GitDates.day(951_782_400) == "2000-02-29")
    }

    @Test func theIntroIsRenderedAtTheTopOfTheIndex() throws {
        let folder = try TemporaryFolder()
        let project = try folder.write([
            "Content/glossary.yml": "title: T\n",
            "Content/_index.md": "---\ntitle: Home\n---\n\nWelcome: see [[Payouts#details]] and [fees](fees.md). <script>x</script>\n\n## Example\n\nStays here.\n",
            "Content/payouts.md": "---\ntitle: Payouts\n---\n\nOut.\n\n## Details\n\nMore.\n",
            "Content/fees.md": "---\ntitle: Fees\n---\n\nFees.\n",
        ])
        let run = try CommandRun.glossary(["build", "-q", "--no-git"], in: project)
        #expect(run.status == 0, "\(run.standardOutput)\(run.standardError)")
        let index = try String(contentsOfFile: project + "/Output/index.html", encoding: .utf8)
        #expect(index.contains(#"<div class="intro">"#))
        #expect(index.contains(#"Welcome: see <a href="terms/payouts/index.html#details">"#))
        #expect(index.contains(#"<a href="terms/fees/index.html">fees</a>"#))
        #expect(!index.contains("<script>x"))
        #expect(index.contains(#"<h2 id="example">Example"#) && index.contains("Stays here."))
        #expect(!FileManager.default.fileExists(atPath: project + "/Output/terms/index/index.html"))
        #expect(!FileManager.default.fileExists(atPath: project + "/Output/terms/home/index.html"))

        try folder.write(["Content/_index.md": "Hello [[Nobody]].\n"])
        let broken = try CommandRun.glossary(["build", "-q", "--no-git"], in: project)
        #expect(broken.status == 1)
        #expect(broken.standardError.contains("Content/_index.md:1:7: error: wiki link 'Nobody' names no term of this glossary"),
                "\(broken.standardError)")
        try FileManager.default.removeItem(atPath: project + "/Content/_index.md")
        #expect(try CommandRun.glossary(["build", "-q", "--no-git"], in: project).status == 0)
        #expect(!(try String(contentsOfFile: project + "/Output/index.html", encoding: .utf8)).contains("intro"))
    }
}
