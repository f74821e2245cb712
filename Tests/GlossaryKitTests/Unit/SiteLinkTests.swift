import Testing
@testable import GlossaryKit

/// Issue 13: links written as a site reads them (`/slug/`, `../slug/`, `slug`), former
/// addresses and `ignore_links:`.
@Suite("Site links")
struct SiteLinkTests {
    static func link(_ terms: [Term], settings: SiteSettings = SiteSettings()) -> (Glossary, [LinkedTerm], [Diagnostic]) {
        let glossary = Glossary(terms: terms)
        let (linked, diagnostics) = Linker.link(glossary, settings: settings, jobs: 1)
        return (glossary, linked, diagnostics)
    }

    static func terms(_ body: String, in path: String = "a.md") throws -> [Term] {
        [
            try UnitFixtures.term(path, title: "Alpha", body: body),
            // Headings for the anchors the links name (`#x`), which are checked.
            try UnitFixtures.term("beta.md", title: "Beta", ["tags: [Greek letters]"], body: "Beta.\n\n## X\n\n## Y\n"),
            try UnitFixtures.term(
                "sub/gamma-ray.md", title: "Gamma ray", ["former_slugs: [gamma, old-gamma]"], body: "Gamma.\n\n## Z\n\n## A\n"),
        ]
    }

    @Test(arguments: [
        ("/beta/", "../beta/index.html"), ("/beta", "../beta/index.html"), ("/beta/#x", "../beta/index.html#x"),
        ("beta/", "../beta/index.html"), ("beta", "../beta/index.html"), ("../beta/", "../beta/index.html"),
        ("../../../beta/#y", "../beta/index.html#y"), ("< /beta/ >", "../beta/index.html"), ("/Beta_/", "../beta/index.html"),
        ("/terms/beta/", "../beta/index.html"), ("/terms/beta/index.html", "../beta/index.html"),
        ("/sub/gamma-ray/", "../gamma-ray/index.html"), ("/be%74a/", "../beta/index.html"),
        ("/", "../../index.html"), ("/tags/", "../../tags/index.html"), ("/tags/greek-letters/", "../../tags/greek-letters/index.html"),
        ("/letters/b/", "../../letters/b/index.html"),
    ])
    func siteLinksResolveToPages(destination: String, href: String) throws {
        let (_, linked, diagnostics) = Self.link(
            try Self.terms("See [it](\(destination))."))
        #expect(diagnostics == [])
        #expect(linked[0].body.definitionHTML == "<p>See <a href=\"\(href)\">it</a>.</p>\n")
    }

    @Test func linksToTermPagesAreBacklinksAndFormerAddressesAreRecorded() throws {
        let (glossary, linked, diagnostics) = Self.link(try Self.terms("[b](/beta/) and [g]( /gamma/#z) and [o](old-gamma.md)"))
        #expect(diagnostics == [])
        #expect(glossary.terms.map(\.title) == ["Alpha", "Beta", "Gamma ray"])
        #expect(linked[0].bodyTargets == [1, 2])
        #expect(linked[1].referencedBy == [0])
        #expect(linked[2].referencedBy == [0])
        #expect(linked[0].formerLinks.map { [$0.written, $0.former, $0.current] } == [
            ["/gamma/", "gamma", "/gamma-ray/"], ["old-gamma.md", "old-gamma", "sub/gamma-ray.md"],
        ])
        #expect(linked[2].formerSlugs == ["gamma", "old-gamma"])
    }

    @Test(arguments: [
        "https://example.com/x/", "//cdn.example.com/x/", "mailto:a@example.com", "#local", "/docs/a/b/", "/blog/post",
        "/img/logo.png", "notes.txt", "/search/?q=x", "?page=2",
    ])
    func otherDestinationsStayAsWritten(destination: String) throws {
        var settings = SiteSettings()
        settings.ignoreLinks = ["/docs/**", "blog/*"]
        let (_, linked, diagnostics) = Self.link(try Self.terms("[x](\(destination))"), settings: settings)
        #expect(diagnostics == [])
        #expect(linked[0].body.definitionHTML.contains("href=\"\(destination.replacingOccurrences(of: "&", with: "&amp;"))\""))
        #expect(linked[0].bodyTargets == [])
    }

    @Test func aLinkToNoPageIsAnErrorWithTheClosestAddresses() throws {
        let (_, _, diagnostics) = Self.link(try Self.terms("Text.\n\nSee [b](/betta/), [c](../betta/) and [t](/tags/nope/)\nand [d](/blog/a/b/)."))
        #expect(diagnostics.map(\.description) == [
            "Content/a.md:6:5: error: link to '/betta/' names no page of this site; did you mean '/beta/'?",
            "Content/a.md:6:19: error: link to '../betta/' names no page of this site; did you mean '../beta/'?",
            "Content/a.md:6:38: error: link to '/tags/nope/' names no page of this site",
            // Alpha's slug is `a` (its file is a.md).
            "Content/a.md:7:5: error: link to '/blog/a/b/' names no page of this site; did you mean '/a/'?",
        ])
    }

    @Test func aPathUnderAFolderNamesATermOnlyInThatFolder() throws {
        let (_, _, diagnostics) = Self.link(try Self.terms("[g](/other/gamma-ray/) [b](/sub/beta/)"))
        #expect(diagnostics.map(\.message) == [
            "link to '/other/gamma-ray/' names no page of this site", "link to '/sub/beta/' names no page of this site",
        ])
    }

    @Test func aRootRelativeMarkdownFileIsReadFromTheContentFolder() throws {
        let (_, linked, diagnostics) = Self.link(try Self.terms("[g](/sub/gamma-ray.md#a)", in: "deep/a.md"))
        #expect(diagnostics == [])
        #expect(linked[0].body.definitionHTML == "<p><a href=\"../gamma-ray/index.html#a\">g</a></p>\n")
    }

    @Test func redirectsResolveAndBadOnesAreErrorsInGlossaryYML() throws {
        var settings = SiteSettings()
        func redirect(_ from: String, _ to: String, line: Int) -> SiteRedirect {
            SiteRedirect(from: Located(from, line: line, column: 3), to: Located(to, line: line, column: 20), file: "Content/glossary.yml")
        }
        settings.redirects = [
            redirect("/b-old/", "Beta", line: 2), redirect("/beta/", "Alpha", line: 3), redirect("/x/y/", "Beta", line: 4),
            redirect("zed", "Betta", line: 5), redirect("gamma", "Beta", line: 6),
        ]
        let (_, linked, diagnostics) = Self.link(try Self.terms("[b](/b-old/)"), settings: settings)
        #expect(diagnostics.map(\.description) == [
            "Content/glossary.yml:3:3: error: the redirect from '/beta/' is the slug of 'Beta' (Content/beta.md): a live page cannot redirect too",
            "Content/glossary.yml:4:3: error: the redirect from '/x/y/' must name one old page: '/old-slug/' or 'old-slug'",
            "Content/glossary.yml:5:20: error: the redirect to 'Betta' names no term of this glossary; did you mean 'Beta'?",
            "Content/glossary.yml:6:3: error: the redirect from 'gamma' is a former address of 'Gamma ray' too (Content/sub/gamma-ray.md:3:16)",
        ])
        #expect(linked[0].bodyTargets == [1])
        #expect(linked[1].formerSlugs == ["b-old"])
    }

    /// A former slug that is another term's live slug.
    @Test func aFormerSlugThatIsALiveSlugIsAnError() throws {
        let (_, _, diagnostics) = Self.link([
            try UnitFixtures.term("a.md", title: "Alpha", ["former_slugs: [beta]"]), try UnitFixtures.term("beta.md", title: "Beta"),
        ])
        #expect(diagnostics.map(\.message) == [
            "the former slug 'beta' is the slug of 'Beta' (Content/beta.md): a live page cannot redirect too"
        ])
    }

    @Test(arguments: [
        ("/docs/**", "/docs", true), ("/docs/**", "/docs/a/b/", true), ("/docs/**", "/doc/a", false),
        ("/blog/*", "/blog/x/", true), ("/blog/*", "/blog/x/y", false), ("/blog/*", "/blog", false),
        ("/**/*.pdf", "/a/b/c.pdf", true), ("/v?/*", "/v2/x", true), ("/a*z/", "/abcz", true), ("/a*z/", "/abc", false),
    ])
    func ignorePatterns(pattern: String, path: String, matches: Bool) {
        #expect(LinkPattern(pattern).matches(path.split(separator: "/").map(String.init)) == matches)
    }

    @Test func redirectPagesPointAtTheTermAndAreNotIndexed() throws {
        let term = try UnitFixtures.term("beta.md", title: "Beta & co")
        var settings = SiteSettings()
        let english = InterfaceCatalog.builtIn.strings(language: "en")
        let relative = RedirectPages.page(for: term, settings: settings, strings: english)
        #expect(relative.contains(#"<meta http-equiv="refresh" content="0; url=../beta/index.html">"#))
        #expect(relative.contains(#"<link rel="canonical" href="../beta/index.html">"#))
        #expect(relative.contains(#"<meta name="robots" content="noindex">"#))
        #expect(relative.contains(#"<p>This page has moved to <a href="../beta/index.html">Beta &amp; co</a>.</p>"#))
        settings.baseURL = "https://example.org/g"
        #expect(RedirectPages.page(for: term, settings: settings, strings: english).contains(#"<link rel="canonical" href="https://example.org/g/terms/beta/">"#))
    }
}
