import CCmark
import Foundation

/// The only code that touches cmark: parses a body, finds and rewrites references, renders.
///
/// The cmark tree never leaves `render`: it is created, rewritten and freed in one call,
/// so no C pointer outlives it.
public enum MarkdownRenderer {
    /// Maps a reference to the URL its link should carry, or nil when it does not resolve
    /// (the caller records the diagnostic; the link then keeps its original URL).
    public typealias Resolver = (BodyReference) -> String?

    /// Parses `body` (which starts on file line `startLine`), rewrites every term reference
    /// through `resolve`, and renders HTML. Without `allowRawHTML`, raw HTML and unsafe
    /// URLs (`javascript:`, `vbscript:`, `file:`, most `data:`) are dropped by cmark.
    /// Without `splitsExample` (a page's Markdown, not a term's) it is all definition.
    public static func render(
        body: String, startLine: Int, allowRawHTML: Bool, splitsExample: Bool = true, resolve: Resolver
    ) -> RenderedBody {
        let bytes = Array(body.utf8)
        guard let document = bytes.withUnsafeBufferPointer({ buffer in
            buffer.withMemoryRebound(to: CChar.self) {
                cmark_parse_document($0.baseAddress, $0.count, CMARK_OPT_SOURCEPOS)
            }
        }) else {
            return RenderedBody(definitionHTML: "", exampleHTML: "", hasExample: false, firstParagraph: "", references: [])
        }
        defer { cmark_node_free(document) }

        cmark_consolidate_text_nodes(document)
        var locator = SourceLocator(bytes: bytes, startLine: startLine)
        var references: [BodyReference] = []
        // One pass in document order, so references (and the targets derived from them) come
        // in order of first mention whatever their kind.
        for candidate in ReferenceCandidates.collect(in: document) {
            switch candidate.kind {
            case .link:
                rewriteLink(candidate, locator: &locator, resolve: resolve, into: &references)
            case .text:
                rewriteWikiLinks(candidate, locator: &locator, resolve: resolve, into: &references)
            }
        }

        let options = allowRawHTML ? CMARK_OPT_UNSAFE : CMARK_OPT_DEFAULT
        var firstParagraph: String?
        var exampleHeading: OpaquePointer?
        var child = cmark_node_first_child(document)
        while let node = child, exampleHeading == nil {
            child = cmark_node_next(node)
            let type = cmark_node_get_type(node)
            if type == CMARK_NODE_HEADING, cmark_node_get_heading_level(node) == 2 {
                let heading = CmarkText.plain(node, allowRawHTML: allowRawHTML).lowercased()
                if splitsExample, heading == "example" || heading == "examples" { exampleHeading = node }
            } else if firstParagraph == nil, type == CMARK_NODE_PARAGRAPH {
                firstParagraph = CmarkText.plain(node, allowRawHTML: allowRawHTML)
            }
        }
        // Before the split: ids count repeats over the whole page, the example's part too.
        let headings = HeadingAnchors.apply(to: document, example: exampleHeading, options: options, allowRawHTML: allowRawHTML)
        // The example section moves to a document of its own, so each part is rendered by
        // one cmark call (rendering block by block cost a call and a copy per block).
        var example = ""
        let exampleHeadingLine = exampleHeading.map { startLine + Int(cmark_node_get_start_line($0)) - 1 }
        if let heading = exampleHeading, let exampleDocument = cmark_node_new(CMARK_NODE_DOCUMENT) {
            while let node = cmark_node_next(heading) { cmark_node_append_child(exampleDocument, node) }
            cmark_node_free(heading)
            example = CmarkText.html(exampleDocument, options: options)
            cmark_node_free(exampleDocument)
        }
        let definition = CmarkText.html(document, options: options)
        let hasExample = exampleHeading != nil
        return RenderedBody(
            definitionHTML: definition, exampleHTML: example, hasExample: hasExample,
            exampleHeadingLine: exampleHeadingLine,
            firstParagraph: firstParagraph ?? "", references: references, anchors: headings.anchors,
            exampleAnchor: headings.exampleAnchor)
    }

    /// `[text](other.md#anchor)`, a link to a term's file, or `[text](/slug/#anchor)`, a link
    /// to a page of the site; any other destination stays as written.
    private static func rewriteLink(
        _ candidate: ReferenceCandidates.Candidate, locator: inout SourceLocator, resolve: Resolver,
        into references: inout [BodyReference]
    ) {
        let node = candidate.node
        guard let url = cmark_node_get_url(node).map({ String(cString: $0) }) else { return }
        let kind: BodyReference.Kind
        let path: String
        let fragment: String?
        if let (filePath, fileFragment) = termFileTarget(url) {
            (kind, path, fragment) = (.file, filePath, fileFragment)
        } else if let (sitePath, siteFragment) = LinkDestination.sitePath(url) {
            (kind, path, fragment) = (.site, sitePath, siteFragment)
        } else {
            return
        }
        let label = cmark_node_first_child(node).flatMap(cmark_node_get_literal).map { String(cString: $0) } ?? ""
        let (line, column) = locator.locate(
            "[" + label, fallback: "[", line: candidate.line,
            reportedLine: Int(cmark_node_get_start_line(node)), reportedByteColumn: Int(cmark_node_get_start_column(node)))
        let reference = BodyReference(kind: kind, target: path, fragment: fragment, line: line, column: column)
        references.append(reference)
        if let resolved = resolve(reference) { cmark_node_set_url(node, resolved) }
    }

    /// Splits a link destination into a `.md` path and an optional fragment, or nil when it
    /// is not a link to a Markdown file (absolute URLs and other files stay as written). A
    /// path from `/` is read from the content folder.
    static func termFileTarget(_ url: String) -> (String, String?)? {
        let (rawPath, fragment) = LinkDestination.split(LinkDestination.trimmed(url))
        let path = LinkDestination.decoded(rawPath)
        let ending = Array(path.utf8.suffix(3))
        guard ending.count == 3, ending[0] == UInt8(ascii: "."), ending[1] | 0x20 == UInt8(ascii: "m"),
              ending[2] | 0x20 == UInt8(ascii: "d"), !path.hasPrefix("//"),
              !LinkDestination.hasScheme(path)
        else { return nil }
        return (path, fragment)
    }

    /// `[[name]]` and `[[name|text]]` in a text node (never in code, never inside another
    /// link): each becomes a link node.
    private static func rewriteWikiLinks(
        _ candidate: ReferenceCandidates.Candidate, locator: inout SourceLocator, resolve: Resolver,
        into references: inout [BodyReference]
    ) {
        let node = candidate.node
        guard let literal = cmark_node_get_literal(node).map({ String(cString: $0) }) else { return }
        let pieces = WikiLinkScanner.scan(literal)
        guard pieces.contains(where: { if case .link = $0 { return true } else { return false } }) else { return }
        for piece in pieces {
            switch piece {
            case .text(let text):
                let textNode = cmark_node_new(CMARK_NODE_TEXT)
                cmark_node_set_literal(textNode, text)
                cmark_node_insert_before(node, textNode)
            case .link(let target, let shown, let source):
                let (line, column) = locator.locate(
                    source, fallback: "[[", line: candidate.line,
                    reportedLine: Int(cmark_node_get_start_line(node)), reportedByteColumn: Int(cmark_node_get_start_column(node)))
                let (name, fragment) = splitFragment(target)
                let reference = BodyReference(kind: .wiki, target: name, fragment: fragment, line: line, column: column)
                references.append(reference)
                let link = cmark_node_new(CMARK_NODE_LINK)
                cmark_node_set_url(link, resolve(reference) ?? "")
                let label = cmark_node_new(CMARK_NODE_TEXT)
                cmark_node_set_literal(label, shown)
                cmark_node_append_child(link, label)
                cmark_node_insert_before(node, link)
            }
        }
        cmark_node_free(node)
    }

    /// `[[Partner program#example]]` names the term and an anchor on its page.
    private static func splitFragment(_ target: String) -> (String, String?) {
        guard let hash = target.firstIndex(of: "#") else { return (target, nil) }
        let fragment = String(target[target.index(after: hash)...])
        return (String(target[..<hash]), fragment.isEmpty ? nil : fragment)
    }
}
