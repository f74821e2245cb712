import Foundation
import Testing

/// The bad-input catalogue, names and slugs: two terms that one URL or one name would
/// confuse, and slugs that are not one safe URL path segment.
@Suite("Bad input: names and slugs")
struct NameCatalogueTests {
    @Test func duplicateSlug() throws {
        let project = try BadInputProject()
        try project.apply("duplicate-slug")
        try project.expectRefusal([
            "Content/alpha.md:1:1: error: the slug 'alpha' is used by Content/gamma.md too; set a different 'slug' in one of them",
            "Content/gamma.md:3:7: error: the slug 'alpha' is used by Content/alpha.md too; set a different 'slug' in one of them",
        ])
    }

    /// "Café" and "CAFE": different files, different slugs, one name to a reader.
    @Test func titlesCollidingWhenCaseAndAccentsAreIgnored() throws {
        let project = try BadInputProject()
        try project.apply("title-collision")
        try project.expectRefusal([
            "Content/cafe.md:2:8: error: the title 'Café' is the same name as the title 'CAFE' at Content/coffee-house.md:2:8 "
                + "when case and accents are ignored; a reference to it could mean either term",
            "Content/coffee-house.md:2:8: error: the title 'CAFE' is the same name as the title 'Café' at Content/cafe.md:2:8 "
                + "when case and accents are ignored; a reference to it could mean either term",
        ])
    }

    /// Gamma's alias `alpha` is Alpha's title; its alias `GAMMA` repeats its own title, which
    /// is no collision and gets no error.
    @Test func aliasCollidingWithAnotherTermsTitle() throws {
        let project = try BadInputProject()
        try project.apply("alias-collision")
        try project.expectRefusal([
            "Content/alpha.md:2:8: error: the title 'Alpha' is the same name as the alias 'alpha' at Content/gamma.md:3:21 "
                + "when case and accents are ignored; a reference to it could mean either term",
            "Content/gamma.md:3:21: error: the alias 'alpha' is the same name as the title 'Alpha' at Content/alpha.md:2:8 "
                + "when case and accents are ignored; a reference to it could mean either term",
        ])
    }

    @Test func slugWithASlash() throws {
        let project = try BadInputProject()
        try project.apply("slug-with-slash")
        try project.expectRefusal([
            "Content/gamma.md:3:7: error: the slug 'greek/gamma' may hold only letters, digits, '-', '_' and '.'; "
                + "did you mean 'greek-gamma'?"
        ])
    }

    /// Nothing of `..` survives slugifying, so the suggestion comes from the title.
    @Test func slugDotDot() throws {
        let project = try BadInputProject()
        try project.apply("slug-with-dot-dot")
        try project.expectRefusal(["Content/gamma.md:3:7: error: the slug '..' may not start with '.'; did you mean 'gamma'?"])
    }

    @Test func slugThatIsNoSafePathSegment() throws {
        let project = try BadInputProject()
        try project.apply("slug-unsafe")
        try project.expectRefusal([
            "Content/gamma.md:3:7: error: the slug 'gamma ray?' may hold only letters, digits, '-', '_' and '.'; "
                + "did you mean 'gamma-ray'?"
        ])
    }

    /// Slugs named like the site's own root paths are harmless: a term's page is always
    /// `terms/<slug>/index.html`. The build succeeds, each term gets its page, and the
    /// site's own `assets/`, letter and tag pages, search index and 404 page are all there.
    @Test func slugsNamedLikeTheSitesOwnPathsBuild() throws {
        let project = try BadInputProject()
        try project.apply("slugs-of-site-paths")
        let run = try project.build()
        #expect(run.status == 0, "\(run.standardError)")
        #expect(run.standardError == "")
        let output = try FileTree.read(project.path("Output"))
        let slugs = ["assets", "letters", "tags", "search-index.json", "404"]
        for slug in slugs {
            let page = try #require(output["terms/\(slug)/index.html"], "no page for the slug \(slug)")
            #expect(String(decoding: page, as: UTF8.self).contains("A term whose page is terms/\(slug)/index.html."))
        }
        // The site's own files are intact: assets exactly as in Templates/assets.
        let assets = try FileTree.read(TestPaths.templates + "/assets")
        #expect(!assets.isEmpty)
        for (path, data) in assets { #expect(output["assets/" + path] == data, "assets/\(path)") }
        for path in ["index.html", "404.html", "tags/index.html", "tags/greek/index.html", "letters/t/index.html"] {
            #expect(output[path] != nil, "\(path) is missing")
        }
        let index = try JSONSerialization.jsonObject(with: try #require(output["search-index.json"])) as? [String: Any]
        let records = try #require(index?["terms"] as? [[String: Any]])
        #expect(Set(records.compactMap { $0["url"] as? String }) == Set(
            ["terms/alpha/index.html", "terms/beta/index.html"] + slugs.map { "terms/\($0)/index.html" }))
        #expect(try LinkChecker.brokenLinks(in: project.path("Output")) == [])
    }
}
