import Foundation

extension GlossaryImport {
    /// The references (see_also, related, wiki links, `.md` links) of the rows' terms that
    /// name no term of the glossary once the rows are in it: one error per reference, on
    /// its row, with the closest names. `planned` pairs each row number with its term.
    static func referenceProblems(
        planned: [(row: Int, term: Term)], existing: [Term], collation: Collation, file: String
    ) -> [Diagnostic] {
        guard !planned.isEmpty else { return [] }
        let glossary = Glossary(terms: existing + planned.map(\.term), collation: collation)
        var rowOfPath: [String: Int] = [:]
        for (row, term) in planned { rowOfPath[term.file.relativePath] = row }
        var indices: [(row: Int, index: Int)] = []
        for (index, term) in glossary.terms.enumerated() {
            // The row's terms only: the existing terms' own problems are `glossary check`'s to report.
            if let row = rowOfPath[term.file.relativePath], term.file.displayPath == file { indices.append((row, index)) }
        }
        // Raw HTML allowed: only the references matter here, not what would be dropped.
        let context = Linker.Context(glossary: glossary, settings: SiteSettings(allowRawHTML: true), unavailable: UnavailableNames())
        let results = ParallelMap.map(count: indices.count, jobs: ProcessInfo.processInfo.activeProcessorCount) { position in
            Linker.linkTerm(at: indices[position].index, in: glossary, context: context).1
        }
        var errors: [Diagnostic] = []
        for (position, diagnostics) in results.enumerated() {
            for diagnostic in diagnostics where diagnostic.severity == .error {
                errors.append(Diagnostic(
                    file: file, line: indices[position].row, message: diagnostic.message, suggestions: diagnostic.suggestions))
            }
        }
        // In row order, each row's in the order of its references.
        return errors.enumerated().sorted { ($0.element.line ?? 0, $0.offset) < ($1.element.line ?? 0, $1.offset) }.map(\.element)
    }
}
