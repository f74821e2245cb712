/// A term's rendered body moved from its own page (`terms/<slug>/`) onto the printable page
/// (`all/`), where every term is one section: a link to a term on the same page becomes a
/// link to its section (`#<slug>`, or `#<slug>--<heading>`), any other link is re-rooted,
/// and heading ids are prefixed with the term's slug so the sections' `#details` do not
/// clash. Works on the HTML the Markdown renderer wrote (attributes double-quoted, `"`
/// escaped inside them), so a plain scan finds every `href="` and `id="`.
enum PrintableBody {
    /// `slug`: the term's own slug (encoded as hrefs write it); `onPage`: the encoded slugs
    /// of the terms this page holds; `root`: the page's way to the site root.
    static func rebase(_ html: String, slug: String, onPage: Set<String>, root: String) -> String {
        guard html.contains("href=\"") || html.contains("id=\"") else { return html }
        var out = ""
        out.reserveCapacity(html.utf8.count + 64)
        var rest = Substring(html)
        while let attribute = nextAttribute(in: rest) {
            out += rest[..<attribute.valueStart]
            let value = String(rest[attribute.valueStart..<attribute.valueEnd])
            out += attribute.isHref ? href(value, slug: slug, onPage: onPage, root: root) : slug + "--" + value
            rest = rest[attribute.valueEnd...]
        }
        out += rest
        return out
    }

    private struct Attribute {
        var isHref: Bool
        var valueStart: Substring.Index
        var valueEnd: Substring.Index
    }

    /// The next ` href="…"` or ` id="…"` (preceded by a space, so `data-id=` is not one).
    private static func nextAttribute(in text: Substring) -> Attribute? {
        var search = text
        while let quote = search.firstIndex(of: "\"") {
            let before = text[text.startIndex..<quote]
            let isHref = before.hasSuffix(" href=")
            if isHref || before.hasSuffix(" id=") {
                let start = text.index(after: quote)
                guard let end = text[start...].firstIndex(of: "\"") else { return nil }
                return Attribute(isHref: isHref, valueStart: start, valueEnd: end)
            }
            search = text[text.index(after: quote)...]
        }
        return nil
    }

    private static func href(_ value: String, slug: String, onPage: Set<String>, root: String) -> String {
        if value.hasPrefix("#") { return "#" + slug + "--" + value.dropFirst() }
        if value.hasPrefix("../../") { return root + value.dropFirst(6) }
        guard value.hasPrefix("../") else { return value }
        // `../<slug>/index.html#fragment`: another term page, as the linker writes it.
        let path = value.dropFirst(3)
        let (page, fragment) = path.firstIndex(of: "#").map { (path[..<$0], String(path[path.index(after: $0)...])) }
            ?? (path, "")
        if page.hasSuffix("/index.html") {
            let target = String(page.dropLast("/index.html".count))
            if onPage.contains(target) { return "#" + target + (fragment.isEmpty ? "" : "--" + fragment) }
        }
        return root + SitePaths.term(fromTermPageLink: Substring(value))
    }
}
