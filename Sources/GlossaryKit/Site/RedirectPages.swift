/// The small pages left at a term's former addresses (`former_slugs:`, `redirects:`): each
/// sends the reader on to the term's page and tells search engines where it lives now.
/// They are in no sitemap and not in the search index.
enum RedirectPages {
    /// One `terms/<old>/index.html` per old slug, in term order then slug order.
    static func files(_ glossary: Glossary, _ linked: [LinkedTerm], settings: SiteSettings, strings: InterfaceStrings) -> [SiteFile] {
        var files: [SiteFile] = []
        for (index, term) in glossary.terms.enumerated() where index < linked.count {
            for old in linked[index].formerSlugs {
                files.append(SiteFile(path: SitePaths.term(slug: old), text: page(for: term, settings: settings, strings: strings)))
            }
        }
        return files
    }

    /// A page at `terms/<old>/` pointing at `terms/<slug>/`.
    static func page(for term: Term, settings: SiteSettings, strings: InterfaceStrings) -> String {
        let target = HTMLEscaping.escape(SitePaths.term(slug: term.slug, fromTermPage: true))
        let canonical = HTMLEscaping.escape(
            Publishing.canonical(settings, folder: SitePaths.folder(ofPage: term.path)) ?? SitePaths.term(slug: term.slug, fromTermPage: true))
        let title = HTMLEscaping.escape(term.title)
        // "This page has moved to {link}.": the text around the link escaped, the link ours.
        let moved = strings.text("moved_to").components(separatedBy: "{link}").map(HTMLEscaping.escape)
            .joined(separator: "<a href=\"\(target)\">\(title)</a>")
        return """
            <!DOCTYPE html>
            <html lang="\(HTMLEscaping.escape(settings.language))" dir="\(strings.direction)">
            <head>
            <meta charset="utf-8">
            <title>\(title)</title>
            <meta name="robots" content="noindex">
            <link rel="canonical" href="\(canonical)">
            <meta http-equiv="refresh" content="0; url=\(target)">
            </head>
            <body>
            <p>\(moved)</p>
            </body>
            </html>

            """
    }
}
