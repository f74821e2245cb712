/// Links to a heading of a term's page (`[[Payouts#details]]`, `payouts.md#details`,
/// `/payouts/#details`): the anchor must be one of that page's heading ids.
extension Linker {
    /// One error per link whose anchor the target page does not have, at the link, naming
    /// the anchors the page has and offering the closest.
    static func checkAnchors(_ linked: [LinkedTerm], in glossary: Glossary) -> [Diagnostic] {
        linked.enumerated().flatMap { source, term in
            checkAnchors(term.anchorLinks, file: glossary.terms[source].file.displayPath, targets: linked, in: glossary)
        }
    }

    /// The same for the links of one file (a term's, or the index's intro), against the
    /// glossary's linked terms.
    static func checkAnchors(
        _ links: [LinkedTerm.AnchorLink], file: String, targets linked: [LinkedTerm], in glossary: Glossary
    ) -> [Diagnostic] {
        links.compactMap { link in
            let anchors = linked[link.target].body.anchors
            let wanted = LinkDestination.decoded(link.fragment)
            guard !anchors.contains(wanted) else { return nil }
            let listed = anchors.isEmpty
                ? "its page has no headings to link to"
                : "its page has " + anchors.map { "#" + $0 }.joined(separator: ", ")
            return Diagnostic(
                file: file, line: link.line, column: link.column,
                message: "\(link.written) names no heading of '\(glossary.terms[link.target].title)': \(listed)",
                suggestions: ClosestNames.closest(to: wanted, among: anchors).map { "#" + $0 })
        }
    }
}
