import Foundation
import Testing
@testable import GlossaryKit

/// Issue 14, single-language sites: for each language a small glossary (`language: <code>`
/// in glossary.yml, file names and tags in the language's script, every term linked to the
/// next by `see_also` and to the one before by a wiki link) is built with the default theme,
/// and the built site is read back: the letter bar, each term's letter and the reading
/// order equal CLDR's, as ICU 72's AlphabeticIndex and Collator give them, written out here.
@Suite("Language sites")
struct LanguageSitesTests {
    static let latinAZ = (UInt8(ascii: "A")...UInt8(ascii: "Z")).map { String(UnicodeScalar($0)) }

    struct Site: Sendable, CustomTestStringConvertible {
        var code: String
        /// The terms in the order the files are written (not the reading order).
        var titles: [String]
        var tags: [String]
        /// The reading order and each term's letter, as the built search index lists them.
        var order: [(title: String, letter: String)]
        /// The whole letter bar, "#" first.
        var bar: [String]
        /// URL names of the letter pages the site has, in bar order.
        var letterSlugs: [String]

        var testDescription: String { code }
    }

    static let sites: [Site] = [
        Site(
            code: "en", titles: ["Zebra crossing", "banana", "École bus", "1st place", "Apple", "Øresund bridge"],
            tags: ["fruit", "Road"],
            order: [("1st place", "#"), ("Apple", "A"), ("banana", "B"), ("École bus", "E"), ("Øresund bridge", "O"),
                    ("Zebra crossing", "Z")],
            bar: ["#"] + latinAZ, letterSlugs: ["0-9", "a", "b", "e", "o", "z"]),
        Site(
            code: "de", titles: ["Zucker", "Öl", "Apfel", "Ähre", "Ostern", "Birne", "Straße"],
            tags: ["Küche"],
            // German: Ä and Ö are A and O with a mark, filed under A and O.
            order: [("Ähre", "A"), ("Apfel", "A"), ("Birne", "B"), ("Öl", "O"), ("Ostern", "O"), ("Straße", "S"),
                    ("Zucker", "Z")],
            bar: ["#"] + latinAZ, letterSlugs: ["a", "b", "o", "s", "z"]),
        Site(
            code: "tr", titles: ["Üzüm", "Uçak", "Şeker", "Su", "Ördek", "Orman", "İnci", "Ilık", "Çay", "Cam"],
            tags: ["Günlük"],
            // Turkish: Ç after C, I (dotless) before İ, Ö after O, Ş after S, Ü after U.
            order: [("Cam", "C"), ("Çay", "Ç"), ("Ilık", "I"), ("İnci", "İ"), ("Orman", "O"), ("Ördek", "Ö"),
                    ("Su", "S"), ("Şeker", "Ş"), ("Uçak", "U"), ("Üzüm", "Ü")],
            bar: ["#", "A", "B", "C", "Ç", "D", "E", "F", "G", "H", "I", "İ", "J", "K", "L", "M", "N", "O", "Ö", "P", "Q",
                  "R", "S", "Ş", "T", "U", "Ü", "V", "W", "X", "Y", "Z"],
            // Lowercased the Turkish way: I → ı, İ → i.
            letterSlugs: ["c", "ç", "ı", "i", "o", "ö", "s", "ş", "u", "ü"]),
        Site(
            // Not "An" beside "Ăn": slugs and name collisions fold Latin accents in every
            // language, so those two would be one name (README, "Slugs and URLs").
            code: "vi", titles: ["Ưa", "Uống", "Ơn", "Ông", "Em", "Ếch", "Đi", "Dao", "Âm", "Ăn", "An toàn"],
            tags: ["Hằng ngày"],
            // Vietnamese: A Ă Â, D Đ, E Ê, O Ô Ơ, U Ư are letters of their own; tone marks
            // (Ế is Ê with a tone) are not.
            order: [("An toàn", "A"), ("Ăn", "Ă"), ("Âm", "Â"), ("Dao", "D"), ("Đi", "Đ"), ("Em", "E"), ("Ếch", "Ê"),
                    ("Ông", "Ô"), ("Ơn", "Ơ"), ("Uống", "U"), ("Ưa", "Ư")],
            bar: ["#", "A", "Ă", "Â", "B", "C", "D", "Đ", "E", "Ê", "F", "G", "H", "I", "J", "K", "L", "M", "N", "O", "Ô",
                  "Ơ", "P", "Q", "R", "S", "T", "U", "Ư", "V", "W", "X", "Y", "Z"],
            letterSlugs: ["a", "ă", "â", "d", "đ", "e", "ê", "ô", "ơ", "u", "ư"]),
        Site(
            code: "ru", titles: ["Яблоко", "Milk", "Игра", "Йогурт", "Ёж", "Еда", "Кошка", "Арбуз"],
            tags: ["Еда и быт"],
            // Russian: Ё is Е with a mark (filed under Е), Й a letter after И; Latin A–Z after Я.
            order: [("Арбуз", "А"), ("Еда", "Е"), ("Ёж", "Е"), ("Игра", "И"), ("Йогурт", "Й"), ("Кошка", "К"),
                    ("Яблоко", "Я"), ("Milk", "M")],
            bar: ["#", "А", "Б", "В", "Г", "Д", "Е", "Ж", "З", "И", "Й", "К", "Л", "М", "Н", "О", "П", "Р", "С", "Т", "У",
                  "Ф", "Х", "Ц", "Ч", "Ш", "Щ", "Ы", "Э", "Ю", "Я"] + latinAZ,
            letterSlugs: ["а", "е", "и", "й", "к", "я", "m"]),
        Site(
            code: "ja", titles: ["わたし", "Radio", "ねこ", "カメラ", "かさ", "さくら", "あめ", "山"],
            tags: ["日常"],
            // Japanese: Latin A–Z first, then the kana rows あ か さ た な は ま や ら わ (カメラ
            // under か with かさ); kanji have no row and go under "#".
            order: [("山", "#"), ("Radio", "R"), ("あめ", "あ"), ("かさ", "か"), ("カメラ", "か"), ("さくら", "さ"),
                    ("ねこ", "な"), ("わたし", "わ")],
            bar: ["#"] + latinAZ + ["あ", "か", "さ", "た", "な", "は", "ま", "や", "ら", "わ"],
            letterSlugs: ["0-9", "r", "あ", "か", "さ", "な", "わ"]),
        Site(
            code: "ko", titles: ["하늘", "Bus", "컨테이너", "바다", "다리", "나무", "가방", "강"],
            tags: ["일상", "과일"],
            // Korean: the initial consonants ㄱ ㄴ ㄷ … ㅎ, then Latin A–Z.
            order: [("가방", "ㄱ"), ("강", "ㄱ"), ("나무", "ㄴ"), ("다리", "ㄷ"), ("바다", "ㅂ"), ("컨테이너", "ㅋ"),
                    ("하늘", "ㅎ"), ("Bus", "B")],
            bar: ["#", "ㄱ", "ㄴ", "ㄷ", "ㄹ", "ㅁ", "ㅂ", "ㅅ", "ㅇ", "ㅈ", "ㅊ", "ㅋ", "ㅌ", "ㅍ", "ㅎ"] + latinAZ,
            letterSlugs: ["ㄱ", "ㄴ", "ㄷ", "ㅂ", "ㅋ", "ㅎ", "b"]),
        Site(
            // zh-cn must mean Simplified Chinese: pinyin letters A–Z, Latin titles among them.
            code: "zh-cn", titles: ["香蕉", "Book", "水", "大门", "苹果", "架构"],
            tags: ["水果", "日常"],
            order: [("Book", "B"), ("大门", "D"), ("架构", "J"), ("苹果", "P"), ("水", "S"), ("香蕉", "X")],
            bar: ["#"] + latinAZ, letterSlugs: ["b", "d", "j", "p", "s", "x"]),
        Site(
            // zh-TW (any case) must mean Traditional Chinese: stroke counts, then Latin A–Z.
            code: "zh-TW", titles: ["蘋果", "Book", "水", "大門", "書", "一"],
            tags: ["水果"],
            order: [("一", "1劃"), ("大門", "3劃"), ("水", "4劃"), ("書", "10劃"), ("蘋果", "20劃"), ("Book", "B")],
            bar: ["#"] + [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25,
                          26, 27, 28, 29, 30, 31, 32, 33, 35, 36, 39, 48].map { "\($0)劃" } + latinAZ,
            letterSlugs: ["1劃", "3劃", "4劃", "10劃", "20劃", "b"]),
        Site(
            code: "hi", titles: ["पानी", "Tea", "घर", "इमली", "कमल", "आम", "अनार"],
            tags: ["फल", "घरेलू"],
            // Hindi: the vowels अ आ इ … औ, then the consonants क ख ग …, then Latin A–Z.
            order: [("अनार", "अ"), ("आम", "आ"), ("इमली", "इ"), ("कमल", "क"), ("घर", "घ"), ("पानी", "प"),
                    ("Tea", "T")],
            bar: ["#", "अ", "आ", "इ", "ई", "उ", "ऊ", "ऋ", "ए", "ऐ", "ओ", "औ", "क", "ख", "ग", "घ", "ङ", "च", "छ", "ज",
                  "झ", "ञ", "ट", "ठ", "ड", "ढ", "ण", "त", "थ", "द", "ध", "न", "प", "फ", "ब", "भ", "म", "य", "र", "ल",
                  "व", "श", "ष", "स", "ह"] + latinAZ,
            letterSlugs: ["अ", "आ", "इ", "क", "घ", "प", "t"]),
        Site(
            code: "bn", titles: ["পানি", "ঘর", "কলা", "আম", "অতিথি"],
            tags: ["ফল"],
            // Bengali: vowels, then consonants, as in Hindi.
            order: [("অতিথি", "অ"), ("আম", "আ"), ("কলা", "ক"), ("ঘর", "ঘ"), ("পানি", "প")],
            bar: ["#", "অ", "আ", "ই", "ঈ", "উ", "ঊ", "ঋ", "এ", "ঐ", "ও", "ঔ", "ক", "খ", "গ", "ঘ", "ঙ", "চ", "ছ", "জ",
                  "ঝ", "ঞ", "ট", "ঠ", "ড", "ঢ", "ণ", "ত", "থ", "দ", "ধ", "ন", "প", "ফ", "ব", "ভ", "ম", "য", "র", "ল",
                  "শ", "ষ", "স", "হ"] + latinAZ,
            letterSlugs: ["অ", "আ", "ক", "ঘ", "প"]),
        Site(
            code: "ar", titles: ["ماء", "Door", "كتاب", "شمس", "تفاح", "باب"],
            tags: ["بيت"],
            // Arabic letters in their order (ب ت … ش … ك … م), then Latin A–Z.
            order: [("باب", "ب"), ("تفاح", "ت"), ("شمس", "ش"), ("كتاب", "ك"), ("ماء", "م"), ("Door", "D")],
            bar: ["#", "ا", "ب", "ت", "ث", "ج", "ح", "خ", "د", "ذ", "ر", "ز", "س", "ش", "ص", "ض", "ط", "ظ", "ع", "غ",
                  "ف", "ق", "ك", "ل", "م", "ن", "ه", "و", "ي"] + latinAZ,
            letterSlugs: ["ب", "ت", "ش", "ك", "م", "d"]),
        Site(
            code: "ur", titles: ["گھر", "Tea", "کتاب", "چائے", "پانی", "باغ"],
            tags: ["گھریلو"],
            // Urdu: پ after ب, چ after ج, ک and گ of its own.
            order: [("باغ", "ب"), ("پانی", "پ"), ("چائے", "چ"), ("کتاب", "ک"), ("گھر", "گ"), ("Tea", "T")],
            bar: ["#", "ا", "ب", "پ", "ت", "ٹ", "ث", "ج", "چ", "ح", "خ", "د", "ڈ", "ذ", "ر", "ڑ", "ز", "ژ", "س", "ش",
                  "ص", "ض", "ط", "ظ", "ع", "غ", "ف", "ق", "ک", "گ", "ل", "م", "ن", "و", "ہ", "ھ", "ء", "ی", "ے"] + latinAZ,
            letterSlugs: ["ب", "پ", "چ", "ک", "گ", "t"]),
        Site(
            code: "el", titles: ["Ψωμί", "Νερό", "Άνθος", "Βιβλίο", "Ωκεανός"],
            tags: ["Καθημερινά"],
            // Greek: Ά is Α with a mark; Latin A–Z after Ω.
            order: [("Άνθος", "Α"), ("Βιβλίο", "Β"), ("Νερό", "Ν"), ("Ψωμί", "Ψ"), ("Ωκεανός", "Ω")],
            bar: ["#", "Α", "Β", "Γ", "Δ", "Ε", "Ζ", "Η", "Θ", "Ι", "Κ", "Λ", "Μ", "Ν", "Ξ", "Ο", "Π", "Ρ", "Σ", "Τ",
                  "Υ", "Φ", "Χ", "Ψ", "Ω"] + latinAZ,
            letterSlugs: ["α", "β", "ν", "ψ", "ω"]),
    ]

    /// Writes the site: `<title>.md` files (so slugs come from file names in the script),
    /// each with a tag, a `see_also` to the next title and a wiki link to the previous one.
    static func project(_ site: Site) throws -> (folder: TemporaryFolder, content: String) {
        let folder = try TemporaryFolder()
        var files = ["glossary.yml": "title: \(site.code) glossary\nlanguage: \(site.code)\n"]
        for (index, title) in site.titles.enumerated() {
            let next = site.titles[(index + 1) % site.titles.count]
            let previous = site.titles[(index + site.titles.count - 1) % site.titles.count]
            let tag = site.tags[index % site.tags.count]
            files["\(title).md"] = """
                ---
                title: "\(title)"
                tags: ["\(tag)"]
                see_also: ["\(next)"]
                ---
                A short everyday word; compare [[\(previous)]].
                """
        }
        let content = try folder.write(files, under: "Content")
        return (folder, content)
    }

    static func build(_ site: Site) throws -> (folder: TemporaryFolder, output: String) {
        let (folder, content) = try project(site)
        let output = folder.child("Output")
        _ = try SiteBuilder.buildAndWrite(
            BuildOptions(contentFolder: content, templatesFolder: TestPaths.templates, outputFolder: output))
        return (folder, output)
    }

    /// The letter bar of a page: each label, and whether it links to a letter page.
    static func bar(_ html: String) -> [(label: String, href: String?)] {
        guard let start = html.range(of: "<ul class=\"az-list\">"), let end = html.range(of: "</ul>", range: start.upperBound..<html.endIndex)
        else { return [] }
        // Items may carry a class (`<li class="az-wide">` for labels such as 10劃).
        return html[start.upperBound..<end.lowerBound].components(separatedBy: "<li").dropFirst().map { raw in
            let item = String(raw.drop { $0 != ">" }.dropFirst())
            let text = item.replacingOccurrences(of: "<[^>]*>", with: "", options: .regularExpression)
                .trimmingCharacters(in: .whitespacesAndNewlines)
            let href = item.range(of: "href=\"").map { range in String(item[range.upperBound...].prefix { $0 != "\"" }) }
            return (text, href)
        }
    }

    @Test(arguments: sites)
    func lettersAndOrderFollowCLDR(site: Site) throws {
        let (folder, output) = try Self.build(site)
        _ = folder
        let data = try Data(contentsOf: URL(fileURLWithPath: output + "/search-index.json"))
        let document = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let records = try #require(document["terms"] as? [[String: Any]])
        let built = records.map { ($0["title"] as? String ?? "", $0["letter"] as? String ?? "") }
        #expect(built.map(\.0) == site.order.map(\.title), "reading order")
        #expect(built.map(\.1) == site.order.map(\.letter), "letters")

        let index = try String(contentsOfFile: output + "/index.html", encoding: .utf8)
        let bar = Self.bar(index)
        #expect(bar.map(\.label) == site.bar, "letter bar")
        let used = Set(site.order.map(\.letter))
        #expect(bar.filter { $0.href != nil }.map(\.label) == site.bar.filter(used.contains), "active letters")
        for entry in bar where entry.href != nil {
            // Links carry the page's path percent-encoded; on disk it is UTF-8.
            let ascii = entry.href!.unicodeScalars.allSatisfy { $0.isASCII }
            #expect(ascii, "\(entry.href!)")
        }
        let letterPages = try FileManager.default.contentsOfDirectory(atPath: output + "/letters")
        let collation = Collation.forLanguage(site.code)
        let slugsInBarOrder = collation.labels.filter(used.contains).map(collation.letterSlug)
        #expect(slugsInBarOrder == site.letterSlugs)
        #expect(Set(letterPages) == Set(site.letterSlugs))
    }

    @Test(arguments: sites)
    func tagsAndFileNamesInTheScriptBuildAndEveryLinkResolves(site: Site) throws {
        let (folder, output) = try Self.build(site)
        _ = folder
        #expect(try LinkChecker.brokenLinks(in: output) == [])
        let termPages = try FileManager.default.contentsOfDirectory(atPath: output + "/terms")
        #expect(Set(termPages) == Set(site.titles.map { Slug.make(from: $0) }))
        let tagPages = try FileManager.default.contentsOfDirectory(atPath: output + "/tags").filter { $0 != "index.html" }
        #expect(Set(tagPages) == Set(site.tags.map { Slug.make(from: $0) }))
        #expect(!tagPages.contains(""))
    }

    /// Codes are matched case-insensitively; the Chinese region codes name their script.
    @Test func languageCodes() {
        #expect(Collation.forLanguage("zh-cn").locale == "zh_Hans")
        #expect(Collation.forLanguage("ZH-CN").locale == "zh_Hans")
        #expect(Collation.forLanguage("zh-tw").locale == "zh_Hant")
        #expect(Collation.forLanguage("zh-Hant").locale == "zh_Hant")
        #expect(Collation.forLanguage("KO").locale == "ko")
        #expect(Collation.forLanguage("pt-br").locale == "pt_BR")
        #expect(Collation.forLanguage("ko").problem == nil)
    }

    /// A code ICU cannot read falls back to the root locale's letters and order, with a
    /// warning on glossary.yml; the site still builds.
    @Test func unreadableLanguageFallsBackToRoot() throws {
        let collation = Collation(language: "no such language!")
        #expect(collation.locale == "")
        #expect(collation.problem?.contains("is not a language tag ICU can read") == true)
        #expect(collation.labels == ["#"] + Self.latinAZ)
        let folder = try TemporaryFolder()
        let content = try folder.write([
            "glossary.yml": "title: T\nlanguage: \"no such language!\"\n",
            "apple.md": "---\ntitle: Apple\n---\nA fruit.\n",
        ], under: "Content")
        var timings = StageTimings()
        let analysis = try Pipeline.analyze(
            BuildOptions(contentFolder: content, templatesFolder: TestPaths.templates, outputFolder: folder.child("Output")),
            templates: .required, timings: &timings)
        #expect(!analysis.hasErrors)
        let warning = try #require(analysis.diagnostics.first { $0.severity == .warning })
        #expect(warning.file.hasSuffix("glossary.yml"))
        #expect(warning.message.hasPrefix("language 'no such language!': 'no such language!' is not a language tag ICU can read"))
        #expect(analysis.glossary.terms.map(\.letter) == ["A"])
    }

    /// References by title work in any script (see_also and wiki links above resolve), and
    /// a Korean or Cyrillic name written in another case or with spaces for hyphens too.
    @Test func referencesMatchInAnyScript() throws {
        let folder = try TemporaryFolder()
        let content = try folder.write([
            "glossary.yml": "title: T\nlanguage: ko\n",
            "컨테이너 운영.md": "---\ntitle: 컨테이너 운영\nsee_also: [\"кошка-дом\"]\n---\nSee [[КОШКА ДОМ]].\n",
            "Кошка дом.md": "---\ntitle: Кошка дом\nsee_also: [\"컨테이너_운영\"]\n---\nSee [[컨테이너-운영]].\n",
        ], under: "Content")
        var timings = StageTimings()
        let analysis = try Pipeline.analyze(
            BuildOptions(contentFolder: content, templatesFolder: TestPaths.templates, outputFolder: folder.child("Output")),
            templates: .required, timings: &timings)
        #expect(analysis.diagnostics.filter { $0.severity == .error } == [])
        // Cyrillic is neither Korean nor Latin: on a Korean site it is filed under "#", first.
        #expect(analysis.glossary.terms.map(\.slug) == ["кошка-дом", "컨테이너-운영"])
        #expect(analysis.glossary.terms.map(\.letter) == ["#", "ㅋ"])
        #expect(analysis.linked[1].seeAlso == [0] && analysis.linked[0].seeAlso == [1])
    }
}
