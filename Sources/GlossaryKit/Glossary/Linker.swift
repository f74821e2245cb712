/// Resolves every reference of every term (front matter and body) and renders the bodies,
/// collecting all broken references rather than stopping at the first.
public enum Linker {
    /// The linked terms (parallel to `glossary.terms`) and the problems found. `drafts` are
    /// the terms the build left out as drafts: a reference to one says so.
    public static func link(
        _ glossary: Glossary, allowRawHTML: Bool, jobs: Int, drafts: DraftNames = DraftNames()
    ) -> ([LinkedTerm], [Diagnostic]) {
        let results = ParallelMap.map(count: glossary.terms.count, jobs: jobs) { index in
            linkTerm(at: index, in: glossary, allowRawHTML: allowRawHTML, drafts: drafts)
        }
        var linked = results.map(\.0)
        let diagnostics = results.flatMap(\.1)
        addBacklinks(to: &linked)
        return (linked, diagnostics)
    }

    static func linkTerm(
        at index: Int, in glossary: Glossary, allowRawHTML: Bool, drafts: DraftNames = DraftNames()
    ) -> (LinkedTerm, [Diagnostic]) {
        let term = glossary.terms[index]
        let file = term.file.displayPath
        var diagnostics: [Diagnostic] = []
        var selfReferences: [Located<String>] = []

        func resolve(name: String, line: Int, column: Int, what: String) -> Int? {
            switch glossary.lookup(name: name) {
            case .term(let target):
                if target == index { selfReferences.append(Located("\(what) '\(name)'", line: line, column: column)) }
                return target
            case .missing where drafts.draft(named: name) != nil:
                diagnostics.append(Diagnostic(
                    file: file, line: line, column: column,
                    message: DraftNames.message("\(what) '\(name)'", draft: drafts.draft(named: name)!)))
            case .missing(let suggestions):
                diagnostics.append(Diagnostic(
                    file: file, line: line, column: column,
                    message: "\(what) '\(name)' names no term of this glossary", suggestions: suggestions))
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
        let body = MarkdownRenderer.render(body: term.body, startLine: term.bodyStartLine, allowRawHTML: allowRawHTML) {
            reference in
            let target: Int?
            switch reference.kind {
            case .wiki:
                target = resolve(name: reference.target, line: reference.line, column: reference.column, what: "wiki link")
            case .file:
                target = resolveFile(reference, from: term, in: glossary, drafts: drafts, diagnostics: &diagnostics)
                if target == index {
                    selfReferences.append(Located("link to '\(reference.target)'", line: reference.line, column: reference.column))
                }
            }
            guard let target else { return nil }
            if !bodyTargets.contains(target) { bodyTargets.append(target) }
            return pageURL(of: glossary.terms[target], fromTermPage: true) + (reference.fragment.map { "#" + $0 } ?? "")
        }
        let description = term.frontMatter.description ?? body.firstParagraph
        var linked = LinkedTerm(
            seeAlso: unique(seeAlso), related: related, body: body, bodyTargets: bodyTargets, description: description)
        linked.selfReferences = selfReferences
        return (linked, diagnostics)
    }

    /// A `.md` link is followed as a code host would: relative to the linking file.
    private static func resolveFile(
        _ reference: BodyReference, from term: Term, in glossary: Glossary, drafts: DraftNames,
        diagnostics: inout [Diagnostic]
    ) -> Int? {
        let path = joinRelative(reference.target, to: term.file.relativePath)
        if let path, let target = glossary.term(atRelativePath: path) {
            return target
        }
        if let path, let draft = drafts.draft(atRelativePath: path) {
            diagnostics.append(Diagnostic(
                file: term.file.displayPath, line: reference.line, column: reference.column,
                message: DraftNames.message("link to '\(reference.target)'", draft: draft)))
            return nil
        }
        let name = String(reference.target.split(separator: "/").last ?? "").dropLast(3)
        diagnostics.append(Diagnostic(
            file: term.file.displayPath, line: reference.line, column: reference.column,
            message: "link to '\(reference.target)' points at no term file of this glossary",
            suggestions: glossary.suggestions(for: String(name))))
        return nil
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

    /// The URL of a term page, relative to another term page or to the site root.
    static func pageURL(of term: Term, fromTermPage: Bool) -> String {
        fromTermPage ? "../\(term.slug)/index.html" : term.path
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
