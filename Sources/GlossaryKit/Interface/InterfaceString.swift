import Yams

/// One interface string: text, or for a count one text per CLDR plural category
/// (`{one: "{count} term", other: "{count} terms"}`; `other` is always there).
public enum InterfaceString: Sendable, Equatable {
    case text(String)
    case plural([String: String])

    /// The form for `count`, chosen by `language`'s plural rules; a category the mapping
    /// leaves out gives `other`. Plain text is the same for every count.
    func form(for count: Int, language: String) -> String {
        switch self {
        case .text(let text): return text
        case .plural(let forms): return forms[PluralCategory.of(count, language: language)] ?? forms["other"] ?? ""
        }
    }

    /// Reads a mapping of keys to strings (an `i18n/<code>.yml` file, or `interface:` in
    /// `glossary.yml`). A value that is neither text nor a mapping of plural categories
    /// with `other` is an error at that value.
    static func read(_ fields: YAMLFields) throws -> [String: InterfaceString] {
        var strings: [String: InterfaceString] = [:]
        for key in fields.keys {
            guard let node = fields.node(key), !YAMLFields.isNull(node) else { continue }
            if node.scalar != nil {
                strings[key] = .text(try fields.textScalar(node, field: key).value)
                continue
            }
            guard node.mapping != nil else {
                throw fields.error(at: node, "'\(key)' must be text, or a mapping of plural forms (one: …, other: …), found \(YAMLFields.describe(node))")
            }
            let forms = try YAMLFields(node: node, file: fields.file, positions: fields.positions)
            var plural: [String: String] = [:]
            for category in forms.keys {
                guard let value = forms.node(category) else { continue }
                guard PluralCategory.all.contains(category) else {
                    throw forms.error(at: value, "'\(category)' in '\(key)' is no plural category: use zero, one, two, few, many or other")
                }
                plural[category] = try forms.textScalar(value, field: "\(key).\(category)").value
            }
            guard plural["other"] != nil else {
                throw fields.error(at: node, "'\(key)' needs an 'other' form: it is used for every count no other form covers")
            }
            strings[key] = .plural(plural)
        }
        return strings
    }
}
