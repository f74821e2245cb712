import Foundation
import Testing
@testable import GlossaryKit

/// Issue 13, "the author's rough edges": what a new user met trying the tool, each checked
/// through the real binary.
@Suite struct AuthorRoughEdgesTests {
    /// A project folder holding `Content/` with these files (no `Templates/`).
    static func project(_ files: [String: String]) throws -> TemporaryFolder {
        let folder = try TemporaryFolder()
        try folder.write(files, under: "Content")
        return folder
    }

    static func text(_ path: String) throws -> String {
        try String(contentsOfFile: path, encoding: .utf8)
    }

    // MARK: the built-in theme

    @Test func aProjectWithoutTemplatesBuildsWithTheBuiltInTheme() throws {
        let folder = try Self.project(["a.md": "---\ntitle: Alpha\n---\nText.\n"])
        let run = try CommandRun.glossary(["build", "--verbose"], in: folder.path)
        #expect(run.status == 0, "\(run.standardError)")
        #expect(run.standardOutput.hasPrefix(
            "No Templates/ folder: using the built-in theme (glossary init writes a copy to customise).\nBuilt 1 term into Output ("))
        for (path, text) in DefaultTheme.files where path.hasPrefix("assets/") {
            #expect(try Self.text(folder.child("Output/" + path)) == text, "\(path)")
        }
        #expect(try Self.text(folder.child("Output/terms/a/index.html")).contains("assets/style.css"))
        // Without --verbose the build says nothing about it.
        let quiet = try CommandRun.glossary(["build"], in: folder.path)
        #expect(quiet.standardOutput.hasPrefix("Built 1 term into Output ("))

        let check = try CommandRun.glossary(["check", "--verbose"], in: folder.path)
        #expect(check.status == 0)
        #expect(check.standardError.hasPrefix("No Templates/ folder: using the built-in theme"))
    }

    @Test func aTemplatesFolderGivenThatDoesNotExistIsAnError() throws {
        let folder = try Self.project(["a.md": "---\ntitle: Alpha\n---\nText.\n"])
        for command in ["build", "check", "serve"] {
            let run = try CommandRun.glossary([command, "--templates", "Theme"], in: folder.path)
            #expect(run.status == 2, "\(command)")
            #expect(run.standardError.hasPrefix("Error: --templates Theme: the templates folder does not exist\n"), "\(command)")
        }
        #expect(!FileManager.default.fileExists(atPath: folder.child("Output")))
    }

    @Test func serveWithoutTemplatesUsesTheBuiltInTheme() throws {
        let folder = try Self.project(["a.md": "---\ntitle: Alpha\n---\nText.\n"])
        let server = try ServeCommandTests.Server(
            content: "Content", arguments: ["serve", "--port", "0"], folder: folder.path)
        defer { _ = server.stop() }
        #expect(server.log.first == "No Templates/ folder: using the built-in theme (glossary init writes a copy to customise).")
        let css = try ServeCommandTests.get(server.base + "assets/style.css")
        #expect(css.status == 200)
        #expect(css.body == DefaultTheme.text(of: "assets/style.css"))
    }

    // MARK: base_url

    @Test func initWritesNoPlaceholderAddress() throws {
        let folder = try TemporaryFolder()
        #expect(try CommandRun.glossary(["init", "site"], in: folder.path).status == 0)
        let settings = try Self.text(folder.child("site/Content/glossary.yml"))
        #expect(!settings.contains("example.org"))
        #expect(!settings.split(separator: "\n").contains { $0.hasPrefix("base_url") })
        let build = try CommandRun.glossary(["build"], in: folder.child("site"))
        #expect(build.status == 0, "\(build.standardError)")
        for (path, data) in try FileTree.read(folder.child("site/Output")) {
            #expect(!String(decoding: data, as: UTF8.self).contains("example.org"), "\(path)")
        }
        #expect(!FileManager.default.fileExists(atPath: folder.child("site/Output/sitemap.xml")))
    }

    @Test func aBaseURLWithoutItsSchemeIsAnErrorThatShowsTheFix() throws {
        let folder = try Self.project([
            "glossary.yml": "title: T\nbase_url: me.github.io/gloss\n", "a.md": "---\ntitle: Alpha\n---\nText.\n",
        ])
        let run = try CommandRun.glossary(["build"], in: folder.path)
        #expect(run.status == 1)
        #expect(run.standardError == """
            Content/glossary.yml:2:11: error: base_url must be an http:// or https:// address or a path, \
            found 'me.github.io/gloss'; did you mean 'https://me.github.io/gloss/'?
            build failed with 1 error; Output was left as it was

            """)

        try "title: T\n".write(toFile: folder.child("Content/glossary.yml"), atomically: true, encoding: .utf8)
        let option = try CommandRun.glossary(["build", "--base-url", "me.github.io/gloss"], in: folder.path)
        #expect(option.status == 2)
        #expect(option.standardError.hasPrefix(
            "Error: --base-url must be an http:// or https:// address or a path, found 'me.github.io/gloss'; "
                + "did you mean 'https://me.github.io/gloss/'?\n"))
        let relative = try CommandRun.glossary(["build", "--base-url", "gloss"], in: folder.path)
        #expect(relative.status == 2)
        #expect(relative.standardError.hasPrefix(
            "Error: --base-url must be an http:// or https:// address or a path, found 'gloss'; did you mean '/gloss/'?\n"))
        #expect(!FileManager.default.fileExists(atPath: folder.child("Output")))
    }

    @Test func aPathOnlyBaseURLBuildsWithoutASitemap() throws {
        let folder = try Self.project([
            "glossary.yml": "title: T\nbase_url: /gloss/\n", "a.md": "---\ntitle: Alpha\n---\nText.\n",
        ])
        let run = try CommandRun.glossary(["build"], in: folder.path)
        #expect(run.status == 0, "\(run.standardError)")
        #expect(!FileManager.default.fileExists(atPath: folder.child("Output/sitemap.xml")))
        #expect(try Self.text(folder.child("Output/robots.txt")) == "User-agent: *\nAllow: /\n")
        #expect(try Self.text(folder.child("Output/404.html")).contains(#"href="/gloss/assets/style.css""#))
    }

    // MARK: the 404 page

    @Test func the404PageLinksFromTheSiteRootWhereverItIsServed() throws {
        let folder = try Self.project([
            "glossary.yml": "title: T\nbase_url: https://me.github.io/gloss/\n", "a.md": "---\ntitle: Alpha\n---\nText.\n",
        ])
        #expect(try CommandRun.glossary(["build"], in: folder.path).status == 0)
        let withBase = try Self.text(folder.child("Output/404.html"))
        for link in [#"href="/gloss/assets/style.css""#, #"src="/gloss/assets/search.js""#,
                     #"data-index="/gloss/search-index.json""#, #"data-root="/gloss/""#, #"href="/gloss/index.html""#,
                     #"href="/gloss/letters/a/index.html""#] {
            #expect(withBase.contains(link), "\(link)")
        }
        #expect(try LinkChecker.brokenLinks(in: folder.child("Output"), rootPath: "/gloss/") == [])

        try "title: T\n".write(toFile: folder.child("Content/glossary.yml"), atomically: true, encoding: .utf8)
        #expect(try CommandRun.glossary(["build"], in: folder.path).status == 0)
        let withoutBase = try Self.text(folder.child("Output/404.html"))
        // Without a base_url the host's layout is unknown: relative links, as on the index.
        #expect(withoutBase.contains(#"href="assets/style.css""#))
        #expect(withoutBase.contains(#"data-index="search-index.json""#))
        #expect(try LinkChecker.brokenLinks(in: folder.child("Output")) == [])
    }

    @Test func servePreviewAnswersAnUnknownPathAtAnyDepthWithThe404Page() throws {
        let folder = try Self.project([
            "glossary.yml": "title: T\nbase_url: https://me.github.io/gloss/\n", "a.md": "---\ntitle: Alpha\n---\nText.\n",
        ])
        let server = try ServeCommandTests.Server(content: "Content", arguments: ["serve", "--port", "0"], folder: folder.path)
        defer { _ = server.stop() }
        let page = try ServeCommandTests.get(server.base + "terms/typo/")
        #expect(page.status == 404)
        #expect(page.body.contains("Page not found"))
        // The preview is served at its root, so the page's links are too.
        #expect(page.body.contains(#"href="/assets/style.css""#))
        #expect(try ServeCommandTests.get(server.base + "assets/style.css").status == 200)
    }

    // MARK: YAML errors

    @Test(arguments: [
        ("---\ntitle: Note: this\n---\nText.\n",
         "Content/a.md:2:12: error: invalid YAML: mapping values are not allowed in this context; "
            + "a ': ' inside a value needs quotes: put the title in quotes, title: \"Note: this\""),
        ("---\ntitle: A\naliases:\n\t- Ay\n---\nText.\n",
         "Content/a.md:4:1: error: invalid YAML: found character that cannot start any token "
            + "(while scanning for the next token at line 4); the line is indented with a tab: YAML indents with spaces only"),
        ("---\ntitle: A\ntags: [x, y\n---\nText.\n",
         "Content/a.md:4:1: error: invalid YAML: did not find expected ',' or ']' (while parsing a flow sequence at line 3); "
            + "the '[' on line 3 is never closed: end the list with ']'"),
    ])
    func yamlErrorsSayTheirUsualCause(file: String, message: String) throws {
        let folder = try Self.project(["a.md": file])
        let run = try CommandRun.glossary(["build"], in: folder.path)
        #expect(run.status == 1)
        #expect(run.standardError == message + "\nbuild failed with 1 error; Output was left as it was\n")
    }

    // MARK: references to drafts

    @Test func aReferenceToADraftSaysItIsADraft() throws {
        let folder = try Self.project([
            "a.md": "---\ntitle: Alpha\nsee_also: [Beta]\nrelated: [Bee]\n---\nSee [[beta]] and [the file](b.md).\n",
            "b.md": "---\ntitle: Beta\naliases: [Bee]\ndraft: true\n---\nText.\n",
        ])
        let tail = " names a draft: Content/b.md has 'draft: true'; build with --drafts to include it, or remove 'draft: true' to publish it"
        let run = try CommandRun.glossary(["build"], in: folder.path)
        #expect(run.status == 1)
        #expect(run.standardError == """
            Content/a.md:3:12: error: see_also reference 'Beta'\(tail)
            Content/a.md:4:11: error: related reference 'Bee'\(tail)
            Content/a.md:6:5: error: wiki link 'beta'\(tail)
            Content/a.md:6:18: error: link to 'b.md'\(tail)
            build failed with 4 errors; Output was left as it was

            """)
        let check = try CommandRun.glossary(["check"], in: folder.path)
        #expect(check.status == 1)
        #expect(check.standardOutput.contains("Content/a.md:3:12: error: see_also reference 'Beta'\(tail)\n"))
        #expect(try CommandRun.glossary(["build", "--drafts"], in: folder.path).status == 0)
    }

    // MARK: serve

    @Test func serveOnAPortInUseSaysWhichAndSuggestsPortZero() throws {
        let folder = try Self.project(["a.md": "---\ntitle: Alpha\n---\nText.\n"])
        let first = try ServeCommandTests.Server(content: "Content", arguments: ["serve", "--port", "0"], folder: folder.path)
        defer { _ = first.stop() }
        let port = try #require(first.base.split(separator: ":").last.map { String($0.dropLast()) })
        let second = try CommandRun.glossary(["serve", "--port", port], in: folder.path)
        #expect(second.status == 2)
        #expect(second.standardError == "glossary: port \(port) on 127.0.0.1 is already in use (another glossary serve?); "
            + "stop that program, choose another with --port, or let the system pick a free one with --port 0\n")
    }

    @Test func serveOpenHandsTheAddressToTheBrowserOpener() throws {
        let folder = try Self.project(["a.md": "---\ntitle: Alpha\n---\nText.\n"])
        let bin = folder.child("bin")
        try FileManager.default.createDirectory(atPath: bin, withIntermediateDirectories: true)
        let record = folder.child("opened.txt")
        let opener = bin + "/xdg-open"
        try "#!/bin/sh\nprintf '%s\\n' \"$1\" > '\(record)'\n".write(toFile: opener, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: opener)
        try FileManager.default.copyItem(atPath: opener, toPath: bin + "/open")
        let path = bin + ":" + (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin")
        let server = try ServeCommandTests.Server(
            content: "Content", arguments: ["serve", "--port", "0", "--open"], folder: folder.path, environment: ["PATH": path])
        defer { _ = server.stop() }
        let deadline = Date().addingTimeInterval(10)
        while !FileManager.default.fileExists(atPath: record) && Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
        Thread.sleep(forTimeInterval: 0.1)
        #expect(try Self.text(record) == server.base + "\n")
    }

    // MARK: a mistyped command

    @Test func aMistypedCommandSuggestsTheClosestOne() throws {
        let folder = try Self.project(["a.md": "---\ntitle: Alpha\n---\nText.\n"])
        let run = try CommandRun.glossary(["biuld"], in: folder.path)
        #expect(run.status == 2)
        #expect(run.standardError == "glossary: unknown command 'biuld'; did you mean 'build'?\n")
        #expect(!FileManager.default.fileExists(atPath: folder.child("Output")))
        let far = try CommandRun.glossary(["publish"], in: folder.path)
        #expect(far.status == 2)
        #expect(far.standardError == "glossary: unknown command 'publish'; the commands are build, check, new, serve, init, export, import\n")
        // The default command still runs with options only.
        #expect(try CommandRun.glossary(["--quiet"], in: folder.path).status == 0)
    }

    // MARK: import

    @Test func importChecksTheRowsReferencesAndWritesNothingWhenOneNamesNoTerm() throws {
        let folder = try Self.project(["a.md": "---\ntitle: Alpha\n---\nText.\n"])
        let csv = folder.child("terms.csv")
        try """
            title,definition,see_also,related
            Beta,Beta links to [[Gamma]] and [[Alpha]].,Alpha,
            Gamma,Gamma is [[Delta]].,Alfa,Beta
            Epsilon,See [Beta](beta.md) and [x](zeta.md).,,

            """.write(toFile: csv, atomically: true, encoding: .utf8)
        let run = try CommandRun.glossary(["import", "terms.csv"], in: folder.path)
        #expect(run.status == 1)
        #expect(run.standardError == """
            terms.csv:3: error: see_also reference 'Alfa' names no term of this glossary; did you mean 'Alpha'?
            terms.csv:3: error: wiki link 'Delta' names no term of this glossary; did you mean 'Beta'?
            terms.csv:4: error: link to 'zeta.md' points at no term file of this glossary; did you mean 'Beta'?

            """)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.child("Content")) == ["a.md"])

        try """
            title,definition,see_also,related
            Beta,Beta links to [[Gamma]] and [[Alpha]].,Alpha,
            Gamma,Gamma is [[Beta]].,Alpha,Beta

            """.write(toFile: csv, atomically: true, encoding: .utf8)
        let good = try CommandRun.glossary(["import", "terms.csv"], in: folder.path)
        #expect(good.status == 0, "\(good.standardError)")
        #expect(try CommandRun.glossary(["build", "--drafts"], in: folder.path).status == 0)
    }
}
