import Synchronization

/// A set of parsed templates that can include each other by name, as partials or parents.
public struct TemplateSet: Sendable {
    let templates: [String: [TemplateNode]]
    /// Standalone partials are indented line by line, as the Mustache spec asks; each
    /// (partial, indentation) pair used anywhere is parsed once, up front.
    let indented: [IndentedKey: [TemplateNode]]
    /// Tells this set's sections from those of sets parsed before (a preview server parses
    /// the theme again when it changes), for outputs kept by `MemoizedValue`.
    let generation: UInt64

    private static let generations = Atomic<UInt64>(0)

    struct IndentedKey: Hashable, Sendable {
        var name: String
        var indentation: String
    }

    /// Parses every source; `sources` maps template names (`layout`, `partials/az`) to text.
    /// Throws the name of the template that failed with the parser's failure.
    init(sources: [String: String]) throws(Failure) {
        var templates: [String: [TemplateNode]] = [:]
        for (name, text) in sources {
            do {
                templates[name] = try TemplateParser.parse(text)
            } catch {
                throw Failure(template: name, failure: error)
            }
        }
        var indented: [IndentedKey: [TemplateNode]] = [:]
        var pending = templates.values.flatMap(Self.indentedPartials)
        while let key = pending.popLast() {
            guard indented[key] == nil, let source = sources[key.name] else { continue }
            do {
                let nodes = try TemplateParser.parse(Self.indent(source, by: key.indentation))
                indented[key] = nodes
                pending += Self.indentedPartials(in: nodes)
            } catch {
                throw Failure(template: key.name, failure: error)
            }
        }
        self.templates = templates
        self.indented = indented
        generation = Self.generations.add(1, ordering: .relaxed).newValue
    }

    struct Failure: Error {
        var template: String
        var failure: TemplateParser.Failure
    }

    /// Whether a template of that name exists.
    func contains(_ name: String) -> Bool { templates[name] != nil }

    /// Renders the named template with `context` as the root of the context stack.
    func render(_ name: String, context: TemplateValue) -> [UInt8] {
        var renderer = TemplateRenderer(set: self, root: context)
        if let nodes = templates[name] { renderer.render(nodes) }
        return renderer.output
    }

    private static func indentedPartials(in nodes: [TemplateNode]) -> [IndentedKey] {
        var keys: [IndentedKey] = []
        for node in nodes {
            switch node {
            case .partial(let name, let indentation) where !indentation.isEmpty:
                keys.append(IndentedKey(name: name, indentation: indentation))
            case .section(_, let children), .invertedSection(_, let children), .block(_, let children):
                keys += indentedPartials(in: children)
            case .parent(_, let blocks):
                keys += blocks.values.flatMap(indentedPartials)
            default:
                break
            }
        }
        return keys
    }

    /// Prefixes every non-empty line with the partial tag's indentation.
    private static func indent(_ source: String, by indentation: String) -> String {
        source.split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.isEmpty ? String($0) : indentation + $0 }
            .joined(separator: "\n")
    }
}
