/// A front matter value as a reader found it, before the term-file contract gives it a
/// meaning. Both readers (the fast one, `SimpleFrontMatter`, and Yams through
/// `YAMLFrontMatter`) produce these, and `FrontMatterMapping` turns them into a
/// `FrontMatter` once, so the two cannot map a field differently.
///
/// Not `indirect`: lists and mappings already hold their values in arrays, and boxing every
/// scalar (each tag and alias of every term) cost 3 % of a build.
enum FrontMatterValue: Sendable {
    case null(Position)
    case scalar(Scalar)
    case list([FrontMatterValue], Position)
    case mapping([Field], Position)

    /// A 1-based file line and column (in Unicode scalars).
    struct Position: Sendable, Equatable {
        var line: Int
        var column: Int
    }

    /// A scalar as written, and what YAML resolved it to.
    struct Scalar: Sendable {
        var text: String
        var position: Position
        var kind: Kind
    }

    enum Kind: Sendable {
        /// Certainly text: quoted, or plain and unable to be anything else.
        case text
        case bool(Bool)
        /// A number, a date, or text with an explicit tag: its description for messages
        /// ("the number 42").
        case other(String)
    }

    /// One `key: value` pair, with the key's position.
    struct Field: Sendable {
        var key: String
        var keyPosition: Position
        var value: FrontMatterValue

        /// The key as the contract names it (`FrontMatterValue.contractKey`).
        var contractKey: String { FrontMatterValue.contractKey(key) }
    }

    /// A key as the contract names it: keys are matched case-insensitively, as Hugo reads
    /// them. Keys already in lowercase ASCII (nearly all) are returned as they are.
    static func contractKey(_ key: String) -> String {
        key.utf8.allSatisfy({ $0 < 0x80 && !(UInt8(ascii: "A")...UInt8(ascii: "Z")).contains($0) }) ? key : key.lowercased()
    }

    var position: Position {
        switch self {
        case .null(let position), .list(_, let position), .mapping(_, let position): position
        case .scalar(let scalar): scalar.position
        }
    }

    /// A short description of the value's kind for messages ("a number", "a list").
    var described: String {
        switch self {
        case .list: "a list"
        case .mapping: "a mapping"
        case .null: "nothing"
        case .scalar(let scalar):
            switch scalar.kind {
            case .text: "the text '\(scalar.text)'"
            case .bool: "the boolean \(scalar.text)"
            case .other(let description): description
            }
        }
    }

    /// The value as text for templates (unknown fields): scalars as written, lists joined
    /// by commas, mappings as `key: value` pairs.
    var plainText: String {
        switch self {
        case .null: ""
        case .scalar(let scalar): scalar.text
        case .list(let items, _): items.map(\.plainText).joined(separator: ", ")
        case .mapping(let fields, _): fields.map { "\($0.key): \($0.value.plainText)" }.joined(separator: ", ")
        }
    }
}
