import Foundation
import Testing
@testable import GlossaryKit

/// Issue 12, exchange parts: CSV cells a spreadsheet would run are neutralized and come back
/// exact; an import writes all its files or none; imports stay linear in their rows.
@Suite struct ExchangeSafetyTests {
    /// Values starting with each formula character, and values that already start with `'`.
    static let formulaTerms: [String: String] = [
        "glossary.yml": "title: Formulas\n",
        "a.md": """
            ---
            title: "=HYPERLINK(\\"https://evil.example\\",\\"x\\")"
            aliases: ["+1 alias", "plain"]
            part_of_speech: "-noun"
            tags: ["@tag", "fine"]
            description: "'=already quoted"
            ---

            - a list item first, so the definition starts with `-`.
            """,
        "b.md": """
            ---
            title: "'Quoted start"
            aliases: ["''=two quotes"]
            tags: ["-minus"]
            see_also: ["=HYPERLINK(\\"https://evil.example\\",\\"x\\")"]
            ---

            @mention first.
            """,
    ]

    @Test func neutralizingIsExactlyUndoneOnImport() {
        for value in ["=1+2", "+x", "-y", "@z", "\tt", "\rr", "'=q", "''+q", "'plain", "''", "'", "", "plain", "a=b"] {
            #expect(CSVFormulaGuard.restored(CSVFormulaGuard.neutralized(value)) == value, "\(value)")
        }
        #expect(CSVFormulaGuard.neutralized("=1+2") == "'=1+2")
        #expect(CSVFormulaGuard.neutralized("'=1+2") == "''=1+2")
        #expect(CSVFormulaGuard.neutralized("'plain") == "'plain")
        #expect(CSVFormulaGuard.neutralized("a=b") == "a=b")
        // A cell someone wrote by hand without the guard is taken as it is.
        #expect(CSVFormulaGuard.restored("=SUM(A1)") == "=SUM(A1)")
        #expect(CSVFormulaGuard.restored("'plain") == "'plain")
    }

    @Test func exportedCellsNeverStartWithAFormulaCharacter() throws {
        let folder = try TemporaryFolder()
        let content = try folder.write(Self.formulaTerms, under: "Content")
        let document = try GlossaryExport.document(contentFolder: content)
        var cells: [String: [String: String]] = [:]
        for record in document.terms {
            let row = try GlossaryExport.csvFields(record)
            for cell in row {
                #expect(!(cell.first.map { "=+-@\t\r".contains($0) } ?? false), "cell \(cell.debugDescription)")
            }
            cells[record.path] = Dictionary(uniqueKeysWithValues: zip(GlossaryExport.csvColumns, row))
        }
        let a = try #require(cells["a.md"])
        #expect(a["title"] == #"'=HYPERLINK("https://evil.example","x")"#)
        #expect(a["aliases"] == "'+1 alias; plain")
        #expect(a["part_of_speech"] == "'-noun")
        #expect(a["tags"] == "'@tag; fine")
        #expect(a["description"] == "''=already quoted")
        #expect(a["definition"]?.hasPrefix("'- a list item") == true)
        let b = try #require(cells["b.md"])
        #expect(b["title"] == "'Quoted start")
        #expect(b["aliases"] == "'''=two quotes")
        #expect(b["tags"] == "'-minus")
        #expect(b["see_also"] == #"'=HYPERLINK("https://evil.example","x")"#)
        #expect(b["definition"] == "'@mention first.")
    }

    @Test func formulaValuesSurviveTheRoundTripByteForByte() throws {
        let folder = try TemporaryFolder()
        let content = try folder.write(Self.formulaTerms, under: "Content")
        try ExchangeTests().roundTrip(content, in: folder)
        // Every field comes back, not only what the site shows: the JSON exports are equal.
        let export = { (content: String) throws -> String in
            let run = try CommandRun.glossary(["export", "--format", "json", "--content", content])
            #expect(run.status == 0, "\(run.standardError)")
            return run.standardOutput
        }
        let imported = try export(folder.child("Imported"))
        #expect(imported == (try export(content)))
        #expect(imported.contains(#""description" : "'=already quoted""#))
    }

    /// A later row whose file cannot be written (a file stands where its folder would go)
    /// used to leave the earlier rows' files behind.
    @Test func aWriteThatFailsLeavesNothingBehind() throws {
        let folder = try TemporaryFolder()
        try folder.write(["Content/notes": "a file, not a folder\n", "Content/old.md": "---\ntitle: Old\n---\nKept.\n"])
        try folder.write([
            "terms.csv": "title,definition,path\nFirst,One.,new/deep/first.md\nSecond,Two.,second.md\nThird,Three.,notes/third.md\n"
        ])
        let before = try FileTree.read(folder.child("Content"))
        let run = try CommandRun.glossary(["import", "terms.csv", "--content", "Content"], in: folder.path)
        #expect(run.status == 2)
        #expect(run.standardError.hasPrefix("terms.csv:4: error: cannot write Content/notes/third.md: "), "\(run.standardError)")
        #expect(run.standardError.hasSuffix("; no file was written\n"), "\(run.standardError)")
        #expect(try FileTree.read(folder.child("Content")) == before)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.child("Content")).sorted() == ["notes", "old.md"])
    }

    /// 8,000 rows without a path took 23 s (release) when each row recounted the folders of
    /// every term before it; the bound is generous for a debug build.
    @Test func rowsWithoutAPathArePlannedInLinearTime() throws {
        var csv = "title,definition\n"
        for index in 0..<8_000 { csv += "Term \(index),Definition \(index).\n" }
        let started = Date()
        let rows = try GlossaryImport.parse(csv: csv, file: "t.csv")
        let planned = try GlossaryImport.plan(rows, file: "t.csv", contentFolder: "/nonexistent-\(UUID())")
        #expect(Date().timeIntervalSince(started) < 30)
        #expect(planned.count == 8_000)
        #expect(planned[0].relativePath == "term-0.md")
    }

    /// The folder rule as `glossary new` counted it before, from all the terms at once.
    static func countedAfresh(letter: String, terms: [Term]) -> String {
        func folder(of term: Term) -> String {
            term.file.relativePath.split(separator: "/").dropLast().joined(separator: "/")
        }
        let sameLetter = terms.filter { $0.letter == letter }.map(folder)
        let counts = Dictionary(sameLetter.map { ($0, 1) }, uniquingKeysWith: +)
        if let most = counts.max(by: { ($0.value, $1.key) < ($1.value, $0.key) })?.key { return most }
        let byLetter = terms.filter { folder(of: $0) == Collation.english.letterSlug($0.letter) }.count
        return byLetter * 2 > terms.count ? Collation.english.letterSlug(letter) : ""
    }

    @Test func termFoldersAgreeWithCountingAfresh() {
        func term(_ path: String, _ title: String) -> Term {
            try! TermParser.parse(TermSource(displayPath: path, relativePath: path, text: "---\ntitle: \(title)\n---\nX.\n"))
        }
        var terms: [Term] = []
        var folders = TermFolders(terms: [])
        let files = [("p/a.md", "Pa"), ("q/b.md", "Pb"), ("q/c.md", "Pc"), ("p/d.md", "Pd"), ("b/e.md", "Be"),
                     ("x/f.md", "Pf"), ("p/g.md", "Pg"), ("h.md", "Ah")]
        for (path, title) in files {
            let next = term(path, title)
            terms.append(next)
            folders.add(next)
            for letter in ["P", "B", "A", "Z"] {
                let fresh = Self.countedAfresh(letter: letter, terms: terms)
                #expect(folders.folder(for: letter) == fresh, "\(letter) after \(path)")
            }
        }
    }
}
