/// Marks body links to another language's page (a term not translated yet): cmark renders
/// `<a href="…">text</a>`; each link whose address is one of those gets `hreflang` and,
/// after it, a visible label naming the language (`<a href="…" hreflang="en">cat</a>
/// <span class="language-label" lang="en">(English)</span>`).
enum LanguageLabels {
    static func mark(_ html: String, _ links: [String: LinkedTerm.ForeignLink]) -> String {
        guard html.contains("<a href=\"") else { return html }
        var out = ""
        var rest = Substring(html)
        let opening = "<a href=\""
        while let start = rest.range(of: opening) {
            out += rest[..<start.upperBound]
            rest = rest[start.upperBound...]
            guard let quote = rest.firstIndex(of: "\"") else { break }
            let href = rest[..<quote]
            let bare = href.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first.map(String.init) ?? ""
            guard let link = links[bare], let close = rest.range(of: "</a>") else { continue }
            out += href + "\" hreflang=\"" + HTMLEscaping.escape(link.code) + "\""
            out += rest[rest.index(after: quote)..<close.upperBound]
            out += " <span class=\"language-label\" lang=\"" + HTMLEscaping.escape(link.code) + "\">("
                + HTMLEscaping.escape(link.name) + ")</span>"
            rest = rest[close.upperBound...]
        }
        return out + rest
    }
}
