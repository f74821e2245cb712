/// Renders template nodes into UTF-8 bytes against a stack of context values.
struct TemplateRenderer {
    let set: TemplateSet
    private(set) var output: [UInt8] = []
    private var stack: [TemplateValue]
    /// Block overrides in force, from the `{{<parent}}` tags being rendered; the outermost
    /// override of a block wins, as in the spec's multi-level inheritance.
    private var overrides: [String: [TemplateNode]] = [:]
    /// The lowest stack frame any lookup has depended on since the innermost memoized
    /// section began (0 when a name was missing, since every frame was then consulted):
    /// a memoized section whose lookups all stayed in its own frames can be reused.
    private var lowestFrameUsed = Int.max

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
                if case .memoized(let shared) = value {
                    renderMemoized(shared, children)
                } else if case .list(let items) = value {
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
                // What a block shows depends on the parents being rendered, which lie outside
                // any memoized section: a section holding a block is never kept.
                lowestFrameUsed = 0
                render(overrides[name] ?? defaults)
            }
        }
    }

    /// Renders a section over a shared value, or copies its output from an earlier page.
    private mutating func renderMemoized(_ shared: MemoizedValue, _ children: [TemplateNode]) {
        let key = MemoizedValue.Key(
            generation: set.generation,
            section: children.withUnsafeBufferPointer { UInt(bitPattern: $0.baseAddress) })
        if let kept = shared.output(for: key) {
            output.append(contentsOf: kept)
            return
        }
        let start = output.count
        let ownFrames = stack.count
        let outerLowest = lowestFrameUsed
        lowestFrameUsed = Int.max
        switch shared.value {
        case .list(let items):
            for item in items {
                stack.append(item)
                render(children)
                stack.removeLast()
            }
        case .bool:
            render(children)
        case let value:
            stack.append(value)
            render(children)
            stack.removeLast()
        }
        if lowestFrameUsed >= ownFrames { shared.store(output[start...], for: key) }
        lowestFrameUsed = min(outerLowest, lowestFrameUsed)
    }

    /// Resolves a dotted name: its first part through the stack, top down; the rest inside
    /// what that found. A missing name renders as nothing.
    private mutating func lookup(_ name: TemplateName) -> TemplateValue? {
        guard let first = name.parts.first else { return stack.last?.unwrapped }
        var found: TemplateValue?
        var frame = stack.count - 1
        while frame >= 0 {
            if let member = stack[frame].member(first) {
                found = member
                break
            }
            frame -= 1
        }
        // A miss (frame -1) consulted every frame: it depends on all of them.
        lowestFrameUsed = min(lowestFrameUsed, max(frame, 0))
        for part in name.parts.dropFirst() {
            found = found?.member(part)
        }
        return found
    }

    private mutating func write(_ value: TemplateValue, escaped: Bool) {
        switch value {
        case .null, .fields: break
        case .memoized(let shared): write(shared.value, escaped: escaped)
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
