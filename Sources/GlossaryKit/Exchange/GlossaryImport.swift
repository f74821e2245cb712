import CSV
import Foundation

/// `glossary import terms.csv`: one term file per CSV row, written into the content folder
/// only when every row is good, never over an existing file.
public enum GlossaryImport {
    /// Why an import wrote nothing.
    public struct Failure: Error, Sendable, CustomStringConvertible {
        public enum Kind: Sendable { case unreadable, badRows }
        public var kind: Kind
        public var diagnostics: [Diagnostic]
        public var description: String { diagnostics.map(\.description).joined(separator: "\n") }
    }

    /// One row read from the CSV: its row number (the header is row 1) and its record.
    public struct Row: Sendable {
        public var number: Int
        public var record: ExportRecord
        /// Whether the `path` cell was given (else the path is chosen like `glossary new`).
        public var hasPath: Bool
    }

    /// A file the import will write.
    public struct PlannedFile: Sendable {
        public var row: Int
        /// Inside the content folder.
        public var relativePath: String
        public var text: String
    }

    /// The columns import reads; the export-only ones are accepted and ignored.
    static let importColumns: Set<String> = [
        "path", "slug", "title", "aliases", "part_of_speech", "tags", "see_also", "related", "description", "draft",
        "definition", "example", "extra",
    ]
    static let ignoredColumns: Set<String> = ["summary", "body_html", "example_html"]
    /// Written only for a glossary of several languages; refused with an explanation.
    static let multilingualColumns: Set<String> = ["language", "translation_key"]

    /// Reads the CSV file and writes its terms; returns the files written (relative paths).
    @discardableResult
    public static func run(csvPath: String, contentFolder: String) throws -> [PlannedFile] {
        let name = csvPath
        guard let data = FileManager.default.contents(atPath: csvPath) else {
            throw Failure(kind: .unreadable, diagnostics: [Diagnostic(file: name, message: "cannot read the file")])
        }
        let text: String
        do {
            text = try TextFile.decode(data, displayPath: name)
        } catch let error as DiagnosticsError {
            throw Failure(kind: .unreadable, diagnostics: error.diagnostics)
        }
        let rows = try parse(csv: text, file: name)
        let files = try plan(rows, file: name, contentFolder: contentFolder)
        try write(files, file: name, contentFolder: contentFolder)
        return files
    }

    /// The normal form of a header name: lowercased, trimmed, spaces and `-` made `_`.
    static func normalizedHeader(_ name: String) -> String {
        String(name.trimmingCharacters(in: .whitespacesAndNewlines).lowercased().map { $0 == " " || $0 == "-" ? "_" : $0 })
    }

    /// Reads rows with CSV.swift; every bad row is reported (as `file:ROW: error: …`).
    public static func parse(csv text: String, file: String) throws -> [Row] {
        let reader: CSVReader
        do {
            reader = try CSVReader(string: text, hasHeaderRow: false)
        } catch {
            throw Failure(kind: .unreadable, diagnostics: [Diagnostic(file: file, message: "cannot read the CSV: \(error)")])
        }
        guard let header = reader.next(), header.contains(where: { !$0.isEmpty }) else {
            throw Failure(kind: .badRows, diagnostics: [Diagnostic(file: file, line: 1, message: "the file has no header row")])
        }
        var columns: [String] = []
        var headerErrors: [Diagnostic] = []
        for cell in header {
            let column = normalizedHeader(cell)
            if multilingualColumns.contains(column) {
                headerErrors.append(Diagnostic(
                    file: file, line: 1,
                    message: "the column '\(cell)' comes from the export of a glossary of several languages, which import "
                        + "does not read: import one language's rows without the 'language' and 'translation_key' columns, "
                        + "with --content Content/<code>"))
            } else if !importColumns.contains(column) && !ignoredColumns.contains(column) {
                headerErrors.append(Diagnostic(
                    file: file, line: 1,
                    message: "unknown column '\(cell)'; the columns are "
                        + GlossaryExport.csvColumns.joined(separator: ", ")))
            } else if columns.contains(column) {
                headerErrors.append(Diagnostic(file: file, line: 1, message: "the column '\(cell)' appears twice"))
            }
            columns.append(column)
        }
        for required in ["title", "definition"] where !columns.contains(required) {
            headerErrors.append(Diagnostic(file: file, line: 1, message: "the header has no '\(required)' column"))
        }
        if !headerErrors.isEmpty { throw Failure(kind: .badRows, diagnostics: headerErrors) }

        var rows: [Row] = []
        var errors: [Diagnostic] = []
        var number = 1
        while let cells = reader.next() {
            number += 1
            if cells.allSatisfy({ $0.trimmingCharacters(in: .whitespaces).isEmpty }) { continue }
            if cells.count > columns.count {
                errors.append(Diagnostic(
                    file: file, line: number,
                    message: "the row has \(cells.count) fields but the header has \(columns.count)"))
                continue
            }
            var values: [String: String] = [:]
            for (index, cell) in cells.enumerated() where !ignoredColumns.contains(columns[index]) {
                values[columns[index]] = CSVFormulaGuard.restored(cell).replacingOccurrences(of: "\r\n", with: "\n")
                    .replacingOccurrences(of: "\r", with: "\n")
            }
            switch record(from: values) {
            case .success(let row): rows.append(Row(number: number, record: row.record, hasPath: row.hasPath))
            case .failure(let problems):
                errors += problems.messages.map { Diagnostic(file: file, line: number, message: $0) }
            }
        }
        if let error = reader.error {
            errors.append(Diagnostic(file: file, line: number, message: "cannot read the CSV: \(error)"))
        }
        if !errors.isEmpty { throw Failure(kind: .badRows, diagnostics: errors) }
        return rows
    }

    struct Problems: Error { var messages: [String] }

    /// One row's cells (by normalized column) as a record, or every problem it has.
    static func record(from values: [String: String]) -> Result<(record: ExportRecord, hasPath: Bool), Problems> {
        var problems: [String] = []
        func scalar(_ key: String) -> String { (values[key] ?? "").trimmingCharacters(in: .whitespacesAndNewlines) }
        let title = scalar("title")
        if title.isEmpty { problems.append("the title is missing") }
        let definition = values["definition"] ?? ""
        if definition.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            problems.append("the definition is missing")
        }
        let path = scalar("path")
        if !path.isEmpty, let problem = pathProblem(path) { problems.append(problem) }
        var record = ExportRecord(path: path, title: title, definition: definition)
        let slug = scalar("slug")
        record.slug = slug.isEmpty ? nil : slug
        record.aliases = ExchangeLists.split(values["aliases"] ?? "")
        record.partOfSpeech = scalar("part_of_speech")
        record.tags = ExchangeLists.split(values["tags"] ?? "")
        record.seeAlso = ExchangeLists.split(values["see_also"] ?? "")
        switch ExchangeLists.splitRelated(values["related"] ?? "") {
        case .success(let related): record.related = related
        case .failure(let error):
            problems.append("the related entry '\(error.entry)' is neither a term name nor 'Title <url>'")
        }
        let description = scalar("description")
        record.description = description.isEmpty ? nil : description
        switch scalar("draft").lowercased() {
        case "", "false", "no": record.draft = false
        case "true", "yes": record.draft = true
        default: problems.append("draft must be true or false, not '\(scalar("draft"))'")
        }
        record.example = values["example"] ?? ""
        let extra = scalar("extra")
        if !extra.isEmpty {
            if let list = try? JSONDecoder().decode([ExportRecord.Extra].self, from: Data(extra.utf8)) {
                record.extra = list
            } else if let object = try? JSONDecoder().decode([String: String].self, from: Data(extra.utf8)) {
                record.extra = object.sorted { $0.key < $1.key }.map { ExportRecord.Extra(key: $0.key, value: $0.value) }
            } else {
                problems.append("extra must be JSON: [{\"key\": …, \"value\": …}] or {\"key\": \"value\"}")
            }
            for item in record.extra where FrontMatter.isKnownKey(item.key) || item.key.isEmpty {
                problems.append("extra may not hold the field '\(item.key)'")
            }
        }
        return problems.isEmpty ? .success((record, !path.isEmpty)) : .failure(Problems(messages: problems))
    }

    /// Nil when `path` is a term file's path inside the content folder that a build reads.
    static func pathProblem(_ path: String) -> String? {
        let parts = path.split(separator: "/", omittingEmptySubsequences: false)
        if path.hasPrefix("/") || path.contains("\\") || parts.contains(where: { $0 == ".." || $0 == "." || $0.isEmpty }) {
            return "the path '\(path)' must stay inside the content folder (relative, no '..')"
        }
        if !path.hasSuffix(".md") || path == ".md" || parts.last == ".md" { return "the path '\(path)' must end in '.md'" }
        if parts.contains(where: { $0.hasPrefix("_") || $0.hasPrefix(".") }) {
            return "the path '\(path)' has a name starting with '_' or '.', which builds skip"
        }
        return nil
    }

    /// A term file's text: the front matter fields that are set, in the contract's order,
    /// every value double-quoted; then the definition and, when there is one, the example.
    public static func fileText(_ record: ExportRecord) -> String {
        var lines = ["---", "title: " + quoted(record.title)]
        func list(_ key: String, _ items: [String]) {
            if !items.isEmpty { lines.append("\(key): [" + items.map(quoted).joined(separator: ", ") + "]") }
        }
        list("aliases", record.aliases)
        if !record.partOfSpeech.isEmpty { lines.append("part_of_speech: " + quoted(record.partOfSpeech)) }
        list("tags", record.tags)
        list("see_also", record.seeAlso)
        if !record.related.isEmpty {
            lines.append("related:")
            for entry in record.related {
                switch entry {
                case .term(let name): lines.append("  - " + quoted(name))
                case .external(let title, let url):
                    lines.append("  - title: " + quoted(title))
                    lines.append("    url: " + quoted(url))
                }
            }
        }
        if let slug = record.slug { lines.append("slug: " + quoted(slug)) }
        if let description = record.description { lines.append("description: " + quoted(description)) }
        if record.draft { lines.append("draft: true") }
        for item in record.extra {
            let simpleKey = item.key.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_" || $0 == "-") }
            lines.append((simpleKey ? item.key : quoted(item.key)) + ": " + quoted(item.value))
        }
        lines.append("---")
        var body = record.definition
        if !record.example.isEmpty { body += "\n\n## Example\n\n" + record.example }
        return lines.joined(separator: "\n") + "\n\n" + body + "\n"
    }

    static func quoted(_ text: String) -> String { NewTerm.yamlQuoted(text) }

    /// Settles each row's path and text and checks them against each other and the content
    /// folder; throws every row's problems together.
    public static func plan(_ rows: [Row], file: String, contentFolder: String) throws -> [PlannedFile] {
        var existing: [Term] = []
        var collation = Collation.english
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: contentFolder, isDirectory: &isDirectory) {
            guard isDirectory.boolValue else {
                throw Failure(kind: .unreadable, diagnostics: [Diagnostic(file: contentFolder, message: "is not a folder")])
            }
            do {
                (existing, collation) = try ContentLoader.readableTerms(folder: contentFolder)
            } catch {
                throw Failure(kind: .unreadable, diagnostics: error.diagnostics)
            }
        }
        var errors: [Diagnostic] = []
        var planned: [PlannedFile] = []
        var plannedTerms: [Term] = []
        // Lookups built once: scanning the existing terms (and the rows planned before) for
        // every row made an import quadratic (8,000 rows without a path took 23 s).
        var folders = TermFolders(terms: existing, collation: collation)
        var existingByName: [ReferenceKey: Term] = [:]
        var existingBySlug: [String: Term] = [:]
        for term in existing {
            for name in [term.title] + term.frontMatter.aliases.map(\.value) {
                let key = ReferenceKey.ignoringAccents(name, in: collation)
                if existingByName[key] == nil { existingByName[key] = term }
            }
            if existingBySlug[term.slug.lowercased()] == nil { existingBySlug[term.slug.lowercased()] = term }
        }
        var rowOfTitle: [ReferenceKey: Int] = [:]
        var rowOfPath: [String: Int] = [:]
        var rowOfSlug: [String: Int] = [:]
        for row in rows {
            var record = row.record
            func fail(_ message: String) { errors.append(Diagnostic(file: file, line: row.number, message: message)) }
            let key = ReferenceKey.ignoringAccents(record.title, in: collation)
            if let other = rowOfTitle[key] {
                fail("the title '\(record.title)' is already on row \(other)")
                continue
            }
            rowOfTitle[key] = row.number
            if let term = existingByName[key] {
                fail("'\(record.title)' is already a title or alias of \(term.file.displayPath)")
                continue
            }
            if !row.hasPath {
                let slug = record.slug ?? Slug.make(from: record.title)
                guard !slug.isEmpty else {
                    fail("no file name can be made from the title '\(record.title)'; give a path or a slug")
                    continue
                }
                let folder = folders.folder(for: collation.letter(for: record.title))
                record.path = (folder.isEmpty ? "" : folder + "/") + slug + ".md"
            }
            if let other = rowOfPath[record.path.lowercased()] {
                fail("the path '\(record.path)' is already used by row \(other)")
                continue
            }
            rowOfPath[record.path.lowercased()] = row.number
            let target = ContentLoader.join(contentFolder, record.path)
            if FileManager.default.fileExists(atPath: target) {
                fail("\(target) already exists; import never overwrites a file")
                continue
            }
            let text = fileText(record)
            let term: Term
            do {
                term = try TermParser.parse(
                    TermSource(displayPath: file, relativePath: record.path, text: text), collation: collation)
            } catch let error as DiagnosticsError {
                for diagnostic in error.diagnostics { fail(diagnostic.message) }
                continue
            } catch {
                fail("\(error)")
                continue
            }
            if let other = rowOfSlug[term.slug.lowercased()] {
                fail("the slug '\(term.slug)' is already used by row \(other)")
                continue
            }
            rowOfSlug[term.slug.lowercased()] = row.number
            if let owner = existingBySlug[term.slug.lowercased()] {
                fail("the slug '\(term.slug)' is already used by \(owner.file.displayPath)")
                continue
            }
            folders.add(term)
            planned.append(PlannedFile(row: row.number, relativePath: record.path, text: text))
            plannedTerms.append(term)
        }
        // References are checked once every row is good: a row left out would look missing.
        if errors.isEmpty {
            errors = referenceProblems(
                planned: zip(planned, plannedTerms).map { ($0.row, $1) }, existing: existing, collation: collation, file: file)
        }
        if !errors.isEmpty { throw Failure(kind: .badRows, diagnostics: errors) }
        return planned
    }

    /// Writes the planned files, all or none: when one cannot be written (a folder where
    /// the file would go, a full disk), the files written before it and the folders made for
    /// them are removed again, so a failed import leaves the content folder as it was.
    /// `.withoutOverwriting` closes the race with another writer.
    static func write(_ files: [PlannedFile], file: String, contentFolder: String) throws {
        var written: [String] = []
        var madeFolders: [String] = []
        for planned in files {
            let path = ContentLoader.join(contentFolder, planned.relativePath)
            do {
                let folder = FolderPath.parent(of: path)
                // Noted before they are made: a failure halfway may have made some of them.
                madeFolders += missingFolders(folder)
                try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
                try Data(planned.text.utf8).write(to: URL(fileURLWithPath: path), options: .withoutOverwriting)
                written.append(path)
            } catch {
                for path in written { try? FileManager.default.removeItem(atPath: path) }
                // Innermost first; a folder someone else filled meanwhile is left alone.
                for folder in madeFolders.reversed() { rmdir(folder) }
                throw Failure(kind: .unreadable, diagnostics: [Diagnostic(
                    file: file, line: planned.row,
                    message: "cannot write \(path): \(error.localizedDescription); no file was written")])
            }
        }
    }

    /// `folder` and those of its parents that do not exist yet, outermost first.
    private static func missingFolders(_ folder: String) -> [String] {
        var missing: [String] = []
        var current = folder
        while !current.isEmpty, current != "/", !FileManager.default.fileExists(atPath: current) {
            missing.insert(current, at: 0)
            let parent = (current as NSString).deletingLastPathComponent
            if parent == current { break }
            current = parent
        }
        return missing
    }
}
