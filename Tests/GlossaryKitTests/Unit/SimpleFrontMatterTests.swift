import Foundation
import Testing
@testable import GlossaryKit

/// The fast front matter reader must give exactly what the Yams path gives, or decline.
@Suite struct SimpleFrontMatterTests {
    /// The fast reader's answer where it gives one; nil where it declines.
    static func compare(_ yaml: String, sourceLocation: SourceLocation = #_sourceLocation) -> Bool? {
        guard let simple = SimpleFrontMatter.parse(yaml: yaml) else { return nil }
        do {
            let full = try FrontMatterParser.parseWithYams(yaml: yaml, file: "t.md")
            #expect(simple == full, "for:\n\(yaml)", sourceLocation: sourceLocation)
        } catch {
            Issue.record("the fast reader accepted what Yams rejects (\(error)):\n\(yaml)", sourceLocation: sourceLocation)
        }
        return true
    }

    @Test func agreesWithYamsOnEveryFileOfGeneratedCorpora() throws {
        let folder = try TemporaryFolder()
        var accepted = 0
        var total = 0
        for seed in [1, 2] {
            let corpus = try Corpus.make(terms: 600, seed: seed, into: folder.child("c\(seed)"))
            for source in try ContentLoader.load(folder: corpus).sources {
                let split = try FrontMatterParser.split(source.text, file: source.displayPath)
                total += 1
                if Self.compare(split.yaml) != nil { accepted += 1 }
            }
        }
        // The fast reader exists for speed: it must take the common shapes.
        #expect(Double(accepted) / Double(total) > 0.95, "accepted \(accepted) of \(total)")
    }

    @Test func agreesWithYamsOnTheShippedGlossary() throws {
        for source in try ContentLoader.load(folder: TestPaths.content).sources {
            let split = try FrontMatterParser.split(source.text, file: source.displayPath)
            #expect(Self.compare(split.yaml) == true, "declined \(source.relativePath)")
        }
    }

    @Test(arguments: [
        "title: Plain title\naliases: [A, 'b c', \"d\"]\ntags: [x]",
        "title:   Spaced   out  \npart_of_speech: noun / verb",
        "title: 'It''s quoted'\nslug: its-quoted",
        "title: \"Double: quoted # not a comment\"",
        "title: C# basics\ndescription: Uses #hash and colons:inside",
        "title: Émile Zola\naliases:\n  - Zola\n  - 'É. Z.'\nsee_also:\n- Naturalism",
        "title: Related\nrelated:\n  - Other term\n  - title: A page\n    url: https://example.com/a?b=c\n  - url: https://example.com/only-url",
        "title: Drafted\ndraft: true",
        "title: Not drafted\ndraft: false\nowner: Docs team\nreviewers: [Ann, Bo]",
        "title: Empty fields\naliases:\ntags: []\npart_of_speech:",
        "# a comment line\ntitle: After comment\n\naliases: [x]",
        "title: -dash-start",
        "title: Trailing colon:",
        "title: 1099 form",
        "title: yes",
        "title: Yes please",
        "title: ~",
        "title: null",
        "title: x\ndraft: yes",
        "title: x\naliases: [a: b]",
        "title: x\naliases: [a, [b]]",
        "title: x\ndescription: >\n  folded text",
        "title: x\ndescription: first line\n  continues here",
        "title: x\ntags:\n  - a\n    - b",
        "title: x\nrelated:\n  - title: t\n    url: u\n    extra: e",
        "title: x\nrelated:\n  - title: no url",
        "title: &anchor x",
        "title: x\ntitle: y",
        "title: \"escaped \\\" quote\"",
        "title: x # trailing comment",
        "title:\taligned with tab",
        "  title: indented",
        "title: <<",
        "title: =",
        "title: [a list]",
        // Plain values that may not be text: the fast reader must decline, not drop them.
        "title: x\nslug: 404",
        "title: x\nslug: ..",
        "title: x\ndescription: 2024 report",
        "title: x\npart_of_speech: 1st person",
        // Found by fuzzing: characters YAML forbids or reads as line breaks go to Yams.
        "title: \u{11}/eflo", "title: a\u{7F}b", "title: a\u{85}b", "title: a\u{2028}b", "title: a\u{2029}b",
        "title: a\u{9F}b", "title: a\u{FFFE}b", "title: a\rb", "title: \u{FEFF}beta", "title: be\u{FEFF}ta",
        "title: x\npart_of_speech: -auto", "title: x\ndescription: .NET partners", "title: x\npart_of_speech: 42",
    ])
    func agreesWithYamsOrDeclines(yaml: String) {
        _ = Self.compare(yaml)
    }

    @Test func takesTheCommonShapes() {
        #expect(SimpleFrontMatter.parse(yaml: "title: A\naliases: [B]\nsee_also: [C, D]\ntags: [t]") != nil)
        #expect(SimpleFrontMatter.parse(yaml: "title: A\nrelated:\n  - title: T\n    url: https://e.example/x") != nil)
    }

    @Test func declinesWhatItCannotReadExactly() {
        for yaml in [
            "title: 42", "title: x # c", "title: x\ndescription: |\n  a", "title: \"a\\nb\"", "title: x\ntitle: y",
            "title: x\nslug: 404", "title: x\ndescription: 2024 report",
            "title: \u{11}/eflo", "title: a\u{85}b", "title: a\u{2028}b", "title: a\u{FFFF}b",
        ] {
            #expect(SimpleFrontMatter.parse(yaml: yaml) == nil, "\(yaml)")
        }
    }
}
