/// Links to a heading of a term's page (`[[Payouts#details]]`, `payouts.md#details`,
/// `/payouts/#details`): the anchor must be one of that page's heading ids.
extension Linker {
    /// One error per link whose anchor the target page does not have, at the link, naming
    /// the anchors the page has and offering the closest.
    static func checkAnchors(_ linked: [LinkedTerm], in glossary: Glossary) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for (source, term) in linked.enumerated() where !term.anchorLinks.isEmpty {
            for link in term.anchorLinks {
                let anchors = linked[link.target].body.anchors
                let wanted = LinkDestination.decoded(link.fragment)
                guard !anchors.contains(wanted) else { continue }
                let title = glossary.terms[link.target].title
                let listed = anchors.isEmpty
                    ? "its page has no headings to link to"
                    : "its page has " + anchors.map { "#" + $0 }.joined(separator: ", ")
                diagnostics.append(Diagnostic(
                    file: glossary.terms[source].file.displayPath, line: link.line, column: link.column,
                    message: "\(link.written) names no heading of '\(title)': \(listed)",
                    suggestions: ClosestNames.closest(to: wanted, among: anchors).map { "#" + $0 }))
            }
        }
        return diagnostics
    }
}
