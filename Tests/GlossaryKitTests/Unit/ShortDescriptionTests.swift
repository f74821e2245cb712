import Foundation
import Testing
@testable import GlossaryKit

/// Descriptions as pages repeat them are cut near 160–200 characters, at a word boundary
/// in scripts with spaces, between characters in scripts without, never inside a grapheme
/// cluster, and before escaping (so never inside an entity or a `\u` escape).
@Suite struct ShortDescriptionTests {
    /// Sentences of Latin text long enough to be cut.
    static let latin = String(repeating: "Partner programs reward resellers for referrals, and managers track every payout. ", count: 5)

    @Test func shortTextIsLeftAsWritten() {
        #expect(ShortDescription.cut("A short line.") == "A short line.")
        let exactly = String(repeating: "é", count: 200)
        #expect(ShortDescription.cut(exactly) == exactly)
        #expect(ShortDescription.cut("") == "")
    }

    @Test func latinTextIsCutAtTheLastSpaceBeforeTheLimit() {
        let cut = ShortDescription.cut(Self.latin)
        #expect(cut.hasSuffix("…"))
        #expect(cut.count <= 200 && cut.count >= 160)
        let kept = String(cut.dropLast())
        #expect(Self.latin.hasPrefix(kept))
        // Whole words only: the character after the kept text is a space (or the
        // punctuation that was dropped before one).
        let next = Self.latin.dropFirst(kept.count).first
        #expect(next == " " || next == "," || next == ".")
        #expect(cut == "Partner programs reward resellers for referrals, and managers track every payout. Partner programs reward resellers for referrals, and managers track every payout. Partner programs reward resellers…")
    }

    @Test func trailingPunctuationGoesBeforeTheEllipsis() {
        // The last space before the limit follows a comma: "referrals, …" reads as a typo.
        let text = String(repeating: "x", count: 170) + ", and " + String(repeating: "y", count: 40)
        #expect(ShortDescription.cut(text) == String(repeating: "x", count: 170) + ", and…")
        let comma = String(repeating: "x", count: 190) + ", " + String(repeating: "y", count: 40)
        #expect(ShortDescription.cut(comma) == String(repeating: "x", count: 190) + "…")
    }

    @Test func aWordLongerThanTheWindowIsCutAtACharacter() {
        let word = String(repeating: "a", count: 500)
        #expect(ShortDescription.cut(word) == String(repeating: "a", count: 199) + "…")
        // A space early in the text is used before cutting a word in two.
        let late = String(repeating: "b", count: 120) + " " + String(repeating: "c", count: 300)
        #expect(ShortDescription.cut(late) == String(repeating: "b", count: 120) + "…")
    }

    @Test func chineseAndJapaneseAreCutBetweenCharactersNotBeforeClosingPunctuation() {
        let chinese = String(repeating: "合作伙伴计划奖励经销商的推荐。", count: 20)
        let cut = ShortDescription.cut(chinese)
        #expect(cut.count <= 200 && cut.count >= 160)
        #expect(chinese.hasPrefix(String(cut.dropLast())))
        #expect(cut.hasSuffix("…") && !cut.hasSuffix("。…"))
        // The limit falls just before 。: the cut moves back one character, never leaving
        // the full stop at the start of the rest.
        let japanese = String(repeating: "あ", count: 199) + "。" + String(repeating: "い", count: 50)
        let kana = ShortDescription.cut(japanese)
        #expect(kana == String(repeating: "あ", count: 198) + "…")
        // Opening brackets are never left at the end.
        let bracket = String(repeating: "漢", count: 198) + "「" + String(repeating: "字", count: 50)
        #expect(ShortDescription.cut(bracket) == String(repeating: "漢", count: 198) + "…")
    }

    @Test func graphemeClustersStayWhole() throws {
        // e + combining acute, Devanagari consonant + vowel sign, a family emoji (ZWJ
        // sequence), a flag (two regional indicators): each one character.
        for cluster in ["e\u{0301}", "कि", "👨‍👩‍👧", "🇰🇷", "각"] {
            let text = String(repeating: cluster, count: 300)
            let cut = ShortDescription.cut(text)
            #expect(cut == String(repeating: cluster, count: 199) + "…", "\(cluster)")
            let kept = cut.dropLast()
            #expect(kept.unicodeScalars.count == 199 * cluster.unicodeScalars.count, "\(cluster)")
        }
    }

    @Test func htmlSpecialCharactersAreCountedAsWrittenAndEscapedWhole() {
        let text = String(repeating: "<b>&amp; \"q\" ", count: 40)
        let cut = ShortDescription.cut(text)
        #expect(cut.count <= 200)
        #expect(text.hasPrefix(String(cut.dropLast())))
        // Escaped after the cut: every & starts a whole entity.
        let html = HTMLEscaping.escape(cut)
        #expect(!html.contains("<") && !html.contains("\""))
        var rest = html[...]
        while let amp = rest.firstIndex(of: "&") {
            let tail = rest[amp...]
            #expect(["&lt;", "&gt;", "&amp;", "&quot;", "&#39;"].contains { tail.hasPrefix($0) }, "\(tail.prefix(8))")
            rest = rest[rest.index(after: amp)...]
        }
        // And as JSON for a script element it decodes to the cut text.
        var json: [UInt8] = []
        JSONText.appendString(cut, to: &json)
        let decoded = try? JSONSerialization.jsonObject(with: Data(json), options: .fragmentsAllowed) as? String
        #expect(decoded == cut)
    }

    @Test func aRightToLeftOverrideCutOpenIsClosedWhereItLands() {
        let text = "\u{202E}" + String(repeating: "override ", count: 40) + "\u{202C} after"
        let cut = ShortDescription.cut(text)
        #expect(cut.hasPrefix("\u{202E}") && !cut.contains("\u{202C}"))
        #expect(HTMLEscaping.escape(cut).hasSuffix("\u{202C}"))
    }
}
