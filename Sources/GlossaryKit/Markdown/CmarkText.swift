import CCmark
import Foundation

/// Small helpers over cmark trees: plain text and HTML.
enum CmarkText {
    /// The text a reader sees in a node, whitespace collapsed; iterative, so deeply nested
    /// input cannot exhaust the stack.
    static func plain(_ root: OpaquePointer, allowRawHTML: Bool) -> String {
        var text = ""
        guard let iterator = cmark_iter_new(root) else { return text }
        defer { cmark_iter_free(iterator) }
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard event == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator) else { continue }
            switch cmark_node_get_type(node) {
            case CMARK_NODE_TEXT, CMARK_NODE_CODE:
                if let literal = cmark_node_get_literal(node) { text += String(cString: literal) }
            case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK:
                text += " "
            default:
                break
            }
        }
        return collapsingWhitespace(text)
    }

    /// cmark's own HTML for one node and its children.
    static func html(_ node: OpaquePointer, options: Int32) -> String {
        guard let pointer = cmark_render_html(node, options) else { return "" }
        defer { free(pointer) }
        return String(cString: pointer)
    }

    /// Runs of ASCII whitespace become one space, trimmed at both ends; byte-wise, since
    /// Character-wise splitting showed up in profiles.
    static func collapsingWhitespace(_ text: String) -> String {
        var result: [UInt8] = []
        result.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        for byte in text.utf8 {
            if byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D || byte == 0x0C {
                pendingSpace = !result.isEmpty
            } else {
                if pendingSpace { result.append(0x20) }
                pendingSpace = false
                result.append(byte)
            }
        }
        return String(decoding: result, as: UTF8.self)
    }
}
