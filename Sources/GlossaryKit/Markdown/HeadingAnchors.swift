import CCmark

/// Gives every heading of a body a stable id, by GitHub's rule, and a self-link, on the
/// cmark tree (so raw-HTML safety stays cmark's: the heading's own content is rendered by
/// cmark with the body's options).
///
/// A heading becomes a custom block holding its finished HTML, because cmark's renderer
/// writes a bare `<h2>` and custom blocks are the one node it writes out as given:
/// `<h2 id="details">Details<a class="anchor" href="#details" aria-labelledby="details"></a></h2>`.
/// The link is empty (the theme's CSS draws its `#`) and takes its accessible name from the
/// heading, so it needs no interface string in the reader's language.
enum HeadingAnchors {
    /// The ids given (`example` first when there is an example section), and the example
    /// section's (its heading is removed by the split into definition and example).
    struct Result {
        var anchors: [String] = []
        var exampleAnchor: String?
    }

    /// Rewrites every heading below `document` except `example` (the template writes that
    /// heading, with the id `example`).
    static func apply(to document: OpaquePointer, example: OpaquePointer?, options: Int32, allowRawHTML: Bool) -> Result {
        var headings: [OpaquePointer] = []
        if let iterator = cmark_iter_new(document) {
            defer { cmark_iter_free(iterator) }
            while true {
                let event = cmark_iter_next(iterator)
                if event == CMARK_EVENT_DONE { break }
                guard event == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator),
                      cmark_node_get_type(node) == CMARK_NODE_HEADING else { continue }
                headings.append(node)
            }
        }
        var slugger = HeadingSlugger()
        var result = Result()
        // The example section is `#example` whatever its heading says (`Examples`, or the
        // reader's language's word, which the template writes): reserved before the rest.
        if example != nil {
            result.exampleAnchor = slugger.slug("example")
            result.anchors.append("example")
        }
        // Replaced only after the walk: the iterator must not meet freed nodes.
        for heading in headings {
            guard heading != example, let id = slugger.slug(CmarkText.plain(heading, allowRawHTML: allowRawHTML)) else { continue }
            result.anchors.append(id)
            replace(heading, id: id, options: options)
        }
        return result
    }

    /// The heading's HTML with its id and self-link, as a custom block in its place.
    private static func replace(_ heading: OpaquePointer, id: String, options: Int32) {
        let level = Int(cmark_node_get_heading_level(heading))
        let rendered = CmarkText.html(heading, options: options)
        // cmark writes exactly `<hN>` … `</hN>\n` around the content.
        let open = "<h\(level)>", close = "</h\(level)>\n"
        guard rendered.hasPrefix(open), rendered.hasSuffix(close),
              let block = cmark_node_new(CMARK_NODE_CUSTOM_BLOCK) else { return }
        let inner = rendered.dropFirst(open.count).dropLast(close.count)
        let escaped = HTMLEscaping.escape(id)
        let html = "<h\(level) id=\"\(escaped)\">\(inner)<a class=\"anchor\" href=\"#\(escaped)\" aria-labelledby=\"\(escaped)\"></a></h\(level)>"
        cmark_node_set_on_enter(block, html)
        cmark_node_set_on_exit(block, "")
        cmark_node_insert_before(heading, block)
        cmark_node_free(heading)
    }
}

/// GitHub's heading ids (github-slugger): the text lower-cased, each space a `-`, every
/// character but letters, marks and digits of any script, `-` and `_` dropped; a repeat
/// gets `-1`, `-2`, … (and an id taken by such a suffix is skipped past).
struct HeadingSlugger {
    private var occurrences: [String: Int] = [:]

    /// The next heading's id; nil for a heading without a letter or digit to make one of.
    mutating func slug(_ text: String) -> String? {
        let original = Self.base(text)
        guard !original.isEmpty else { return nil }
        var slug = original
        while occurrences[slug] != nil {
            occurrences[original, default: 0] += 1
            slug = original + "-" + String(occurrences[original]!)
        }
        occurrences[slug] = 0
        return slug
    }

    /// The id before repeats are counted.
    static func base(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in text.lowercased().unicodeScalars {
            switch scalar.properties.generalCategory {
            case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
                 .nonspacingMark, .spacingMark, .enclosingMark, .decimalNumber, .letterNumber, .otherNumber:
                out.append(scalar)
            default:
                if scalar == "-" || scalar == "_" { out.append(scalar) } else if scalar == " " { out.append("-") }
            }
        }
        return String(out)
    }
}
