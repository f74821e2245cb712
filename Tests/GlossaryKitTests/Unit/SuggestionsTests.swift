import Testing
@testable import GlossaryKit

@Suite("Suggestions")
struct SuggestionsTests {
    static func distance(_ a: String, _ b: String, cap: Int = 100) -> Int {
        Suggestions.editDistance(Array(a.unicodeScalars), Array(b.unicodeScalars), cap: cap)
    }

    @Test func editDistance() {
        #expect(Self.distance("kitten", "sitting") == 3)
        #expect(Self.distance("flaw", "lawn") == 2)
        #expect(Self.distance("same", "same") == 0)
        #expect(Self.distance("", "abc") == 3)
        #expect(Self.distance("abc", "") == 3)
        #expect(Self.distance("école", "ecole") == 1)
    }

    @Test func editDistanceStopsAboveTheCap() {
        #expect(Self.distance("abcdef", "uvwxyz", cap: 2) == 3)
        #expect(Self.distance("a", "abcdefgh", cap: 3) == 4)
        #expect(Self.distance("kitten", "sitting", cap: 3) == 3)
        #expect(Self.distance("kitten", "sitting", cap: 2) == 3)
    }

    @Test func closestFirstTiesAlphabeticalWithinTheAllowedDistance() {
        let candidates = [("color", "Color"), ("collar", "Collar"), ("cooler", "Cooler"), ("colours", "Colours")]
            .map { (key: $0.0, offer: $0.1) }
        // "colour" has 6 scalars, so up to 2 edits are allowed; "cooler" needs 3.
        #expect(Suggestions.closest(to: "colour", among: candidates) == ["Color", "Colours", "Collar"])
        #expect(Suggestions.closest(to: "colour", among: candidates, limit: 2) == ["Color", "Colours"])
    }

    @Test func matchingIsCaseInsensitive() {
        #expect(Suggestions.closest(to: "PARTNER", among: [(key: "partner", offer: "Partner")]) == ["Partner"])
    }

    @Test func anOfferIsListedOnceWithItsBestDistance() {
        let candidates = [
            (key: "prm tools", offer: "PRM tools"), (key: "prm", offer: "PRM tools"), (key: "pim", offer: "PIM"),
        ]
        // "prn" is 1 edit from "prm" and 7 from "prm tools": PRM tools once, at distance 1;
        // "pim" is 2 edits away, the most a 3-scalar name allows.
        #expect(Suggestions.closest(to: "prn", among: candidates) == ["PRM tools", "PIM"])
    }

    @Test func allowedDistanceGrowsWithTheNamesLength() {
        // 12 scalars allow 4 edits; 3 scalars allow only the minimum of 2.
        let long = [(key: "abcdefghijkl", offer: "Long")]
        #expect(Suggestions.closest(to: "abcdefghWXYZ", among: long) == ["Long"])
        #expect(Suggestions.closest(to: "abcdefgVWXYZ", among: long) == [])
        let short = [(key: "abc", offer: "Short")]
        #expect(Suggestions.closest(to: "axy", among: short) == ["Short"])
        #expect(Suggestions.closest(to: "xyz", among: short) == [])
    }

    @Test func noCandidates() {
        #expect(Suggestions.closest(to: "anything", among: []) == [])
    }
}
