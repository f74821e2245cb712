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
        return fields(mapping, positions: positions)
    }

    private static func fields(_ mapping: Node.Mapping, positions: YAMLPositions) -> [FrontMatterValue.Field] {
        mapping.map { pair in
            let (line, column) = positions.locate(pair.key.mark)
            return FrontMatterValue.Field(
                key: pair.key.string ?? "", keyPosition: .init(line: line, column: column),
                value: value(pair.value, positions: positions, enclosing: mapping.mark))
        }
    }

    private static func value(_ node: Node, positions: YAMLPositions, enclosing: Mark?) -> FrontMatterValue {
        let (line, column) = positions.locate(node.mark ?? enclosing)
        let position = FrontMatterValue.Position(line: line, column: column)
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
            return .list(sequence.map { value($0, positions: positions, enclosing: sequence.mark) }, position)
        case .mapping(let mapping):
            return .mapping(fields(mapping, positions: positions), position)
        case .alias:
            return .scalar(.init(text: "", position: position, kind: .other("an alias")))
        }
    }
}
