import CSV
import Foundation

/// `glossary export`: the whole glossary as records, written as JSON or CSV.
public enum GlossaryExport {
    /// Reads, parses and links the content folder (drafts included, so the export is the
    /// whole glossary) and makes one record per term in reading order. Throws the same
    /// diagnostics a build would.
    public static func document(contentFolder: String, jobs: Int = ProcessInfo.processInfo.activeProcessorCount)
        throws(DiagnosticsError) -> ExportDocument
    {
        // The build's own stages, so an export fails exactly where a build would.
        let options = BuildOptions(contentFolder: contentFolder, includeDrafts: true, jobs: jobs)
        var timings = StageTimings()
        let analysis = try Pipeline.analyze(options, templates: .none, timings: &timings)
        if analysis.hasErrors { throw DiagnosticsError(analysis.diagnostics) }
        let settings = analysis.siteSettings ?? analysis.settings
        var site = ExportDocument.Site(
            title: settings.title, description: settings.description, baseURL: settings.baseURL,
            language: analysis.settings.language, allowRawHTML: settings.allowRawHTML, tags: settings.tags)
        guard !analysis.editions.isEmpty else {
            let records = zip(analysis.glossary.terms, analysis.linked).map { record(for: $0, linked: $1) }
            return ExportDocument(site: site, terms: records)
        }
        // Every language, the default first, each in its own reading order; each record says
        // its language and the key its translations share.
        site.languages = analysis.editions.map {
            let language = $0.edition.language
            return ExportDocument.Site.Language(
                code: language.code, name: language.name, title: language.title, description: language.description)
        }
        let records = analysis.editions.flatMap { edition in
            zip(edition.glossary.terms, edition.linked).map { term, linked in
                var record = record(for: term, linked: linked)
                record.language = edition.edition.code
                record.translationKey = TranslationTable.key(of: term)
                return record
            }
        }
        return ExportDocument(site: site, terms: records)
    }

    static func record(for term: Term, linked: LinkedTerm) -> ExportRecord {
        let matter = term.frontMatter
        let parts = splitBody(term.body, exampleHeadingIndex: linked.body.exampleHeadingLine.map { $0 - term.bodyStartLine })
        var record = ExportRecord(path: term.file.relativePath, title: matter.title.value, definition: parts.definition)
        record.slug = matter.slug?.value
        record.aliases = matter.aliases.map(\.value)
        record.partOfSpeech = matter.partOfSpeech ?? ""
        record.tags = matter.tags.map(\.value)
        record.seeAlso = matter.seeAlso.map(\.value)
        record.related = matter.related.map { entry in
            switch entry {
            case .term(let name): .term(name.value)
            case .external(let title, let url, _, _): .external(title: title, url: url)
            }
        }
        record.description = matter.description
        record.draft = matter.draft
        record.example = parts.example
        record.summary = linked.description
        record.bodyHTML = linked.body.definitionHTML
        record.exampleHTML = linked.body.exampleHTML
        record.extra = matter.extra.map { ExportRecord.Extra(key: $0.key, value: $0.value) }
        return record
    }

    /// Splits a body at its example heading (a 0-based line index into the body, from
    /// cmark), dropping the heading line (two lines for a setext heading) and the blank
    /// lines around the two parts. `GlossaryImport` joins them back with `## Example`,
    /// which renders to the same HTML.
    static func splitBody(_ body: String, exampleHeadingIndex: Int?) -> (definition: String, example: String) {
        let lines = body.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        guard let index = exampleHeadingIndex, index >= 0, index < lines.count else {
            return (trimBlankLines(lines[...]), "")
        }
        let isATX = lines[index].drop(while: { $0 == " " }).hasPrefix("#")
        let exampleStart = min(lines.count, index + (isATX ? 1 : 2))
        return (trimBlankLines(lines[..<index]), trimBlankLines(lines[exampleStart...]))
    }

    /// Lines joined, without whitespace-only lines at either end.
    static func trimBlankLines(_ lines: ArraySlice<String>) -> String {
        func blank(_ line: String) -> Bool { line.allSatisfy { $0 == " " || $0 == "\t" || $0 == "\r" } }
        var slice = lines
        while let first = slice.first, blank(first) { slice = slice.dropFirst() }
        while let last = slice.last, blank(last) { slice = slice.dropLast() }
        return slice.joined(separator: "\n")
    }

    /// Pretty-printed JSON, keys sorted, ending in a line end.
    public static func json(_ document: ExportDocument) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        var data = try encoder.encode(document)
        data.append(UInt8(ascii: "\n"))
        return data
    }

    /// The CSV columns of a single-language glossary, in order; `GlossaryImport` ignores the
    /// export-only ones (`summary`, `body_html`, `example_html`).
    public static let csvColumns = columns(multilingual: false).map(\.rawValue)

    /// The CSV columns of a glossary of several languages: `language` and `translation_key`
    /// after `path` as well.
    public static let multilingualCSVColumns = columns(multilingual: true).map(\.rawValue)

    static func columns(multilingual: Bool) -> [ExportRecord.CodingKeys] {
        ExportRecord.CodingKeys.allCases.filter { multilingual || ($0 != .language && $0 != .translationKey) }
    }

    /// RFC 4180 CSV (written by CSV.swift): a header row, then one row per term; LF line
    /// ends, fields quoted when they hold a comma, quote or line end, and a `'` before a
    /// cell a spreadsheet would run as a formula (`CSVFormulaGuard`). Records of several
    /// languages get the `language` and `translation_key` columns.
    public static func csv(_ records: [ExportRecord]) throws -> Data {
        let columns = columns(multilingual: records.contains { $0.language != nil })
        let writer = try CSVWriter(stream: .toMemory())
        try writer.write(row: columns.map(\.rawValue))
        for record in records {
            try writer.write(row: csvFields(record, columns: columns))
        }
        writer.stream.close()
        var data = writer.stream.property(forKey: .dataWrittenToMemoryStreamKey) as? Data ?? Data()
        data.append(UInt8(ascii: "\n"))
        return data
    }

    static func csvFields(
        _ record: ExportRecord, columns: [ExportRecord.CodingKeys] = GlossaryExport.columns(multilingual: false)
    ) throws -> [String] {
        var extra = ""
        if !record.extra.isEmpty {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
            extra = String(decoding: try encoder.encode(record.extra), as: UTF8.self)
        }
        let fields: [ExportRecord.CodingKeys: String] = [
            .path: record.path,
            .language: record.language ?? "",
            .translationKey: record.translationKey ?? "",
            .slug: record.slug ?? "",
            .title: record.title,
            .aliases: ExchangeLists.join(record.aliases),
            .partOfSpeech: record.partOfSpeech,
            .tags: ExchangeLists.join(record.tags),
            .seeAlso: ExchangeLists.join(record.seeAlso),
            .related: ExchangeLists.joinRelated(record.related),
            .description: record.description ?? "",
            .draft: record.draft ? "true" : "false",
            .definition: record.definition,
            .example: record.example,
            .summary: record.summary,
            .bodyHTML: record.bodyHTML,
            .exampleHTML: record.exampleHTML,
            .extra: extra,
        ]
        // Every cell, not only the text ones: a spreadsheet reads any cell as a formula.
        return columns.map { CSVFormulaGuard.neutralized(fields[$0] ?? "") }
    }
}

/// How lists sit in one CSV cell: items separated by `; `; inside an item `\` is written
/// `\\` and `;` is written `\;`. In `related`, an entry outside the glossary is
/// `Title <https://url>`, and `<` and `>` in names and titles are escaped too (`\<`, `\>`).
public enum ExchangeLists {
    public static func join(_ items: [String]) -> String {
        items.map { escape($0, special: "\\;") }.joined(separator: "; ")
    }

    public static func joinRelated(_ entries: [ExportRecord.Related]) -> String {
        entries.map { entry in
            switch entry {
            case .term(let name): escape(name, special: "\\;<>")
            case .external(let title, let url): escape(title, special: "\\;<>") + " <" + escape(url, special: "\\;<>") + ">"
            }
        }.joined(separator: "; ")
    }

    static func escape(_ text: String, special: String) -> String {
        var out = ""
        for character in text {
            if special.contains(character) { out.append("\\") }
            out.append(character)
        }
        return out
    }

    /// A cell split into items, each a list of (character, escaped) so `related` can tell
    /// a literal `<` from the URL's bracket. Items are trimmed; empty items are dropped.
    static func items(_ cell: String) -> [[(Character, Bool)]] {
        var result: [[(Character, Bool)]] = []
        var current: [(Character, Bool)] = []
        var escaped = false
        func finish() {
            var item = current[...]
            while let first = item.first, !first.1, first.0.isWhitespace { item = item.dropFirst() }
            while let last = item.last, !last.1, last.0.isWhitespace { item = item.dropLast() }
            if !item.isEmpty { result.append(Array(item)) }
            current = []
        }
        for character in cell {
            if escaped {
                current.append((character, true))
                escaped = false
            } else if character == "\\" {
                escaped = true
            } else if character == ";" {
                finish()
            } else {
                current.append((character, false))
            }
        }
        if escaped { current.append(("\\", true)) }
        finish()
        return result
    }

    public static func split(_ cell: String) -> [String] {
        items(cell).map { String($0.map(\.0)) }
    }

    /// Parses a `related` cell; an error message names the entry that is malformed.
    public static func splitRelated(_ cell: String) -> Result<[ExportRecord.Related], RelatedError> {
        var entries: [ExportRecord.Related] = []
        for item in items(cell) {
            let text = String(item.map(\.0))
            guard let open = item.firstIndex(where: { $0.0 == "<" && !$0.1 }) else {
                if item.contains(where: { $0.0 == ">" && !$0.1 }) { return .failure(RelatedError(entry: text)) }
                entries.append(.term(text))
                continue
            }
            guard let last = item.last, last.0 == ">", !last.1, item.count - 1 > open + 1 else {
                return .failure(RelatedError(entry: text))
            }
            let url = item[(open + 1)..<(item.count - 1)]
            if url.contains(where: { ($0.0 == "<" || $0.0 == ">") && !$0.1 }) { return .failure(RelatedError(entry: text)) }
            let title = String(item[..<open].map(\.0)).trimmingCharacters(in: .whitespaces)
            let urlText = String(url.map(\.0)).trimmingCharacters(in: .whitespaces)
            entries.append(.external(title: title.isEmpty ? urlText : title, url: urlText))
        }
        return .success(entries)
    }

    public struct RelatedError: Error, Sendable {
        public var entry: String
    }
}
