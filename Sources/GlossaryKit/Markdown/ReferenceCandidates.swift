import CCmark
import Foundation

/// The nodes of a cmark tree that may hold references, in document order, each with its
/// true body line.
enum ReferenceCandidates {
    struct Candidate {
        enum Kind { case link, text }
        var kind: Kind
        var node: OpaquePointer
        /// 1-based body line, counted from the enclosing block's start line plus the line
        /// breaks before the node (cmark's own inline line is wrong after `\\` breaks).
        var line: Int
    }

    /// Links (possible `.md` references) and text nodes holding `[[` outside links and images
    /// (a wiki link inside link text would nest one link in another).
    static func collect(in document: OpaquePointer) -> [Candidate] {
        var candidates: [Candidate] = []
        guard let iterator = cmark_iter_new(document) else { return candidates }
        defer { cmark_iter_free(iterator) }
        var line = 1
        var linkDepth = 0
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard let node = cmark_iter_get_node(iterator) else { continue }
            let type = cmark_node_get_type(node)
            if type == CMARK_NODE_LINK || type == CMARK_NODE_IMAGE {
                linkDepth += event == CMARK_EVENT_ENTER ? 1 : -1
            }
            guard event == CMARK_EVENT_ENTER else { continue }
            switch type {
            case CMARK_NODE_PARAGRAPH, CMARK_NODE_HEADING:
                line = Int(cmark_node_get_start_line(node))
            case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK:
                line += 1
            case CMARK_NODE_LINK:
                candidates.append(Candidate(kind: .link, node: node, line: line))
            case CMARK_NODE_TEXT where linkDepth == 0:
                if let literal = cmark_node_get_literal(node), strstr(literal, "[[") != nil {
                    candidates.append(Candidate(kind: .text, node: node, line: line))
                }
            default:
                break
            }
        }
        return candidates
    }
}
