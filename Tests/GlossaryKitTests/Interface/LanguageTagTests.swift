import Testing
@testable import GlossaryKit

@Suite struct LanguageTagTests {
    @Test func fallbackChainsEndInEnglish() {
        #expect(LanguageTag.fallbacks("pt-BR") == ["pt-br", "pt", "en"])
        #expect(LanguageTag.fallbacks("PT_br") == ["pt-br", "pt", "en"])
        #expect(LanguageTag.fallbacks("de") == ["de", "en"])
        #expect(LanguageTag.fallbacks("en-GB") == ["en-gb", "en"])
        #expect(LanguageTag.fallbacks("sr-Latn-RS") == ["sr-latn-rs", "sr-latn", "sr", "en"])
        #expect(LanguageTag.fallbacks("") == ["en"])
        #expect(LanguageTag.fallbacks("iw") == ["iw", "he", "en"])
    }

    @Test func chineseFallsBackByScriptNeverToPlainZh() {
        // zh-TW is zh-Hant-TW: a theme may word Taiwan's strings apart from Hong Kong's.
        #expect(LanguageTag.fallbacks("zh-TW") == ["zh-tw", "zh-hant-tw", "zh-hant", "en"])
        #expect(LanguageTag.fallbacks("zh-HK") == ["zh-hk", "zh-hant-hk", "zh-hant", "en"])
        #expect(LanguageTag.fallbacks("zh-CN") == ["zh-cn", "zh-hans-cn", "zh-hans", "en"])
        #expect(LanguageTag.fallbacks("zh") == ["zh", "zh-hans", "en"])
        #expect(LanguageTag.fallbacks("zh-Hant") == ["zh-hant", "en"])
        #expect(LanguageTag.fallbacks("zh-Hant-TW") == ["zh-hant-tw", "zh-hant", "en"])
        #expect(LanguageTag.fallbacks("zh-Hans-SG") == ["zh-hans-sg", "zh-hans", "en"])
    }

    @Test(arguments: ["ar", "he", "iw", "fa", "ur", "ps", "sd", "ug", "yi", "dv", "ckb", "ar-EG", "UR-pk", "az-Arab", "pa-Arab"])
    func rightToLeft(code: String) {
        #expect(LanguageTag.direction(code) == "rtl")
    }

    @Test(arguments: ["en", "de", "pt-BR", "zh-TW", "ja", "ko", "hi", "bn", "ru", "tr", "vi", "ku", "ku-Latn", "sd-Deva", "az"])
    func leftToRight(code: String) {
        #expect(LanguageTag.direction(code) == "ltr")
    }
}
