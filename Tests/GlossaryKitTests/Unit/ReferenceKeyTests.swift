import Testing
@testable import GlossaryKit

@Suite("ReferenceKey")
struct ReferenceKeyTests {
    @Test func spacesHyphensUnderscoresAndCaseAreAlike() {
        let keys = ["Partner-program", "partner_program", "  Partner   Program ", "PARTNER PROGRAM", "partner -_ program",
                    "Partner\tprogram"].map(ReferenceKey.init)
        for key in keys {
            #expect(key == ReferenceKey("partner program"))
            #expect(key.normalized == "partner program")
        }
        #expect(Set(keys).count == 1)
    }

    @Test func otherCharactersAreKept() {
        #expect(ReferenceKey("Partner Relationship Management (PRM)").normalized == "partner relationship management (prm)")
        #expect(ReferenceKey("B2B/B2C").normalized == "b2b/b2c")
        #expect(ReferenceKey("partner.program") != ReferenceKey("partner program"))
        #expect(ReferenceKey("partnerprogram") != ReferenceKey("partner program"))
    }

    @Test func accentsAreNotFolded() {
        #expect(ReferenceKey("École").normalized == "école")
        #expect(ReferenceKey("École") != ReferenceKey("Ecole"))
    }

    @Test func onlySeparatorsGiveTheEmptyKey() {
        #expect(ReferenceKey(" - _ ").normalized == "")
        #expect(ReferenceKey("").description == "")
        #expect(ReferenceKey("A_b").description == "a b")
    }
}
