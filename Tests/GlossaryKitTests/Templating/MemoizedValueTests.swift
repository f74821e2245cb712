import Testing
@testable import GlossaryKit

/// A memoized value's section is copied from an earlier render only when that render looked
/// at nothing outside the value; these render one shared value under changing outer contexts.
@Suite("Memoized template values")
struct MemoizedValueTests {
    static let letters: TemplateValue = .memoized([["label": "A", "url": "a.html"], ["label": "B"]])

    static func render(_ template: String, _ context: TemplateValue, partials: [String: String] = [:]) throws -> String {
        var sources = partials
        sources["page"] = template
        return String(decoding: try TemplateSet(sources: sources).render("page", context: context), as: UTF8.self)
    }

    @Test func aSectionUsingOnlyTheValueRendersTheSameEachTime() throws {
        let set = try TemplateSet(sources: ["page": "{{#bar}}[{{label}}{{#url}}:{{url}}{{/url}}]{{/bar}}"])
        let first = set.render("page", context: ["bar": Self.letters, "label": "outer"])
        let second = set.render("page", context: ["bar": Self.letters, "label": "other"])
        #expect(String(decoding: first, as: UTF8.self) == "[A:a.html][B]")
        #expect(second == first)
    }

    /// `url` is missing from the second item, so the lookup reaches the page's own `url`:
    /// the section depends on the page and must be rendered anew for each page.
    @Test func aSectionReachingOutsideTheValueIsRenderedPerPage() throws {
        let set = try TemplateSet(sources: ["page": "{{#bar}}<{{url}}>{{/bar}}"])
        let first = set.render("page", context: ["bar": Self.letters, "url": "one"])
        let second = set.render("page", context: ["bar": Self.letters, "url": "two"])
        #expect(String(decoding: first, as: UTF8.self) == "<a.html><one>")
        #expect(String(decoding: second, as: UTF8.self) == "<a.html><two>")
    }

    @Test func aNameMissingEverywhereStillDependsOnThePage() throws {
        let set = try TemplateSet(sources: ["page": "{{#bar}}{{label}}{{extra}}{{/bar}}"])
        let first = set.render("page", context: ["bar": Self.letters])
        let second = set.render("page", context: ["bar": Self.letters, "extra": "!"])
        #expect(String(decoding: first, as: UTF8.self) == "AB")
        #expect(String(decoding: second, as: UTF8.self) == "A!B!")
    }

    @Test func blockOverridesFromAParentAreNotKept() throws {
        let sources = ["layout": "{{#bar}}{{$item}}-{{/item}}{{/bar}}", "one": "{{<layout}}{{$item}}1{{/item}}{{/layout}}",
                       "two": "{{<layout}}{{$item}}2{{/item}}{{/layout}}"]
        let set = try TemplateSet(sources: sources)
        #expect(String(decoding: set.render("one", context: ["bar": Self.letters]), as: UTF8.self) == "11")
        #expect(String(decoding: set.render("two", context: ["bar": Self.letters]), as: UTF8.self) == "22")
        #expect(String(decoding: set.render("layout", context: ["bar": Self.letters]), as: UTF8.self) == "--")
        #expect(String(decoding: set.render("one", context: ["bar": Self.letters]), as: UTF8.self) == "11")
    }

    @Test func eachSectionOverTheValueKeepsItsOwnOutput() throws {
        let output = try Self.render("{{#bar}}{{label}}{{/bar}}|{{#bar}}({{label}}){{/bar}}|{{> p}}", ["bar": Self.letters],
                                     partials: ["p": "{{#bar}}{{label}}.{{/bar}}"])
        #expect(output == "AB|(A)(B)|A.B.")
    }

    @Test func aMemoizedValueReadsLikeThePlainValue() throws {
        let output = try Self.render("{{^bar}}none{{/bar}}{{bar.0}}{{#flag}}yes{{/flag}}{{name}}",
                                     ["bar": Self.letters, "flag": .memoized(true), "name": .memoized("n<")])
        #expect(output == "yesn&lt;")
        #expect(TemplateValue.memoized(["a": 1]).members == ["a": 1])
    }
}
