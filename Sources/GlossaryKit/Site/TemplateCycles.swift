/// Partials and parents that include themselves, directly or through others. Rendering one
/// would recurse until the stack overflows (the build crashed); our contexts hold no
/// recursive data a recursive partial could walk, so any cycle is a mistake.
enum TemplateCycles {
    typealias Includes = [String: [(reference: TemplateParser.Reference, path: String)]]

    /// One error per cycle, at the tag that closes it, naming the whole chain.
    static func diagnostics(_ includes: Includes) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        var done = Set<String>()
        var reported = Set<String>()
        for start in includes.keys.sorted() where !done.contains(start) {
            // Depth-first with an explicit stack: (template, index of its next include).
            var path: [(name: String, next: Int)] = [(start, 0)]
            var onPath: Set<String> = [start]
            while let top = path.last {
                let edges = includes[top.name] ?? []
                guard top.next < edges.count else {
                    path.removeLast()
                    onPath.remove(top.name)
                    done.insert(top.name)
                    continue
                }
                path[path.count - 1].next += 1
                let edge = edges[top.next]
                let target = edge.reference.name
                if onPath.contains(target) {
                    let chain = path.map(\.name).drop { $0 != target } + [target]
                    // A cycle is met once per template on it; report it where first met.
                    let key = Set(chain).sorted().joined(separator: "\n")
                    if reported.insert(key).inserted {
                        diagnostics.append(Diagnostic(
                            file: edge.path, line: edge.reference.line, column: edge.reference.column,
                            message: "the template includes itself: \(chain.joined(separator: " → ")); "
                                + "rendering it would never end"))
                    }
                } else if !done.contains(target) {
                    path.append((target, 0))
                    onPath.insert(target)
                }
            }
        }
        return diagnostics
    }
}
