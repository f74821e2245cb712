import Foundation
import Testing
@testable import GlossaryKit

/// English letters and order through ICU against the hand-written collation they replaced
/// (kept here as the oracle): the shipped glossary and a generated 10,000-term corpus
/// (which has accented Latin titles) are filed and ordered exactly as before.
@Suite("English order")
struct EnglishOrderTests {
    /// The collation before ICU: Foundation's case, accent and width folding, a table for
    /// the Latin letters folding leaves alone, then code points.
    enum Previous {
        static let table: [Character: String] = [
            "ø": "o", "æ": "ae", "œ": "oe", "ß": "ss", "ł": "l", "đ": "d", "ð": "d", "þ": "th", "ı": "i", "ħ": "h",
        ]

        static func folded(_ text: String) -> String {
            if text.utf8.allSatisfy({ $0 < 0x80 }) { return text.lowercased() }
            let folded = text.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
                .lowercased()
            return String(folded.flatMap { table[$0] ?? String($0) })
        }

        static func letter(_ title: String) -> String {
            guard let first = folded(title).unicodeScalars.first(where: { !$0.properties.isWhitespace }),
                  ("a"..."z").contains(first)
            else { return "#" }
            return String(first).uppercased()
        }

        static func precedes(_ a: String, _ b: String) -> Bool {
            let (la, lb) = (letter(a), letter(b))
            if la != lb { return la == "#" || (lb != "#" && la < lb) }
            let (fa, fb) = (folded(a).unicodeScalars.map(\.value), folded(b).unicodeScalars.map(\.value))
            if fa != fb { return fa.lexicographicallyPrecedes(fb) }
            return a.unicodeScalars.map(\.value).lexicographicallyPrecedes(b.unicodeScalars.map(\.value))
        }
    }

    static func titles(in folder: String) throws -> [String] {
        try FileTree.read(folder).filter { $0.key.hasSuffix(".md") }.compactMap { _, data in
            String(decoding: data, as: UTF8.self).split(separator: "\n").first { $0.hasPrefix("title: ") }
                .map { String($0.dropFirst("title: ".count)).trimmingCharacters(in: CharacterSet(charactersIn: "\"'")) }
        }
    }

    static func icuOrder(_ titles: [String]) -> [String] {
        titles.map { ($0, Collation.english.sortKey(title: $0, slug: Slug.make(from: $0))) }.sorted { $0.1 < $1.1 }.map(\.0)
    }

    @Test func shippedGlossaryKeepsItsLettersAndOrder() throws {
        let titles = try Self.titles(in: TestPaths.content)
        #expect(titles.count == 48)
        #expect(Self.icuOrder(titles) == titles.sorted(by: Previous.precedes))
        for title in titles { #expect(Collation.english.letter(for: title) == Previous.letter(title), "\(title)") }
    }

    @Test func generatedCorpusKeepsItsLettersAndOrder() throws {
        let folder = try TemporaryFolder()
        let titles = try Self.titles(in: try Corpus.make(terms: 10_000, seed: 1, into: folder.child("corpus")))
        #expect(titles.count == 10_000)
        let icu = Self.icuOrder(titles)
        let previous = titles.sorted(by: Previous.precedes)
        let differences = zip(icu, previous).enumerated().filter { $0.element.0 != $0.element.1 }.prefix(10)
        #expect(differences.isEmpty, "\(Array(differences))")
        for title in titles { #expect(Collation.english.letter(for: title) == Previous.letter(title), "\(title)") }
    }
}
