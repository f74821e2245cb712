import Foundation
import Testing
@testable import GlossaryKit

/// `glossary export` and `glossary import`: the JSON schema, the CSV round trip, bad rows.
@Suite struct ExchangeTests {
    /// A small glossary using every field of the contract.
    static let richTerms: [String: String] = [
        "glossary.yml": "title: Test glossary\nbase_url: https://example.org/\n",
        "a/alpha.md": """
            ---
            title: Alpha
            aliases: [A1, "Semi; colon"]
            part_of_speech: noun
            tags: [greek, letters]
            see_also: [Beta]
            related:
              - Beta
              - title: Elsewhere <site>; more
                url: https://example.com/a?b=1
            slug: alpha-term
            description: The first one.
            owner: Jane, Doe
            ---

            Alpha is the first, before [Beta](../b/beta.md) and [[Beta|the second]].

            Second paragraph, with "quotes", commas.

            ## Example

            An alpha example.

            ```
            code
            ```

            """,
        "b/beta.md": """
            ---
            title: Beta
            draft: false
            ---

            Beta comes after [[Alpha]].
            """,
        "b/beta-draft.md": """
            ---
            title: Beta draft
            draft: true
            ---
            Not published.

            Examples
            --------

            A setext example.
            """,
    ]

    @Test func jsonExportHasTheSchemaAndEveryField() throws {
        let folder = try TemporaryFolder()
        let content = try folder.write(Self.richTerms, under: "Content")
        let run = try CommandRun.glossary(["export", "--format", "json", "--content", content])
        #expect(run.status == 0, "\(run.standardError)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(run.standardOutput.utf8)) as? [String: Any])
        #expect(json["schema"] as? String == "glossary-export")
        #expect(json["version"] as? Int == 1)
        let site = try #require(json["site"] as? [String: Any])
        #expect(site["title"] as? String == "Test glossary")
        #expect(site["base_url"] as? String == "https://example.org/")
        let terms = try #require(json["terms"] as? [[String: Any]])
        #expect(terms.map { $0["title"] as? String } == ["Alpha", "Beta", "Beta draft"])
        let alpha = terms[0]
        #expect(Set(alpha.keys) == Set(GlossaryExport.csvColumns))
        #expect(alpha["path"] as? String == "a/alpha.md")
        #expect(alpha["slug"] as? String == "alpha-term")
        #expect(alpha["aliases"] as? [String] == ["A1", "Semi; colon"])
        #expect(alpha["part_of_speech"] as? String == "noun")
        #expect(alpha["tags"] as? [String] == ["greek", "letters"])
        #expect(alpha["see_also"] as? [String] == ["Beta"])
        let related = try #require(alpha["related"] as? [Any])
        #expect(related.first as? String == "Beta")
        #expect(related.last as? [String: String] == ["title": "Elsewhere <site>; more", "url": "https://example.com/a?b=1"])
        #expect(alpha["description"] as? String == "The first one.")
        #expect(alpha["draft"] as? Bool == false)
        #expect(alpha["definition"] as? String == """
            Alpha is the first, before [Beta](../b/beta.md) and [[Beta|the second]].

            Second paragraph, with "quotes", commas.
            """)
        #expect(alpha["example"] as? String == "An alpha example.\n\n```\ncode\n```")
        #expect((alpha["body_html"] as? String)?.contains("<a href=\"../beta/index.html\">Beta</a>") == true)
        #expect((alpha["example_html"] as? String)?.hasPrefix("<p>An alpha example.</p>") == true)
        #expect(alpha["summary"] as? String == "The first one.")
        #expect(alpha["extra"] as? [[String: String]] == [["key": "owner", "value": "Jane, Doe"]])
        let beta = terms[1]
        #expect(beta["slug"] is NSNull)
        #expect(beta["description"] is NSNull)
        #expect(beta["example"] as? String == "")
        #expect(beta["summary"] as? String == "Beta comes after Alpha.")
        #expect(terms[2]["draft"] as? Bool == true)
        #expect(terms[2]["example"] as? String == "A setext example.")
        // The document decodes back into the library's types.
        let decoded = try JSONDecoder().decode(ExportDocument.self, from: Data(run.standardOutput.utf8))
        #expect(decoded.terms.count == 3)
    }

    /// Exports with the command to CSV, imports into an empty folder (plus glossary.yml,
    /// which import does not write) and compares both sites byte for byte.
    func roundTrip(_ content: String, in folder: TemporaryFolder, includeDrafts: Bool = false) throws {
        let csv = folder.child("terms.csv")
        let export = try CommandRun.glossary(["export", "--format", "csv", "--content", content, "--output", csv])
        #expect(export.status == 0, "\(export.standardError)")
        let imported = folder.child("Imported")
        try FileManager.default.createDirectory(atPath: imported, withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: content + "/glossary.yml", toPath: imported + "/glossary.yml")
        let run = try CommandRun.glossary(["import", csv, "--content", imported])
        #expect(run.status == 0, "\(run.standardError)")
        // Without git: the shipped Content/ is in this repository (dated), the copy is not.
        var options = BuildOptions(contentFolder: content, templatesFolder: TestPaths.templates, includeDrafts: includeDrafts)
        options.readsGit = false
        let original = try SiteBuilder.build(options)
        options.contentFolder = imported
        let rebuilt = try SiteBuilder.build(options)
        #expect(original.files.map(\.path) == rebuilt.files.map(\.path))
        for (a, b) in zip(original.files, rebuilt.files) {
            #expect(a.path == b.path && a.data == b.data, "\(a.path) differs after the round trip")
        }
        #expect(original.files.count > 3)
    }

    @Test func csvRoundTripOfTheShippedContentGivesAByteIdenticalSite() throws {
        let folder = try TemporaryFolder()
        try roundTrip(TestPaths.content, in: folder)
        // Same file names as the original.
        let originalPaths = try ContentLoader.termPaths(in: TestPaths.content)
        #expect(try ContentLoader.termPaths(in: folder.child("Imported")) == originalPaths)
    }

    @Test func csvRoundTripOfEveryFieldGivesAByteIdenticalSite() throws {
        let folder = try TemporaryFolder()
        let content = try folder.write(Self.richTerms, under: "Content")
        try roundTrip(content, in: folder, includeDrafts: true)
    }

    @Test func badRowsAreReportedWithTheirRowNumbersAndNothingIsWritten() throws {
        let folder = try TemporaryFolder()
        try folder.write([
            "terms.csv": """
                title,definition,path
                Alpha,First.,
                ,No title here.,
                Gamma,"Third, with a comma.",g/gamma.md
                Delta,Fourth.,../x.md
                """
        ])
        let content = folder.child("Content")
        let run = try CommandRun.glossary(["import", "terms.csv", "--content", "Content"], in: folder.path)
        #expect(run.status == 1)
        #expect(run.standardError == """
            terms.csv:3: error: the title is missing
            terms.csv:5: error: the path '../x.md' must stay inside the content folder (relative, no '..')

            """)
        #expect(!FileManager.default.fileExists(atPath: content))
    }

    @Test func otherBadRowsDuplicatesAndDraft() throws {
        let csv = """
            title,definition,path,draft,related
            Alpha,First.,a.md,maybe,
            alpha,Again.,b.md,,
            Beta,Second.,a.md,,
            Gamma,,c.txt,,Broken <url
            """
        let rows = #expect(throws: GlossaryImport.Failure.self) { try GlossaryImport.parse(csv: csv, file: "t.csv") }
        #expect(rows?.diagnostics.map(\.description) == [
            "t.csv:2: error: draft must be true or false, not 'maybe'",
            "t.csv:5: error: the definition is missing",
            "t.csv:5: error: the path 'c.txt' must end in '.md'",
            "t.csv:5: error: the related entry 'Broken <url' is neither a term name nor 'Title <url>'",
        ])
        let parsed = try GlossaryImport.parse(csv: "title,definition,path\nAlpha,A.,a.md\nalpha,B.,b.md\nBeta,C.,a.md\n", file: "t.csv")
        let planned = #expect(throws: GlossaryImport.Failure.self) {
            try GlossaryImport.plan(parsed, file: "t.csv", contentFolder: "/nonexistent-\(UUID())")
        }
        #expect(planned?.diagnostics.map(\.description) == [
            "t.csv:3: error: the title 'alpha' is already on row 2",
            "t.csv:4: error: the path 'a.md' is already used by row 2",
        ])
    }

    @Test func anExistingFileIsNeverOverwritten() throws {
        let folder = try TemporaryFolder()
        let original = "---\ntitle: Old\n---\nKeep me.\n"
        try folder.write(["Content/a/alpha.md": original])
        try folder.write(["terms.csv": "title,definition,path\nNew one,Fresh.,b/new.md\nAlpha,Replaced.,a/alpha.md\n"])
        let run = try CommandRun.glossary(["import", "terms.csv", "--content", "Content"], in: folder.path)
        #expect(run.status == 1)
        #expect(run.standardError == "terms.csv:3: error: Content/a/alpha.md already exists; import never overwrites a file\n")
        #expect(try String(contentsOfFile: folder.child("Content/a/alpha.md"), encoding: .utf8) == original)
        #expect(!FileManager.default.fileExists(atPath: folder.child("Content/b/new.md")))
    }

    @Test func headersMatchCaseInsensitivelyWithSpacesHyphensAndUnderscoresAlike() throws {
        let folder = try TemporaryFolder()
        try folder.write(["Content/p/partner.md": "---\ntitle: Partner\n---\nA partner.\n"])
        try folder.write([
            "terms.csv": "TITLE,Part of Speech,DEFINITION,See-Also,Tags,Body_HTML\nPartner tier,noun,A level.,Partner,gold; silver,<p>x</p>\n"
        ])
        let run = try CommandRun.glossary(["import", "terms.csv", "--content", "Content"], in: folder.path)
        #expect(run.status == 0, "\(run.standardError)")
        #expect(run.standardOutput == "Imported 1 term into Content\n")
        // No path: the file goes where `glossary new` would put it.
        let text = try String(contentsOfFile: folder.child("Content/p/partner-tier.md"), encoding: .utf8)
        #expect(text == """
            ---
            title: "Partner tier"
            part_of_speech: "noun"
            tags: ["gold", "silver"]
            see_also: ["Partner"]
            ---

            A level.

            """)
        _ = try SiteBuilder.build(BuildOptions(contentFolder: folder.child("Content"), templatesFolder: TestPaths.templates))
    }

    @Test func unknownColumnsAndAMissingFileAreRefused() throws {
        let folder = try TemporaryFolder()
        try folder.write(["terms.csv": "title,definiton\nA,B\n"])
        let run = try CommandRun.glossary(["import", "terms.csv"], in: folder.path)
        #expect(run.status == 1)
        #expect(run.standardError.hasPrefix("terms.csv:1: error: unknown column 'definiton'"))
        #expect(run.standardError.contains("terms.csv:1: error: the header has no 'definition' column"))
        let missing = try CommandRun.glossary(["import", "nope.csv"], in: folder.path)
        #expect(missing.status == 2)
        #expect(missing.standardError == "nope.csv: error: cannot read the file\n")
    }

    @Test func aQuotedFieldWithCommasQuotesAndNewlinesSurvives() throws {
        let folder = try TemporaryFolder()
        let definition = "He said, \"hello, world\",\nthen left.\n\n- one, two\n- \"three\""
        let cell = "\"" + definition.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        try folder.write(["terms.csv": "title,definition,aliases,example\r\n\"Odd, \"\"quoted\"\" term\",\(cell),\"x\\; y; z\",\"Line 1\r\nLine 2\"\r\n"])
        let run = try CommandRun.glossary(["import", "terms.csv", "--content", "Content"], in: folder.path)
        #expect(run.status == 0, "\(run.standardError)")
        let document = try GlossaryExport.document(contentFolder: folder.child("Content"))
        let record = try #require(document.terms.first)
        #expect(record.title == "Odd, \"quoted\" term")
        #expect(record.definition == definition)
        #expect(record.aliases == ["x; y", "z"])
        #expect(record.example == "Line 1\nLine 2")
        // And back out through CSV: the library quotes it, the reader gives it back.
        let csv = String(decoding: try GlossaryExport.csv(document.terms), as: UTF8.self)
        let rows = try GlossaryImport.parse(csv: csv, file: "x.csv")
        #expect(rows.map(\.record.definition) == [definition])
        #expect(rows.map(\.record.title) == [record.title])
    }

    @Test func listsAndRelatedEncodeReversibly() throws {
        let items = ["plain", "semi; colon", "back\\slash", "<angle>"]
        #expect(ExchangeLists.split(ExchangeLists.join(items)) == items)
        let related: [ExportRecord.Related] = [
            .term("Partner <x>; y"), .external(title: "A <b>", url: "https://e.com/?q=a;b"), .term("Beta"),
        ]
        let cell = ExchangeLists.joinRelated(related)
        #expect(cell == "Partner \\<x\\>\\; y; A \\<b\\> <https://e.com/?q=a\\;b>; Beta")
        #expect(try ExchangeLists.splitRelated(cell).get() == related)
        #expect(try ExchangeLists.splitRelated("<https://only.url>").get() == [.external(title: "https://only.url", url: "https://only.url")])
    }
}
