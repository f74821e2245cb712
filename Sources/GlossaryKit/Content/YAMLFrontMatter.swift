import Yams

/// Yams's node graph → `FrontMatterValue`s, positions resolved to file lines and columns,
/// scalars resolved by YAML's rules (only where `YAMLFields.isText` cannot tell at once).
enum YAMLFrontMatter {
    /// The root mapping's fields; a root that is no mapping is an error at it.
    static func fields(of root: Node, file: String, positions: YAMLPositions) throws(DiagnosticsError)
        -> [FrontMatterValue.Field]
    {
        guard case .mapping(let mapping) = root else {
            let (line, column) = positions.locate(root.mark)
            throw DiagnosticsError([Diagnostic(
                file: file, line: line, column: column,
                message: "expected a mapping of fields (key: value), found \(YAMLFields.describe(root))")])
        }
        var fields: [FrontMatterValue.Field] = []
        for pair in mapping {
            // Each field has a budget of its own: Yams shares an anchored node between its
            // aliases, so this copy is where an alias bomb would expand.
            var budget = ValueBudget()
            let key = pair.key.string ?? ""
            guard let value = value(pair.value, positions: positions, enclosing: mapping.mark, budget: &budget) else {
                let (line, column) = positions.locate(pair.value.mark ?? mapping.mark)
                throw DiagnosticsError([Diagnostic(
                    file: file, line: line, column: column,
                    message: "the value of '\(key)' is too large: more than \(FrontMatterLimits.maxValueItems) items or "
                        + "\(FrontMatterLimits.maxValueBytes) bytes of text once its aliases are expanded")])
            }
            let (line, column) = positions.locate(pair.key.mark)
            fields.append(FrontMatterValue.Field(key: key, keyPosition: .init(line: line, column: column), value: value))
        }
        return fields
    }

    /// What one field's value may still grow to (`FrontMatterLimits`).
    private struct ValueBudget {
        var items = FrontMatterLimits.maxValueItems
        var bytes = FrontMatterLimits.maxValueBytes

        /// Takes one node of `size` bytes; false once the value is over either limit.
        mutating func take(bytes size: Int) -> Bool {
            items -= 1
            bytes -= size
            return items >= 0 && bytes >= 0
        }
    }

    /// The node as a value; nil when it outgrows the budget.
    private static func value(_ node: Node, positions: YAMLPositions, enclosing: Mark?, budget: inout ValueBudget)
        -> FrontMatterValue?
    {
        let (line, column) = positions.locate(node.mark ?? enclosing)
        let position = FrontMatterValue.Position(line: line, column: column)
        guard budget.take(bytes: node.scalar?.string.utf8.count ?? 0) else { return nil }
        switch node {
        case .scalar(let scalar):
            if YAMLFields.isText(scalar) || YAMLFields.tagName(node) == .str {
                return .scalar(.init(text: scalar.string, position: position, kind: .text))
            }
            switch YAMLFields.tagName(node) {
            case .null: return .null(position)
            case .bool where node.bool != nil:
                return .scalar(.init(text: scalar.string, position: position, kind: .bool(node.bool!)))
            default:
                return .scalar(.init(text: scalar.string, position: position, kind: .other(YAMLFields.describe(node))))
            }
        case .sequence(let sequence):
            var items: [FrontMatterValue] = []
            for item in sequence {
                guard let item = value(item, positions: positions, enclosing: sequence.mark, budget: &budget) else { return nil }
                items.append(item)
            }
            return .list(items, position)
        case .mapping(let mapping):
            var fields: [FrontMatterValue.Field] = []
            for pair in mapping {
                guard budget.take(bytes: pair.key.string?.utf8.count ?? 0),
                      let item = value(pair.value, positions: positions, enclosing: mapping.mark, budget: &budget)
                else { return nil }
                let (keyLine, keyColumn) = positions.locate(pair.key.mark ?? mapping.mark)
                fields.append(.init(key: pair.key.string ?? "", keyPosition: .init(line: keyLine, column: keyColumn), value: item))
            }
            return .mapping(fields, position)
        case .alias:
            return .scalar(.init(text: "", position: position, kind: .other("an alias")))
        }
    }
}
