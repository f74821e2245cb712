/// The term-file contract's field mapping, in one place: the fields either reader found →
/// `FrontMatter`. Every type error points at the offending value.
///
/// Keys are matched case-insensitively, as Hugo reads them (`Title` is `title`), and empty
/// strings in lists are dropped (Hugo-style term templates leave empty slots); both are
/// noted for `glossary check`.
import Foundation

enum FrontMatterMapping {
    static let listFields: Set<String> = ["aliases", "tags", "see_also", "former_slugs", "deprecated_names"]

    static func frontMatter(_ fields: [FrontMatterValue.Field], file: String) throws(DiagnosticsError) -> FrontMatter {
        var notices: [Located<String>] = []
        var byKey = FieldsByKey(capacity: fields.count)
        var respelled: [String] = []
        var firstRespelling: FrontMatterValue.Position?
        for field in fields {
            let key = field.contractKey
            guard byKey.insert(key, field.value) else {
                throw error(file, field.keyPosition, "the key '\(field.key)' repeats a key of this front matter (keys are matched case-insensitively); remove one")
            }
            if key != field.key {
                respelled.append("'\(field.key)' as '\(key)'")
                firstRespelling = firstRespelling ?? field.keyPosition
            }
        }
        if let position = firstRespelling {
            notices.append(Located(
                "front matter keys are read case-insensitively; write " + respelled.joined(separator: ", "),
                line: position.line, column: position.column))
        }

        guard let titleValue = byKey["title"] else {
            throw error(file, .init(line: 2, column: 1), "the front matter has no 'title'")
        }
        if case .null = titleValue { throw error(file, titleValue.position, "'title' is empty") }
        let title = try text(titleValue, field: "title", file: file)
        guard title.value.unicodeScalars.contains(where: { !$0.properties.isWhitespace }) else {
            throw error(file, titleValue.position, "'title' is empty")
        }

        var matter = FrontMatter(title: title)
        func list(_ key: String) throws(DiagnosticsError) -> [Located<String>] {
            guard let value = byKey[key] else { return [] }
            let items = try textList(value, field: key, file: file)
            // Nearly every list has no empty entry: it is then returned as it is.
            guard items.contains(where: { $0.value.isEmpty }) else { return items }
            notices.append(Located(
                "empty entries in '\(key)' are left out; remove them", line: value.position.line, column: value.position.column))
            return items.filter { !$0.value.isEmpty }
        }
        matter.aliases = try list("aliases")
        matter.tags = try list("tags")
        matter.seeAlso = try list("see_also")
        matter.formerSlugs = try list("former_slugs")
        matter.deprecatedNames = try list("deprecated_names")
        matter.status = try optionalText(byKey["status"], field: "status", file: file)
        matter.supersededBy = try optionalText(byKey["superseded_by"], field: "superseded_by", file: file)
        matter.partOfSpeech = try optionalText(byKey["part_of_speech"], field: "part_of_speech", file: file)?.value
        matter.slug = try optionalText(byKey["slug"], field: "slug", file: file)
        matter.translationKey = try optionalText(byKey["translation_key"], field: "translation_key", file: file)
        matter.description = try optionalText(byKey["description"], field: "description", file: file)?.value
        matter.draft = try bool(byKey["draft"], field: "draft", file: file) ?? false
        matter.related = try related(byKey["related"], file: file, notices: &notices)
        matter.notices = notices
        for (index, field) in byKey.ordered.enumerated() where !FrontMatter.isKnownKey(field.key) {
            matter.extra.append((field.key, field.value.plainText))
            guard matter.page == nil, field.key == "layout" || field.key == "type" else { continue }
            let value = field.value.plainText.trimmingCharacters(in: .whitespaces)
            if !termLayouts.contains(value.lowercased()) {
                let written = fields[index]
                matter.page = Located("\(written.key): \(value)", line: written.keyPosition.line, column: written.keyPosition.column)
            }
        }
        return matter
    }

    /// Layouts and types a term may name; any other `layout:` or `type:` (Hugo's
    /// `layout: search`) marks a page of a bigger site, which a build skips.
    static let termLayouts: Set<String> = ["", "term", "terms", "glossary", "default", "single"]

    // MARK: typed access

    static func text(_ value: FrontMatterValue, field: String, file: String) throws(DiagnosticsError) -> Located<String> {
        switch value {
        case .scalar(let scalar):
            guard case .text = scalar.kind else {
                throw error(file, value.position, "'\(field)' must be text, found \(value.described); put it in quotes to use it as text")
            }
            return Located(scalar.text, line: scalar.position.line, column: scalar.position.column)
        case .null:
            throw error(file, value.position, "'\(field)' must be text, found nothing; put it in quotes to use it as text")
        case .list, .mapping:
            throw error(file, value.position, "'\(field)' must be text, found \(value.described)")
        }
    }

    private static func optionalText(_ value: FrontMatterValue?, field: String, file: String) throws(DiagnosticsError)
        -> Located<String>?
    {
        guard let value else { return nil }
        if case .null = value { return nil }
        return try text(value, field: field, file: file)
    }

    /// A list of text values; a single text value counts as a list of one.
    private static func textList(_ value: FrontMatterValue?, field: String, file: String) throws(DiagnosticsError)
        -> [Located<String>]
    {
        switch value {
        case nil, .null?: return []
        case .list(let items, _)?:
            var texts: [Located<String>] = []
            texts.reserveCapacity(items.count)
            for item in items { texts.append(try text(item, field: field, file: file)) }
            return texts
        case .scalar?: return [try text(value!, field: field, file: file)]
        case .mapping?: throw error(file, value!.position, "'\(field)' must be a list of text values, found a mapping")
        }
    }

    private static func bool(_ value: FrontMatterValue?, field: String, file: String) throws(DiagnosticsError) -> Bool? {
        guard let value else { return nil }
        switch value {
        case .null: return nil
        case .scalar(let scalar):
            if case .bool(let flag) = scalar.kind { return flag }
        default: break
        }
        throw error(file, value.position, "'\(field)' must be true or false, found \(value.described)")
    }

    private static func related(_ value: FrontMatterValue?, file: String, notices: inout [Located<String>])
        throws(DiagnosticsError) -> [RelatedEntry]
    {
        let items: [FrontMatterValue]
        switch value {
        case nil, .null?: return []
        case .list(let list, _)?: items = list
        default: items = [value!]
        }
        var entries: [RelatedEntry] = []
        var droppedEmpty = false
        for item in items {
            switch item {
            case .scalar, .null:
                let name = try text(item, field: "related", file: file)
                if name.value.isEmpty { droppedEmpty = true } else { entries.append(.term(name)) }
            case .mapping(let fields, let position):
                var byKey: [String: FrontMatterValue] = [:]
                for field in fields where byKey[field.contractKey] == nil { byKey[field.contractKey] = field.value }
                guard let url = try optionalText(byKey["url"], field: "url", file: file)?.value else {
                    throw error(file, position, "a 'related' entry with fields needs a 'url' (name other terms as plain text)")
                }
                let title = try optionalText(byKey["title"], field: "title", file: file)?.value ?? url
                entries.append(.external(title: title, url: url, line: position.line, column: position.column))
            case .list:
                throw error(file, item.position, "'related' entries must be a term name or {title, url}, found a list")
            }
        }
        if droppedEmpty, let value {
            notices.append(Located(
                "empty entries in 'related' are left out; remove them", line: value.position.line, column: value.position.column))
        }
        return entries
    }

    static func error(_ file: String, _ position: FrontMatterValue.Position, _ message: String) -> DiagnosticsError {
        DiagnosticsError([Diagnostic(file: file, line: position.line, column: position.column, message: message)])
    }

    /// The fields by contract key, in file order. A term has a handful of fields, so lookups
    /// scan the list (hashing every key cost more than the scan); past a few dozen fields
    /// (hostile files) an index keeps duplicate detection linear.
    struct FieldsByKey {
        private(set) var ordered: [(key: String, value: FrontMatterValue)] = []
        private var index: [String: Int]?
        private static let scanLimit = 32

        init(capacity: Int) {
            ordered.reserveCapacity(capacity)
            if capacity > Self.scanLimit { index = Dictionary(minimumCapacity: capacity) }
        }

        /// Adds a field; false when the key is already there.
        mutating func insert(_ key: String, _ value: FrontMatterValue) -> Bool {
            if index != nil {
                guard index!.updateValue(ordered.count, forKey: key) == nil else { return false }
            } else if ordered.contains(where: { $0.key == key }) {
                return false
            }
            ordered.append((key, value))
            return true
        }

        subscript(key: String) -> FrontMatterValue? {
            if let index { return index[key].map { ordered[$0].value } }
            return ordered.first(where: { $0.key == key })?.value
        }
    }
}
