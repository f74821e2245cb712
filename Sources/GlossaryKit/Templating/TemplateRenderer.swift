/// Renders template nodes into UTF-8 bytes against a stack of context values.
struct TemplateRenderer {
    let set: TemplateSet
    private(set) var output: [UInt8] = []
    private var stack: [TemplateValue]
    /// Block overrides in force, from the `{{<parent}}` tags being rendered; the outermost
    /// override of a block wins, as in the spec's multi-level inheritance.
    private var overrides: [String: [TemplateNode]] = [:]

    init(set: TemplateSet, root: TemplateValue) {
        self.set = set
        stack = [root]
        output.reserveCapacity(16 * 1024)
    }

    mutating func render(_ nodes: [TemplateNode]) {
        for node in nodes {
            switch node {
            case .text(let bytes):
                output.append(contentsOf: bytes)
            case .variable(let name, let escaped):
                if let value = lookup(name) { write(value, escaped: escaped) }
            case .section(let name, let children):
                guard let value = lookup(name), value.isTruthy else { continue }
                if case .list(let items) = value {
                    for item in items {
                        stack.append(item)
                        render(children)
                        stack.removeLast()
                    }
                } else if case .bool = value {
                    // A true flag has no members to look up: pushing it would only make
                    // every name inside the section look one frame further.
                    render(children)
                } else {
                    stack.append(value)
                    render(children)
                    stack.removeLast()
                }
            case .invertedSection(let name, let children):
                if !(lookup(name)?.isTruthy ?? false) { render(children) }
            case .partial(let name, let indentation):
                let key = TemplateSet.IndentedKey(name: name, indentation: indentation)
                if let nodes = indentation.isEmpty ? set.templates[name] : set.indented[key] { render(nodes) }
            case .parent(let name, let blocks):
                guard let nodes = set.templates[name] else { continue }
                let saved = overrides
                overrides.merge(blocks) { outer, _ in outer }
                render(nodes)
                overrides = saved
            case .block(let name, let defaults):
                render(overrides[name] ?? defaults)
            }
        }
    }

    /// Resolves a dotted name: its first part through the stack, top down; the rest inside
    /// what that found. A missing name renders as nothing.
    private func lookup(_ name: TemplateName) -> TemplateValue? {
        guard let first = name.parts.first else { return stack.last }
        var found: TemplateValue?
        for value in stack.reversed() {
            if let member = value.member(first) {
                found = member
                break
            }
        }
        for part in name.parts.dropFirst() {
            found = found?.member(part)
        }
        return found
    }

    private mutating func write(_ value: TemplateValue, escaped: Bool) {
        switch value {
        case .null, .fields: break
        case .bool(let flag): output.append(contentsOf: (flag ? "true" : "false").utf8)
        case .int(let number): output.append(contentsOf: String(number).utf8)
        case .string(let text): escaped ? HTMLEscaping.append(text, to: &output) : output.append(contentsOf: text.utf8)
        case .list(let items):
            for (index, item) in items.enumerated() {
                if index > 0 { output.append(contentsOf: ", ".utf8) }
                write(item, escaped: escaped)
            }
        }
    }
}
