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

    /// Finds the `---` fences. The opening one must be the first line; the closing one is
    /// the next line that is `---` (or `...`), trailing spaces allowed. Works on UTF-8
    /// bytes: splitting a String into Characters was a tenth of a 10,000-term build.
    static func split(_ text: String, file: String) throws -> Split {
        // A file with nothing in it (or only blank lines) is most likely a term being started.
        if text.utf8.allSatisfy({ $0 == UInt8(ascii: "\n") || $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }) {
            throw DiagnosticsError([
                Diagnostic(
                    file: file, line: 1, column: 1,
                    message: "the file is empty: a term file starts with front matter: a line '---', the fields, then '---'")
            ])
        }
        var text = text
        return try text.withUTF8 { bytes throws -> Split in
            var lineStart = 0
            var lineNumber = 1
            var openingSeen = false
            while lineStart < bytes.count || (lineStart == bytes.count && !openingSeen) {
                var lineEnd = lineStart
                while lineEnd < bytes.count, bytes[lineEnd] != UInt8(ascii: "\n") { lineEnd += 1 }
                let line = UnsafeBufferPointer(rebasing: bytes[lineStart..<lineEnd])
                if !openingSeen {
                    guard isFence(line, allowDots: false) else {
                        throw DiagnosticsError([
                            Diagnostic(
                                file: file, line: 1, column: 1,
                                message: "a term file must start with front matter: a line '---', the fields, then '---'")
                        ])
                    }
                    openingSeen = true
                } else if isFence(line, allowDots: true) {
                    let yamlStart = min(firstLineEnd(bytes) + 1, lineStart)
                    let yaml = String(decoding: UnsafeBufferPointer(rebasing: bytes[yamlStart..<max(yamlStart, lineStart - 1)]), as: UTF8.self)
                    let bodyStart = min(lineEnd + 1, bytes.count)
                    // The file's final line end is not part of the body.
                    var bodyEnd = bytes.count
                    if bodyEnd > bodyStart, bytes[bodyEnd - 1] == UInt8(ascii: "\n") { bodyEnd -= 1 }
                    let body = String(decoding: UnsafeBufferPointer(rebasing: bytes[bodyStart..<bodyEnd]), as: UTF8.self)
                    return Split(yaml: yaml, body: body, bodyStartLine: lineNumber + 1)
                }
                lineStart = lineEnd + 1
                lineNumber += 1
            }
            throw DiagnosticsError([
                Diagnostic(
                    file: file, line: 1, column: 1,
                    message: "the front matter opened here is not closed: add a line '---' after its fields")
            ])
        }
    }

    private static func firstLineEnd(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        bytes.firstIndex(of: UInt8(ascii: "\n")) ?? bytes.count
    }

    /// `---` (or `...` for a closing fence), with trailing spaces or tabs allowed.
    private static func isFence(_ line: UnsafeBufferPointer<UInt8>, allowDots: Bool) -> Bool {
        var end = line.count
        while end > 0, line[end - 1] == UInt8(ascii: " ") || line[end - 1] == UInt8(ascii: "\t") { end -= 1 }
        guard end == 3 else { return false }
        let dash = UInt8(ascii: "-")
        let dot = UInt8(ascii: ".")
        if line[0] == dash, line[1] == dash, line[2] == dash { return true }
        // `...` ends a YAML document but never opens one; only a bare `...` line counts.
        return allowDots && end == line.count && line[0] == dot && line[1] == dot && line[2] == dot
    }

    /// Reads the contract's fields; the YAML text starts on file line 2.
    static func parse(yaml: String, file: String) throws -> FrontMatter {
        if let simple = SimpleFrontMatter.parse(yaml: yaml) { return simple }
        return try parseWithYams(yaml: yaml, file: file)
    }

    /// The full YAML path: every shape YAML allows, and every error located.
    static func parseWithYams(yaml: String, file: String) throws -> FrontMatter {
        let positions = YAMLPositions(yaml: yaml, lineOffset: 1)
        if let problem = YAMLAliasScan.check(yaml) {
            throw DiagnosticsError([
                Diagnostic(file: file, line: problem.line + positions.lineOffset, column: problem.column, message: problem.message)
            ])
        }
        let root: Node?
        do {
            // An explicit encoding: Yams's default reads the process environment on every call.
            root = try Yams.compose(yaml: yaml, .default, .default, .utf8)
        } catch let error as YamlError {
            throw DiagnosticsError([YAMLDiagnostics.diagnostic(for: error, file: file, positions: positions)])
        }
        guard let root else {
            throw DiagnosticsError([Diagnostic(file: file, line: 1, column: 1, message: "the front matter has no 'title'")])
        }
        let fields = try YAMLFields(node: root, file: file, positions: positions)
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
        matter.extra = try fields.keys.filter { !FrontMatter.knownKeys.contains($0) }.map { key in
            guard let node = fields.node(key) else { return (key, "") }
            var budget = ValueBudget()
            guard let text = plainText(node, budget: &budget) else {
                throw fields.error(
                    at: node,
                    "the value of '\(key)' is too large: more than \(FrontMatterLimits.maxValueItems) items or "
                        + "\(FrontMatterLimits.maxValueBytes) bytes of text once its aliases are expanded")
            }
            return (key, text)
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
            let entry = try YAMLFields(node: item, file: fields.file, positions: fields.positions)
            guard let url = try entry.text("url") else {
                throw fields.error(at: item, "a 'related' entry with fields needs a 'url' (name other terms as plain text)")
            }
            let title = try entry.text("title") ?? url
            let (line, column) = fields.position(of: item)
            return .external(title: title, url: url, line: line, column: column)
        }
    }

    /// What one field's value may still grow to (`FrontMatterLimits`).
    private struct ValueBudget {
        var items = FrontMatterLimits.maxValueItems
        var bytes = FrontMatterLimits.maxValueBytes

        /// Takes one item of `size` bytes; false once the value is over either limit.
        mutating func take(bytes size: Int) -> Bool {
            items -= 1
            return spend(bytes: size)
        }

        /// Takes `size` bytes of separators; false once the value is over either limit.
        mutating func spend(bytes size: Int) -> Bool {
            bytes -= size
            return items >= 0 && bytes >= 0
        }
    }

    /// A YAML value as text for templates: scalars as written, lists joined by commas; nil
    /// when it outgrows the budget. Yams shares an anchored node between its aliases, so
    /// this walk is where an alias bomb would expand: it stops as soon as the budget is spent.
    private static func plainText(_ node: Node, budget: inout ValueBudget) -> String? {
        switch node {
        case .scalar(let scalar):
            return budget.take(bytes: scalar.string.utf8.count) ? scalar.string : nil
        case .sequence(let sequence):
            guard budget.take(bytes: 0) else { return nil }
            var parts: [String] = []
            for item in sequence {
                guard let part = plainText(item, budget: &budget), budget.spend(bytes: parts.isEmpty ? 0 : 2) else {
                    return nil
                }
                parts.append(part)
            }
            return parts.joined(separator: ", ")
        case .mapping(let mapping):
            guard budget.take(bytes: 0) else { return nil }
            var parts: [String] = []
            for pair in mapping {
                let key = pair.key.string ?? ""
                guard let value = plainText(pair.value, budget: &budget),
                      budget.spend(bytes: key.utf8.count + 2 + (parts.isEmpty ? 0 : 2))
                else { return nil }
                parts.append("\(key): \(value)")
            }
            return parts.joined(separator: ", ")
        case .alias: return ""
        }
    }
}
