import Testing
@testable import GlossaryKit

/// The name folding's two ways must give one result: the direct path (normalization, marks
/// after Latin letters dropped, lowercased) that folds most names, and the compiled ICU
/// rules (Latin-ASCII) it stands in for.
@Suite struct ICUNameFoldingTests {
    let folding = ICUNameFolding.shared!

    /// Every Latin code point, alone, after a letter, and with a mark after it.
    @Test func theDirectPathAgreesWithTheRulesOnEveryLatinCodePoint() {
        var mismatches: [String] = []
        var checked = 0
        for value in UInt32(0x80)...UInt32(0x1_FFFF) {
            guard let scalar = Unicode.Scalar(value), scalar.properties.isAlphabetic || scalar.isMark else { continue }
            for text in ["\(scalar)", "x\(scalar)y", "\(scalar)\u{0301}", "Ж\(scalar)"] {
                checked += 1
                let direct = folding.fold(text)
                let rules = folding.foldByRules(text)
                if direct != rules {
                    mismatches.append("U+\(String(value, radix: 16, uppercase: true)) \(text): \(direct) vs \(rules)")
                }
            }
        }
        #expect(checked > 100_000)
        #expect(mismatches.isEmpty, "\(mismatches.count) mismatches, first: \(mismatches.prefix(20))")
    }

    @Test func namesAuthorsWrite() {
        for text in [
            "École", "Öffentlichkeit", "Straße", "Øl", "Ærø", "ĳssel", "ＰＲＭ tools", "Dž", "q̃", "Кошка", "컨테이너", "が",
            "हिंदी", "Partner’s – “deal”", "İstanbul", "ılık", "Đà Nẵng", "Thành phố", "ﬁnance",
        ] {
            #expect(folding.fold(text) == folding.foldByRules(text), "\(text)")
        }
        #expect(NameFolding.fold("École") == "ecole")
        #expect(NameFolding.fold("Straße") == "strasse")
        #expect(NameFolding.fold("Кошка") == "кошка")
    }
}
