import Yams

/// Typed, position-aware access to the fields of a YAML mapping.
///
/// Every accessor throws a diagnostic that points at the offending value when its type is
/// wrong, so authors learn what to fix and where.
struct YAMLFields {
    let file: String
    let positions: YAMLPositions
    private let pairs: [(key: String, value: Node)]
    private let mappingMark: Mark?

    init(node: Node, file: String, positions: YAMLPositions) throws {
        self.file = file
        self.positions = positions
        guard let mapping = node.mapping else {
            let (line, column) = positions.locate(node.mark)
            throw DiagnosticsError([
                Diagnostic(
                    file: file, line: line, column: column,
                    message: "expected a mapping of fields (key: value), found \(Self.describe(node))")
            ])
        }
        self.mappingMark = mapping.mark
        self.pairs = mapping.map { (key: $0.key.string ?? "", value: $0.value) }
    }

    /// The field names in the order they were written.
    var keys: [String] { pairs.map(\.key) }

    func node(_ key: String) -> Node? {
        pairs.first { $0.key == key }?.value
    }

    /// A text scalar. A number, boolean or list is an error: quoting is the author's fix.
    func text(_ key: String) throws -> String? {
        try locatedText(key)?.value
    }

    func locatedText(_ key: String) throws -> Located<String>? {
        guard let value = node(key) else { return nil }
        if Self.isNull(value) { return nil }
        return try textScalar(value, field: key)
    }

    /// A list of text values; a single text value counts as a list of one.
    func textList(_ key: String) throws -> [Located<String>] {
        guard let value = node(key), !Self.isNull(value) else { return [] }
        if let sequence = value.sequence {
            return try sequence.map { try textScalar($0, field: key) }
        }
        if value.scalar != nil { return [try textScalar(value, field: key)] }
        throw error(at: value, "'\(key)' must be a list of text values, found \(Self.describe(value))")
    }

    func bool(_ key: String) throws -> Bool? {
        guard let value = node(key), !Self.isNull(value) else { return nil }
        guard value.scalar != nil, Self.tagName(value) == .bool, let flag = value.bool else {
            throw error(at: value, "'\(key)' must be true or false, found \(Self.describe(value))")
        }
        return flag
    }

    /// A whole number in `range`; anything else (text, a fraction, a number out of range)
    /// is an error at the value that names the range.
    func int(_ key: String, in range: ClosedRange<Int>) throws -> Int? {
        guard let value = node(key), !Self.isNull(value) else { return nil }
        guard value.scalar != nil, Self.tagName(value) == .int, let number = value.int, range.contains(number) else {
            throw error(
                at: value,
                "'\(key)' must be a whole number from \(range.lowerBound) to \(range.upperBound), found \(Self.describe(value))")
        }
        return number
    }

    func textScalar(_ node: Node, field: String) throws -> Located<String> {
        guard let scalar = node.scalar else {
            throw error(at: node, "'\(field)' must be text, found \(Self.describe(node))")
        }
        guard Self.isText(scalar) || Self.tagName(node) == .str else {
            throw error(
                at: node, "'\(field)' must be text, found \(Self.describe(node)); put it in quotes to use it as text")
        }
        let (line, column) = positions.locate(scalar.mark)
        return Located(scalar.string, line: line, column: column)
    }

    func error(at node: Node, _ message: String) -> DiagnosticsError {
        let (line, column) = position(of: node)
        return DiagnosticsError([Diagnostic(file: file, line: line, column: column, message: message)])
    }

    func position(of node: Node) -> (line: Int, column: Int) {
        positions.locate(node.mark ?? mappingMark)
    }

    /// True when a scalar is certainly text without asking the resolver: quoted, or plain and
    /// unable to be a null, boolean, number or date. The resolver runs a dozen regular
    /// expressions per scalar; most titles and names never need it.
    static func isText(_ scalar: Node.Scalar) -> Bool {
        // An explicit tag (`!!int "42"`) is left to the resolver.
        guard scalar.tag.rawValue.isEmpty || scalar.tag.rawValue == "!" else { return false }
        guard scalar.style == .plain else { return true }
        return isPlainText(scalar.string)
    }

    /// Whether a plain (unquoted) scalar is certainly text: it does not start like a number,
    /// a date, `~`, `<<` or `=`, and is not one of YAML's null or boolean words.
    static func isPlainText(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first else { return false }
        if "0123456789+-.~<=".unicodeScalars.contains(first) { return false }
        return text.utf8.count > 5 || !maybeKeywords.contains(text.lowercased())
    }

    private static let maybeKeywords: Set<String> = ["null", "true", "false", "yes", "no", "on", "off", "y", "n"]

    /// The node's resolved YAML tag (`str`, `int`, `bool`, ...).
    static func tagName(_ node: Node) -> Tag.Name {
        Tag.Name(rawValue: node.tag.rawValue)
    }

    static func isNull(_ node: Node) -> Bool {
        node.scalar != nil && Self.tagName(node) == .null
    }

    /// A short description of a node's kind for messages ("a number", "a list").
    static func describe(_ node: Node) -> String {
        switch node {
        case .sequence: return "a list"
        case .mapping: return "a mapping"
        case .alias: return "an alias"
        case .scalar(let scalar):
            switch Self.tagName(node) {
            case .int, .float: return "the number \(scalar.string)"
            case .bool: return "the boolean \(scalar.string)"
            case .null: return "nothing"
            case .timestamp: return "the date \(scalar.string)"
            default: return "the text '\(scalar.string)'"
            }
        }
    }
}
