/// Resolves every reference of every term (front matter and body) and renders the bodies,
/// collecting all broken references rather than stopping at the first.
public enum Linker {
    /// The linked terms (parallel to `glossary.terms`) and the problems found.
    public static func link(_ glossary: Glossary, allowRawHTML: Bool, jobs: Int) -> ([LinkedTerm], [Diagnostic]) {
        let context = Context(allowRawHTML: allowRawHTML, unavailable: UnavailableNames())
        let results = ParallelMap.map(count: glossary.terms.count, jobs: jobs) { index in
            linkTerm(at: index, in: glossary, context: context)
        }
        var linked = results.map(\.0)
        let diagnostics = results.flatMap(\.1)
        addBacklinks(to: &linked)
        return (linked, diagnostics)
    }

    /// What linking depends on besides the glossary.
    struct Context: Sendable {
        var allowRawHTML: Bool
        /// Names missing for a known reason (a draft, a file with errors of its own).
        var unavailable: UnavailableNames
    }

    static func linkTerm(at index: Int, in glossary: Glossary, context: Context) -> (LinkedTerm, [Diagnostic]) {
        let term = glossary.terms[index]
        let file = term.file.displayPath
        var diagnostics: [Diagnostic] = []
        var selfReferences: [Located<String>] = []

        func resolve(name: String, line: Int, column: Int, what: String) -> Int? {
            switch glossary.lookup(name: name) {
            case .term(let target):
                if target == index { selfReferences.append(Located("\(what) '\(name)'", line: line, column: column)) }
                return target
            case .missing(let suggestions):
                switch context.unavailable.reason(forName: name) {
                case .fileHasErrors?: break  // that file's own errors are reported
                case .draft(let title)?:
                    diagnostics.append(Diagnostic(file: file, line: line, column: column, message: draftMessage(what, name, title)))
                case nil:
                    diagnostics.append(Diagnostic(
                        file: file, line: line, column: column,
                        message: "\(what) '\(name)' names no term of this glossary", suggestions: suggestions))
                }
            case .ambiguous(let titles):
                diagnostics.append(Diagnostic(
                    file: file, line: line, column: column,
                    message: "\(what) '\(name)' is ambiguous: it names "
                        + titles.map { "'\($0)'" }.joined(separator: " and ")))
            }
            return nil
        }

        let seeAlso = term.frontMatter.seeAlso.compactMap {
            resolve(name: $0.value, line: $0.line, column: $0.column, what: "see_also reference")
        }
        let related: [LinkedTerm.Related] = term.frontMatter.related.compactMap { entry in
            switch entry {
            case .term(let name):
                return resolve(name: name.value, line: name.line, column: name.column, what: "related reference")
                    .map { .term($0) }
            case .external(let title, let url, _, _):
                return .external(title: title, url: url)
            }
        }

        var bodyTargets: [Int] = []
        // A set beside the list: `contains` on the list was quadratic in a body's targets.
        var bodyTargetSet = Set<Int>()
        let body = MarkdownRenderer.render(body: term.body, startLine: term.bodyStartLine, allowRawHTML: context.allowRawHTML) {
            reference in
            let target: Int?
            switch reference.kind {
            case .wiki:
                target = resolve(name: reference.target, line: reference.line, column: reference.column, what: "wiki link")
            case .file:
                target = resolveFile(reference, from: term, in: glossary, context: context, diagnostics: &diagnostics)
                if target == index {
                    selfReferences.append(Located("link to '\(reference.target)'", line: reference.line, column: reference.column))
                }
            }
            guard let target else { return nil }
            if bodyTargetSet.insert(target).inserted { bodyTargets.append(target) }
            return SitePaths.term(slug: glossary.terms[target].slug, fromTermPage: true) + (reference.fragment.map { "#" + $0 } ?? "")
        }
        let description = term.frontMatter.description ?? body.firstParagraph
        var linked = LinkedTerm(
            seeAlso: unique(seeAlso), related: related, body: body, bodyTargets: bodyTargets, description: description)
        linked.selfReferences = selfReferences
        return (linked, diagnostics)
    }

    /// A `.md` link is followed as a code host would: relative to the linking file.
    private static func resolveFile(
        _ reference: BodyReference, from term: Term, in glossary: Glossary, context: Context, diagnostics: inout [Diagnostic]
    ) -> Int? {
        let path = joinRelative(reference.target, to: term.file.relativePath)
        if let path, let target = glossary.term(atRelativePath: path) {
            return target
        }
        switch path.flatMap(context.unavailable.reason(forFile:)) {
        case .fileHasErrors?: return nil
        case .draft(let title)?:
            diagnostics.append(Diagnostic(
                file: term.file.displayPath, line: reference.line, column: reference.column,
                message: draftMessage("link to", reference.target, title)))
            return nil
        case nil: break
        }
        let name = String(reference.target.split(separator: "/").last ?? "").dropLast(3)
        diagnostics.append(Diagnostic(
            file: term.file.displayPath, line: reference.line, column: reference.column,
            message: "link to '\(reference.target)' points at no term file of this glossary",
            suggestions: glossary.suggestions(for: String(name))))
        return nil
    }

    /// A reference to a term left out as a draft: not missing, only not published yet.
    private static func draftMessage(_ what: String, _ name: String, _ title: String) -> String {
        "\(what) '\(name)' names '\(title)', a draft (draft: true): publish it, or build with --drafts to include drafts"
    }

    /// Joins a relative link to the directory of the file it is in; nil if it leaves the
    /// content folder.
    static func joinRelative(_ target: String, to filePath: String) -> String? {
        var components = filePath.split(separator: "/").dropLast().map(String.init)
        for part in target.split(separator: "/") {
            switch part {
            case ".": continue
            case "..":
                guard !components.isEmpty else { return nil }
                components.removeLast()
            default: components.append(String(part))
            }
        }
        return components.joined(separator: "/")
    }

    /// Backlinks from every kind of reference; a term never lists itself.
    static func addBacklinks(to linked: inout [LinkedTerm]) {
        var incoming = [Set<Int>](repeating: [], count: linked.count)
        for (source, term) in linked.enumerated() {
            var targets = term.seeAlso + term.bodyTargets
            for case .term(let target) in term.related { targets.append(target) }
            for target in targets where target != source { incoming[target].insert(source) }
        }
        for index in linked.indices { linked[index].referencedBy = incoming[index].sorted() }
    }

    private static func unique(_ values: [Int]) -> [Int] {
        var seen = Set<Int>()
        return values.filter { seen.insert($0).inserted }
    }
}
