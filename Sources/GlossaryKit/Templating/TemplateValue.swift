/// A value handed to a template: the typed tree every page context is built from.
///
/// A closed set of cases instead of `Any`, so lookups need no dynamic casts; this is most
/// of why our renderer is an order of magnitude faster than one fed `[String: Any]`.
public indirect enum TemplateValue: Sendable, Equatable {
    case null
    case bool(Bool)
    case int(Int)
    case string(String)
    case list([TemplateValue])
    case fields(TemplateObject)
    /// A value shared by many pages whose rendered sections are reused (`MemoizedValue`).
    case memoized(MemoizedValue)

    /// Marks a value that many pages share, so sections over it render once.
    public static func memoized(_ value: TemplateValue) -> TemplateValue {
        .memoized(MemoizedValue(value))
    }

    /// The value itself, for a memoized one; every other value as it is.
    var unwrapped: TemplateValue {
        if case .memoized(let shared) = self { return shared.value }
        return self
    }

    /// An object from named members.
    public static func object(_ members: [String: TemplateValue]) -> TemplateValue {
        .fields(TemplateObject(members))
    }

    /// The members of an object, or nil for other values.
    public var members: [String: TemplateValue]? {
        switch self {
        case .fields(let object): return object.dictionary
        case .memoized(let shared): return shared.value.members
        default: return nil
        }
    }

    /// Whether a section `{{#x}}` renders (once, or per item): false, null, "" and [] do not.
    var isTruthy: Bool {
        switch self {
        case .null: return false
        case .bool(let flag): return flag
        case .int: return true
        case .string(let text): return !text.isEmpty
        case .list(let items): return !items.isEmpty
        case .fields: return true
        case .memoized(let shared): return shared.value.isTruthy
        }
    }

    /// The member named `key` of an object, or nil.
    @inline(__always)
    func member(_ key: String) -> TemplateValue? {
        switch self {
        case .fields(let object): return object[key]
        case .memoized(let shared): return shared.value.member(key)
        default: return nil
        }
    }
}

extension TemplateValue: ExpressibleByStringLiteral, ExpressibleByBooleanLiteral, ExpressibleByIntegerLiteral,
    ExpressibleByArrayLiteral, ExpressibleByDictionaryLiteral
{
    public init(stringLiteral value: String) { self = .string(value) }
    public init(booleanLiteral value: Bool) { self = .bool(value) }
    public init(integerLiteral value: Int) { self = .int(value) }
    public init(arrayLiteral elements: TemplateValue...) { self = .list(elements) }
    public init(dictionaryLiteral elements: (String, TemplateValue)...) {
        self = .fields(TemplateObject(pairs: elements))
    }
}

/// An object's members as parallel arrays. Lookups scan the keys: for the two dozen keys a
/// page object has, comparing short strings beats hashing them, and lookups are most of
/// what rendering does. Page contexts are built as objects directly, not as dictionaries
/// first, for the same reason.
public struct TemplateObject: Sendable, Equatable, ExpressibleByDictionaryLiteral {
    private var keys: [String] = []
    private var values: [TemplateValue] = []

    /// Members are kept in the dictionary's own order: lookups scan, so order does not
    /// matter, and sorting every page object cost more than the scans save.
    init(_ members: [String: TemplateValue]) {
        keys = Array(members.keys)
        values = Array(members.values)
    }

    /// Members in the given order; a key given twice keeps its last value.
    init(pairs: some Sequence<(String, TemplateValue)>) {
        for (key, value) in pairs { self[key] = value }
    }

    public init(dictionaryLiteral elements: (String, TemplateValue)...) {
        self.init(pairs: elements)
    }

    /// Equal when they hold the same members, whatever their order.
    public static func == (a: TemplateObject, b: TemplateObject) -> Bool {
        a.keys.count == b.keys.count && a.dictionary == b.dictionary
    }

    subscript(key: String) -> TemplateValue? {
        get {
            for index in keys.indices where keys[index] == key { return values[index] }
            return nil
        }
        set {
            if let index = keys.firstIndex(of: key) {
                if let newValue {
                    values[index] = newValue
                } else {
                    keys.remove(at: index)
                    values.remove(at: index)
                }
            } else if let newValue {
                keys.append(key)
                values.append(newValue)
            }
        }
    }

    var dictionary: [String: TemplateValue] {
        Dictionary(uniqueKeysWithValues: zip(keys, values))
    }

    /// Sets every member of `other`, replacing members of the same name.
    mutating func add(_ other: TemplateObject) {
        for (key, value) in zip(other.keys, other.values) { self[key] = value }
    }
}
