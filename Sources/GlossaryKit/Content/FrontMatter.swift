import Yams

/// A related entry: another term of the glossary, or a page outside it.
public enum RelatedEntry: Sendable, Equatable {
    case term(Located<String>)
    case external(title: String, url: String, line: Int, column: Int)
}

/// The front matter fields of the term-file contract, each with its position.
public struct FrontMatter: Sendable {
    public var title: Located<String>
    public var aliases: [Located<String>] = []
    public var partOfSpeech: String?
    public var tags: [Located<String>] = []
    public var seeAlso: [Located<String>] = []
    public var related: [RelatedEntry] = []
    public var slug: Located<String>?
    public var description: String?
    public var draft = false
    /// Fields the contract does not know, kept for templates: name and value as text.
    public var extra: [(key: String, value: String)] = []

    static let knownKeys: Set<String> = [
        "title", "aliases", "part_of_speech", "tags", "see_also", "related", "slug", "description", "draft",
    ]
}

/// Splits a term file into front matter and body, and reads the front matter.
enum FrontMatterParser {
    /// The body and the file line it starts on.
    struct Split {
        var yaml: String
        var body: String
        /// 1-based file line of the body's first line.
        var bodyStartLine: Int
    }

    /// Finds the `---` fences. The opening one must be the first line.
    static func split(_ text: String, file: String) throws -> Split {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        if lines.last == "" { lines.removeLast() }
        guard let first = lines.first, isFence(first) else {
            throw DiagnosticsError([
                Diagnostic(
                    file: file, line: 1, column: 1,
                    message: "a term file must start with front matter: a line '---', the fields, then '---'")
            ])
        }
        guard let closing = lines.indices.dropFirst().first(where: { isFence(lines[$0]) || lines[$0] == "..." })
        else {
            throw DiagnosticsError([
                Diagnostic(
                    file: file, line: 1, column: 1,
                    message: "the front matter opened here is not closed: add a line '---' after its fields")
            ])
        }
        let yaml = lines[1..<closing].joined(separator: "\n")
        let body = lines[(closing + 1)...].joined(separator: "\n")
        return Split(yaml: yaml, body: body, bodyStartLine: closing + 2)
    }

    private static func isFence(_ line: Substring) -> Bool {
        var trimmed = line
        while trimmed.last == " " || trimmed.last == "\t" { trimmed = trimmed.dropLast() }
        return trimmed == "---"
    }

    /// Reads the contract's fields; the YAML text starts on file line 2.
    static func parse(yaml: String, file: String) throws -> FrontMatter {
        let lineOffset = 1
        let root: Node?
        do {
            root = try Yams.compose(yaml: yaml)
        } catch let error as YamlError {
            throw DiagnosticsError([YAMLDiagnostics.diagnostic(for: error, file: file, lineOffset: lineOffset)])
        }
        guard let root else {
            throw DiagnosticsError([Diagnostic(file: file, line: 1, column: 1, message: "the front matter has no 'title'")])
        }
        let fields = try YAMLFields(node: root, file: file, lineOffset: lineOffset)
        guard let titleNode = fields.node("title") else {
            throw DiagnosticsError([Diagnostic(file: file, line: 2, column: 1, message: "the front matter has no 'title'")])
        }
        if YAMLFields.isNull(titleNode) { throw fields.error(at: titleNode, "'title' is empty") }
        let title = try fields.textScalar(titleNode, field: "title")
        guard title.value.contains(where: { !$0.isWhitespace }) else {
            throw fields.error(at: titleNode, "'title' is empty")
        }
        var matter = FrontMatter(title: title)
        matter.aliases = try fields.textList("aliases")
        matter.partOfSpeech = try fields.text("part_of_speech")
        matter.tags = try fields.textList("tags")
        matter.seeAlso = try fields.textList("see_also")
        matter.related = try related(fields)
        matter.slug = try fields.locatedText("slug")
        matter.description = try fields.text("description")
        matter.draft = try fields.bool("draft") ?? false
        matter.extra = fields.keys.filter { !FrontMatter.knownKeys.contains($0) }.map { key in
            (key, fields.node(key).map(plainText) ?? "")
        }
        return matter
    }

    private static func related(_ fields: YAMLFields) throws -> [RelatedEntry] {
        guard let node = fields.node("related"), !YAMLFields.isNull(node) else { return [] }
        let items = node.sequence.map(Array.init) ?? [node]
        return try items.map { item in
            if item.scalar != nil { return .term(try fields.textScalar(item, field: "related")) }
            guard item.mapping != nil else {
                throw fields.error(at: item, "'related' entries must be a term name or {title, url}, found \(YAMLFields.describe(item))")
            }
            let entry = try YAMLFields(node: item, file: fields.file, lineOffset: fields.lineOffset)
            guard let url = try entry.text("url") else {
                throw fields.error(at: item, "a 'related' entry with fields needs a 'url' (name other terms as plain text)")
            }
            let title = try entry.text("title") ?? url
            let (line, column) = fields.position(of: item)
            return .external(title: title, url: url, line: line, column: column)
        }
    }

    /// A YAML value as text for templates: scalars as written, lists joined by commas.
    private static func plainText(_ node: Node) -> String {
        switch node {
        case .scalar(let scalar): return scalar.string
        case .sequence(let sequence): return sequence.map(plainText).joined(separator: ", ")
        case .mapping(let mapping):
            return mapping.map { "\($0.key.string ?? ""): \(plainText($0.value))" }.joined(separator: ", ")
        case .alias: return ""
        }
    }
}
