import Foundation
import Testing
@testable import GlossaryKit

/// Issue 13: a glossary written for Hugo (`Fixtures/hugo-site/`) builds as it is.
///
/// The fixture also holds what the front matter rewrite reads (capitalised keys in
/// `virtual-machine.md`, empty strings in its tags, `search.md` with `layout: search`).
/// Each test runs on the fixture `.asWritten` (needs that rewrite) and on a copy with
/// those three things `.normalised` by hand (`title:`, no empty strings, no search.md),
/// which tests the links, redirects and leftovers on their own.
@Suite struct HugoSiteTests {
    enum Variant: String, CaseIterable, CustomTestStringConvertible {
        case asWritten, normalised
        var testDescription: String { rawValue }
    }

    static let fixture = TestPaths.fixtures.appendingPathComponent("hugo-site/Content").path

    /// A project folder with the fixture as `Content/` and the shipped templates.
    static func project(_ variant: Variant) throws -> TemporaryFolder {
        let folder = try TemporaryFolder()
        let content = folder.child("Content")
        try FileTree.copy(fixture, to: content)
        try FileTree.copy(TestPaths.templates, to: folder.child("Templates"))
        if variant == .normalised {
            try FileManager.default.removeItem(atPath: content + "/search.md")
            let path = content + "/virtual-machine.md"
            let text = try String(contentsOfFile: path, encoding: .utf8)
                .replacingOccurrences(of: "Title:", with: "title:").replacingOccurrences(of: "Aliases:", with: "aliases:")
                .replacingOccurrences(of: #"Tags: ["compute", "", ""]"#, with: #"tags: ["compute"]"#)
            try text.write(toFile: path, atomically: true, encoding: .utf8)
        }
        return folder
    }

    /// Left as written on purpose: `ignore_links` paths and an image of the old site.
    static let outsideLinks: [LinkChecker.Link] = [
        .init(page: "terms/cdn/index.html", target: "/blog/why-we-use-a-cdn/"),
        .init(page: "terms/cloud-computing/index.html", target: "/docs/getting-started/"),
        .init(page: "terms/kubernetes/index.html", target: "/images/k8s-cluster.png"),
    ]

    static let slugs = [
        "auto-scaling", "cdn", "cloud-computing", "containers", "infrastructure-as-code", "kubernetes", "load-balancer",
        "microservices-architecture", "multi-tenancy", "object-storage", "serverless-computing", "virtual-machine",
    ]

    @Test(arguments: Variant.allCases)
    func buildsWithEverySiteLinkResolvedToATermPage(_ variant: Variant) throws {
        let project = try Self.project(variant)
        let run = try CommandRun.glossary(["build"], in: project.path)
        #expect(run.status == 0, "\(run.standardError)")
        let output = project.child("Output")
        let broken = try LinkChecker.brokenLinks(in: output)
        #expect(broken.filter { $0.page != SitePaths.printable } == Self.outsideLinks)
        // The printable page holds every term's text, and so the same links.
        #expect(Set(broken.filter { $0.page == SitePaths.printable }.map(\.target)) == Set(Self.outsideLinks.map(\.target)))
        let files = try FileTree.read(output)
        let termPages = files.keys.filter { $0.hasPrefix("terms/") }.sorted()
        #expect(termPages == (Self.slugs + ["functions-as-a-service", "microservices", "serverless"])
            .map { "terms/\($0)/index.html" }.sorted())

        // Every link a body makes to the site is rewritten: no root-relative href is left
        // but the ones outside the glossary.
        for slug in Self.slugs {
            let html = String(decoding: files["terms/\(slug)/index.html"] ?? Data(), as: UTF8.self)
            let rooted = LinkChecker.attributeValues(in: html, names: ["href", "src"]).filter { $0.hasPrefix("/") && !$0.hasPrefix("//") }
            #expect(rooted.allSatisfy { target in Self.outsideLinks.contains { $0.target == target } }, "\(slug): \(rooted)")
        }
        let cloud = String(decoding: files["terms/cloud-computing/index.html"] ?? Data(), as: UTF8.self)
        for href in ["../auto-scaling/index.html", "../virtual-machine/index.html", "../containers/index.html",
                     "../serverless-computing/index.html", "../../index.html", "../object-storage/index.html", "../cdn/index.html"] {
            #expect(cloud.contains("href=\"\(href)\""), "cloud-computing lacks \(href)")
        }
        let kubernetes = String(decoding: files["terms/kubernetes/index.html"] ?? Data(), as: UTF8.self)
        #expect(kubernetes.contains("href=\"../load-balancer/index.html#health-checks\""))
        #expect(kubernetes.contains("href=\"https://kubernetes.io/docs/\""))
    }

    /// Backlinks from site links: every term is linked from another, through the linker.
    @Test(arguments: Variant.allCases)
    func everySiteLinkCountsAsABacklink(_ variant: Variant) throws {
        let project = try Self.project(variant)
        // The build's own stages.
        var timings = StageTimings()
        let analysis = try Pipeline.analyze(
            BuildOptions(contentFolder: project.child("Content"), jobs: 1), templates: .none, timings: &timings)
        #expect(analysis.diagnostics == [])
        let (glossary, linked) = (analysis.glossary, analysis.linked)
        func backlinks(_ slug: String) -> [String] {
            guard let index = glossary.terms.firstIndex(where: { $0.slug == slug }) else { return ["missing \(slug)"] }
            return linked[index].referencedBy.map { glossary.terms[$0].slug }.sorted()
        }
        #expect(glossary.terms.map(\.slug).sorted() == Self.slugs)
        #expect(backlinks("auto-scaling") == ["cloud-computing", "infrastructure-as-code", "kubernetes", "load-balancer", "serverless-computing"])
        #expect(backlinks("containers") == ["cloud-computing", "kubernetes", "microservices-architecture", "serverless-computing", "virtual-machine"])
        #expect(backlinks("microservices-architecture") == ["containers", "multi-tenancy"])
        #expect(backlinks("serverless-computing") == ["cloud-computing", "virtual-machine"])
        #expect(backlinks("object-storage") == ["cdn", "cloud-computing", "infrastructure-as-code"])
        #expect(glossary.terms.indices.allSatisfy { !linked[$0].referencedBy.isEmpty })
    }

    @Test(arguments: Variant.allCases)
    func redirectPagesAreWrittenButNotIndexed(_ variant: Variant) throws {
        let project = try Self.project(variant)
        #expect(try CommandRun.glossary(["build"], in: project.path).status == 0)
        let files = try FileTree.read(project.child("Output"))
        let redirect = String(decoding: files["terms/microservices/index.html"] ?? Data(), as: UTF8.self)
        #expect(redirect.contains(#"<meta http-equiv="refresh" content="0; url=../microservices-architecture/index.html">"#))
        #expect(redirect.contains(#"<link rel="canonical" href="https://cloudwords.example.org/terms/microservices-architecture/">"#))
        #expect(redirect.contains(#"<meta name="robots" content="noindex">"#))
        let sitemap = String(decoding: files["sitemap.xml"] ?? Data(), as: UTF8.self)
        let search = String(decoding: files["search-index.json"] ?? Data(), as: UTF8.self)
        for old in ["microservices", "serverless", "functions-as-a-service"] {
            #expect(files["terms/\(old)/index.html"] != nil)
            #expect(!sitemap.contains("terms/\(old)/"))
            #expect(!search.contains("terms/\(old)/"))
        }
        #expect(sitemap.contains("terms/serverless-computing/"))
    }

    /// What `check` says about the fixture, exactly. `.asWritten` adds the front matter
    /// rewrite's own warnings (capitalised keys, empty strings), which it lists itself.
    static let warnings = [
        "Content/auto-scaling.md:15:1: warning: raw HTML '<div class=\"note\">' is dropped (allow_raw_html is off): nothing of this block appears, text inside it included",
        "Content/cdn.md:12:1: warning: Hugo shortcode '{{< figure src=\"/images/cdn-map.png\" caption=\"Edge locati...' is not run: the page shows '{{< figure src=\"/images/cdn-map.png\" caption=\"Edge locations of a typical CDN\" >}}' as text",
        "Content/cloud-computing.md:12:54: warning: the link to '/serverless/' goes to a former address of 'Serverless computing'; link to '/serverless-computing/' instead",
        "Content/containers.md:16:22: warning: the link to '/microservices/' goes to a former address of 'Microservices architecture'; link to '/microservices-architecture/' instead",
        "Content/infrastructure-as-code.md:12:1: warning: this GFM pipe table is not rendered as a table (cmark reads CommonMark): its rows appear as one paragraph of text, pipes and dashes included",
        "Content/kubernetes.md:11:1: warning: Hugo shortcode '{{< youtube id=\"PH-2FfFD2PU\" >}}' is not run: the page shows '{{< youtube id=\"PH-2FfFD2PU\" >}}' as text",
        "Content/load-balancer.md:8:7: warning: raw HTML '<kbd>' is dropped (allow_raw_html is off): the text around it appears without it",
        "Content/load-balancer.md:8:14: warning: raw HTML '</kbd>' is dropped (allow_raw_html is off): the text around it appears without it",
        "Content/virtual-machine.md:12:38: warning: the link to '/functions-as-a-service/' goes to a former address of 'Serverless computing'; link to '/serverless-computing/' instead",
    ]

    /// What the fixture as written adds: Hugo's capitalised keys and empty list slots, and
    /// the search page that is no term.
    static let frontMatterWarnings = [
        "Content/search.md:3:1: note: skipped: 'layout: search' names a page that is not a term",
        "Content/virtual-machine.md:2:1: warning: front matter keys are read case-insensitively; write 'Title' as 'title', 'Aliases' as 'aliases', 'Tags' as 'tags'",
        "Content/virtual-machine.md:5:7: warning: empty entries in 'tags' are left out; remove them",
    ]

    @Test(arguments: Variant.allCases)
    func checkPrintsExactlyTheLeftoversAndFormerAddresses(_ variant: Variant) throws {
        let project = try Self.project(variant)
        let run = try CommandRun.glossary(["check"], in: project.path)
        let printed = run.standardOutput.split(separator: "\n").filter { $0.hasPrefix("Content/") }.map(String.init)
        #expect(run.status == 0, "\(run.standardOutput)")
        let expected = variant == .normalised ? Self.warnings : Self.warnings + Self.frontMatterWarnings
        #expect(printed == DiagnosticsError(expected.map(Self.parse)).diagnostics.map(\.description))
    }

    /// A warning line back into a Diagnostic, for ordering as `check` orders them.
    static func parse(_ line: String) -> Diagnostic {
        let parts = line.split(separator: ":", maxSplits: 4).map(String.init)
        let message = String(parts[4].dropFirst())
        let severity = Diagnostic.Severity(rawValue: parts[3].trimmingCharacters(in: .whitespaces)) ?? .warning
        return Diagnostic(file: parts[0], line: Int(parts[1]), column: Int(parts[2]), severity: severity, message: message)
    }

    @Test(arguments: Variant.allCases)
    func aBrokenRootRelativeLinkFailsTheBuildAndLeavesOutputAlone(_ variant: Variant) throws {
        let project = try Self.project(variant)
        #expect(try CommandRun.glossary(["build"], in: project.path).status == 0)
        let before = try FileTree.read(project.child("Output"))
        let path = project.child("Content/kubernetes.md")
        let text = try String(contentsOfFile: path, encoding: .utf8)
        let broken = text.replacingOccurrences(of: "[load balancer](/load-balancer/#health-checks)", with: "[load balancer](/load-balancr/#health-checks)")
        #expect(broken != text)
        try broken.write(toFile: path, atomically: true, encoding: .utf8)
        let run = try CommandRun.glossary(["build"], in: project.path)
        #expect(run.status == 1)
        #expect(run.standardError == """
            Content/kubernetes.md:16:1: error: link to '/load-balancr/' names no page of this site; did you mean '/load-balancer/'?
            build failed with 1 error; Output was left as it was

            """)
        #expect(try FileTree.read(project.child("Output")) == before)
        #expect(try FileManager.default.contentsOfDirectory(atPath: project.path).sorted() == ["Content", "Output", "Templates"])
    }
}
