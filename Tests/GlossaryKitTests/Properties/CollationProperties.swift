import Foundation
import PropertyBased
import Testing
@testable import GlossaryKit

/// The reading order is a total order (sorting is deterministic whatever the input order)
/// and agrees with the A–Z grouping: every page lists terms letter group by letter group.
@Suite("Collation properties")
struct CollationProperties {
    /// A title and a slug; titles often share a prefix so ties are exercised.
    static let entry = Gen<String>.frequency([
        (weight: 2, gen: TrickyText.string(upTo: 6).eraseToAny()),
        (weight: 1, gen: TrickyText.string(upTo: 2).map { "Partner" + $0 }.eraseToAny()),
        (weight: 1, gen: Gen<String?>.element(of: ["", "a", "A", "á", "a\u{301}", "Á", "#", "~", "中", "1"]).map { $0! }.eraseToAny()),
    ]).map { title in (title, Slug.make(from: title)) }

    static func key(_ entry: (String, String)) -> Collation.SortKey {
        Collation.english.sortKey(title: entry.0, slug: entry.1)
    }

    static func rank(_ label: String) -> Int {
        Collation.english.labels.firstIndex(of: label) ?? -1
    }

    @Test func totalOrder() async {
        await propertyCheck(count: 2000, input: Self.entry, Self.entry, Self.entry) { a, b, c in
            let (x, y, z) = (Self.key(a), Self.key(b), Self.key(c))
            #expect(!(x < x), "irreflexive: \(a)")
            #expect(!(x < y && y < x), "antisymmetric: \(a) \(b)")
            // Total: keys that are neither less nor greater are the same title and slug.
            if !(x < y) && !(y < x) { #expect(a.0.unicodeScalars.elementsEqual(b.0.unicodeScalars) && a.1 == b.1, "\(a) \(b)") }
            if x < y && y < z { #expect(x < z, "transitive: \(a) \(b) \(c)") }
            if !(y < x) && !(z < y) { #expect(!(z < x), "transitive (incomparability): \(a) \(b) \(c)") }
        }
    }

    @Test func orderAgreesWithLetterGroups() async {
        await propertyCheck(count: 2000, input: Self.entry, Self.entry) { a, b in
            let (letterA, letterB) = (Collation.english.letter(for: a.0), Collation.english.letter(for: b.0))
            #expect(Collation.english.labels.contains(letterA), "\(a.0.debugDescription) filed under \(letterA)")
            if Self.rank(letterA) < Self.rank(letterB) {
                #expect(Self.key(a) < Self.key(b), "\(a.0.debugDescription) (\(letterA)) after \(b.0.debugDescription) (\(letterB))")
            }
        }
    }

    @Test func sortingIgnoresInputOrder() async {
        await propertyCheck(count: 300, input: Self.entry.array(of: 0...12)) { entries in
            let sorted = entries.sorted { Self.key($0) < Self.key($1) }
            let fromReversed = entries.reversed().sorted { Self.key($0) < Self.key($1) }
            #expect(sorted.map { $0.0.unicodeScalars.map(\.value) } == fromReversed.map { $0.0.unicodeScalars.map(\.value) })
            #expect(sorted.map(\.1) == fromReversed.map(\.1))
        }
    }

    /// Through the real front matter path: the glossary's order runs through the letter
    /// groups in page order, and each term is filed under the letter of its title.
    @Test func glossaryOrderRunsThroughLetterGroups() async throws {
        await propertyCheck(count: 100, input: TrickyText.string(upTo: 8).array(of: 1...10)) { titles in
            var terms: [Term] = []
            for (index, title) in titles.enumerated() {
                // Blank titles are refused (a unit test covers that); Yams drops U+FEFF even
                // when escaped, which is YAML's business, not the collation's.
                guard title.contains(where: { !$0.isWhitespace }), !title.unicodeScalars.contains("\u{FEFF}") else {
                    continue
                }
                let text = "---\ntitle: \"\(Self.yamlEscaped(title))\"\n---\nBody.\n"
                do {
                    terms.append(try TermParser.parse(TermSource(displayPath: "t\(index).md", relativePath: "t\(index).md", text: text)))
                } catch {
                    Issue.record("the title \(title.debugDescription) was refused: \(error)")
                }
            }
            for term in terms {
                #expect(titles.contains(term.title), "YAML changed the title: \(term.title.debugDescription)")
                #expect(term.letter == Collation.english.letter(for: term.title))
            }
            let ranks = Glossary(terms: terms).terms.map { Self.rank($0.letter) }
            #expect(ranks == ranks.sorted(), "letters out of page order: \(Glossary(terms: terms).terms.map(\.title))")
        }
    }

    /// A YAML double-quoted scalar holding exactly `text`: every scalar outside printable
    /// ASCII as an escape, so line breaks, NUL and BOM survive YAML's own rules.
    static func yamlEscaped(_ text: String) -> String {
        text.unicodeScalars.map { scalar -> String in
            switch scalar {
            case "\"": return "\\\""
            case "\\": return "\\\\"
            case " "..."~": return String(scalar)
            default: return scalar.value > 0xFFFF
                ? "\\U" + String(format: "%08X", scalar.value) : "\\u" + String(format: "%04X", scalar.value)
            }
        }.joined()
    }
}
