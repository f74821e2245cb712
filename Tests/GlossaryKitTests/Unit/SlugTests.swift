import Testing
@testable import GlossaryKit

@Suite("Slug")
struct SlugTests {
    @Test(arguments: [
        ("Partner-sourced revenue", "partner-sourced-revenue"),
        ("Partner Program", "partner-program"),
        ("École", "ecole"),
        ("  PRM   tools!! ", "prm-tools"),
        ("Partner Relationship Management (PRM)", "partner-relationship-management-prm"),
        ("1099 form", "1099-form"),
        ("B2B/B2C", "b2b-b2c"),
        ("C++", "c"),
        ("snake_case_name", "snake-case-name"),
        ("ＰＲＭ", "prm"),
        // Every script keeps its letters and marks; only Latin loses its accents.
        ("컨테이너", "컨테이너"), ("Кошка", "кошка"), ("Ёлка и йод", "ёлка-и-йод"), ("Ελληνικά λόγια", "ελληνικά-λόγια"),
        ("कुल योग", "कुल-योग"), ("がっこう", "がっこう"), ("架构 设计", "架构-设计"), ("Øl & Straße", "ol-strasse"),
        ("İstanbul", "istanbul"), ("Đà Nẵng", "da-nang"), ("東京・大阪", "東京-大阪"),
        ("---", ""),
        ("", ""),
    ])
    func make(text: String, expected: String) {
        #expect(Slug.make(from: text) == expected)
    }

    @Test(arguments: ["partner-program", "PRM_tools", "v1.2", "404-page", "a", "Assets2", "é", "écho", "컨테이너", "кошка", "कुल"])
    func acceptedSlugs(slug: String) {
        #expect(Slug.problem(with: slug) == nil)
    }

    /// Terms live under `terms/<slug>/`, so the names of the site's own root paths are fine.
    @Test(arguments: ["assets", "letters", "tags", "terms", "search-index.json", "404", "404.html", "index.html", "TERMS"])
    func namesOfTheSitesOwnPathsAreAccepted(slug: String) {
        #expect(Slug.problem(with: slug) == nil)
    }

    @Test(arguments: [
        ("a/b", "Title", "a-b"), ("../x", "Title", "x"), ("..", "Partner Program", "partner-program"),
        ("écho", "Title", "echo"), ("", "Title", "title"), ("..", "!!!", nil),
    ])
    func suggestionForARefusedSlug(slug: String, title: String, expected: String?) {
        #expect(Slug.suggestion(for: slug, title: title) == expected)
    }

    @Test(arguments: [".", "..", "../x", ".git"])
    func dotSlugs(slug: String) {
        #expect(Slug.problem(with: slug) == "the slug '\(slug)' may not start with '.'")
    }

    @Test(arguments: ["a/b", "a\\b", "a b", "a?b", "a#b", "a%20b", "컨테이너 x", "a\u{202E}b", "★"])
    func slugsWithForbiddenCharacters(slug: String) {
        #expect(Slug.problem(with: slug) == "the slug '\(slug)' may hold only letters, digits, '-', '_' and '.'")
    }

    @Test func emptySlug() {
        #expect(Slug.problem(with: "") == "the slug is empty")
    }

    /// A mark that follows no letter (here after a line break) is a separator, so the slug
    /// of a slug is itself (a Limbu vowel sign found by the slug property tests).
    @Test func aMarkWithoutALetterIsNoPartOfTheSlug() {
        let slug = Slug.make(from: "中\n\u{1920}x")
        #expect(slug == "中-x")
        #expect(Slug.make(from: slug) == slug)
        #expect(Slug.make(from: "कुल") == "कुल")
    }

    /// A letter carrying a tag character or an emoji modifier is no part of a slug either:
    /// every made slug passes the explicit-slug check (found by the slug property tests).
    @Test func aLetterCarryingSomethingElseIsNoPartOfTheSlug() {
        for text in ["x a\u{E0020} y", "x \u{1F44D}\u{1F3FB} y", "x й\u{200D} y"] {
            let slug = Slug.make(from: text)
            #expect(slug == "x-y", "\(text.debugDescription)")
            #expect(Slug.problem(with: slug) == nil)
        }
    }
}
