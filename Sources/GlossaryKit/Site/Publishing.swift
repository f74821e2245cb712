import Foundation

/// What search engines and link previews read: canonical addresses, schema.org JSON-LD,
/// `sitemap.xml` and `robots.txt`, all built from the settings' `base_url`.
enum Publishing {
    /// `base_url` with exactly one trailing slash, or nil when the site has none (then no
    /// absolute address is written anywhere, and no sitemap).
    static func base(_ settings: SiteSettings) -> String? {
        let raw = settings.baseURL
        // Called for every page: Foundation's trimming is skipped when there is nothing to trim.
        let padded = [raw.unicodeScalars.first, raw.unicodeScalars.last].contains { $0?.properties.isWhitespace ?? false }
        let trimmed = padded ? raw.trimmingCharacters(in: .whitespaces) : raw
        guard !trimmed.isEmpty else { return nil }
        return trimmed.hasSuffix("/") ? trimmed : trimmed + "/"
    }

    /// `base(settings)` when it is an absolute http(s) address; nil for none or a path-only
    /// one (`/gloss/`). A sitemap must list absolute addresses, so only this one gives a
    /// sitemap and robots.txt's `Sitemap:` line.
    static func absoluteBase(_ settings: SiteSettings) -> String? {
        guard let base = base(settings) else { return nil }
        let lower = base.lowercased()
        return lower.hasPrefix("https://") || lower.hasPrefix("http://") ? base : nil
    }

    /// Where the 404 page's links start. A host serves `404.html` at whatever address was
    /// asked for (`/terms/typo/`), so links relative to the page would point nowhere; with a
    /// `base_url` they start at its path (`https://me.github.io/gloss/` → `/gloss/`). Without
    /// one the host's layout is unknown, so they stay relative like the index's (`""`): the
    /// page then works at the site's root and from `file://`, as every other page does.
    static func notFoundRoot(_ settings: SiteSettings) -> String {
        guard let base = base(settings) else { return "" }
        if base.hasPrefix("/") { return base }
        guard let scheme = base.range(of: "://") else { return "/" }
        let afterHost = base[scheme.upperBound...].drop { $0 != "/" }
        return afterHost.isEmpty ? "/" : String(afterHost)
    }

    /// The absolute address of a page folder (`terms/x/`), the form static hosts serve.
    static func canonical(_ settings: SiteSettings, folder: String) -> String? {
        base(settings).map { $0 + SitePaths.href(folder) }
    }

    /// schema.org `DefinedTerm` for a term page, escaped for a `<script>` element.
    /// `dateModified` is the day of the file's last commit, when git gave one.
    static func definedTerm(
        _ term: Term, description: String, settings: SiteSettings, inLanguage: String? = nil, dateModified: String? = nil
    ) -> String {
        var out: [UInt8] = Array(#"{"@context":"https://schema.org","@type":"DefinedTerm""#.utf8)
        let aliases = term.frontMatter.aliases.map(\.value)
        if !aliases.isEmpty {
            out += Array(#","alternateName":"#.utf8)
            JSONText.appendArray(aliases, to: &out)
        }
        if let dateModified {
            out += Array(#","dateModified":"#.utf8)
            JSONText.appendString(dateModified, to: &out)
        }
        out += Array(#","description":"#.utf8)
        JSONText.appendString(description, to: &out)
        out += Array(#","inDefinedTermSet":"#.utf8)
        appendTermSetReference(settings, to: &out)
        appendLanguage(inLanguage, to: &out)
        out += Array(#","name":"#.utf8)
        JSONText.appendString(term.title, to: &out)
        if let url = canonical(settings, folder: SitePaths.folder(ofPage: term.path)) {
            out += Array(#","url":"#.utf8)
            JSONText.appendString(url, to: &out)
        }
        out.append(UInt8(ascii: "}"))
        return String(decoding: out, as: UTF8.self)
    }

    /// schema.org `DefinedTermSet` for the index, listing the terms it lists (every term up
    /// to `index_term_limit`; each term page names the set too).
    static func definedTermSet(_ glossary: Glossary, terms: [Int], settings: SiteSettings, inLanguage: String? = nil) -> String {
        var out: [UInt8] = Array(#"{"@context":"https://schema.org","@type":"DefinedTermSet""#.utf8)
        if !settings.description.isEmpty {
            out += Array(#","description":"#.utf8)
            JSONText.appendString(settings.description, to: &out)
        }
        out += Array(#","hasDefinedTerm":["#.utf8)
        for (position, index) in terms.enumerated() {
            let term = glossary.terms[index]
            if position > 0 { out.append(UInt8(ascii: ",")) }
            out += Array(#"{"@type":"DefinedTerm","name":"#.utf8)
            JSONText.appendString(term.title, to: &out)
            if let url = canonical(settings, folder: SitePaths.folder(ofPage: term.path)) {
                out += Array(#","url":"#.utf8)
                JSONText.appendString(url, to: &out)
            }
            out.append(UInt8(ascii: "}"))
        }
        out += Array(#"]"#.utf8)
        appendLanguage(inLanguage, to: &out)
        out += Array(#","name":"#.utf8)
        JSONText.appendString(settings.title, to: &out)
        if let url = base(settings) {
            out += Array(#","url":"#.utf8)
            JSONText.appendString(url, to: &out)
        }
        out.append(UInt8(ascii: "}"))
        return String(decoding: out, as: UTF8.self)
    }

    /// `"inLanguage"` (keys stay sorted: it follows `inDefinedTermSet`/`hasDefinedTerm`);
    /// only multi-language sites write it, so single-language output stays as it was.
    private static func appendLanguage(_ code: String?, to out: inout [UInt8]) {
        guard let code else { return }
        out += Array(#","inLanguage":"#.utf8)
        JSONText.appendString(code, to: &out)
    }

    private static func appendTermSetReference(_ settings: SiteSettings, to out: inout [UInt8]) {
        out += Array(#"{"@type":"DefinedTermSet","name":"#.utf8)
        JSONText.appendString(settings.title, to: &out)
        if let url = base(settings) {
            out += Array(#","url":"#.utf8)
            JSONText.appendString(url, to: &out)
        }
        out.append(UInt8(ascii: "}"))
    }

    /// A `sitemap.xml` (or one part of a split one): each entry's absolute address, its
    /// `<lastmod>` when known, and,
    /// with `alternates` (a multi-language site), `<xhtml:link rel="alternate" hreflang>`
    /// for its translations and `x-default` (Google's form); nil without an absolute
    /// `base_url`.
    static func sitemap(entries: [SitemapEntry], settings: SiteSettings, alternates: Bool) -> String? {
        guard absoluteBase(settings) != nil else { return nil }
        var xml = #"<?xml version="1.0" encoding="UTF-8"?>"# + "\n"
            + (alternates
                ? #"<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">"#
                : #"<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">"#) + "\n"
        for entry in entries {
            guard let url = canonical(settings, folder: SitePaths.folder(ofPage: entry.path)) else { continue }
            xml += "  <url><loc>" + HTMLEscaping.escape(url) + "</loc>"
            if let lastmod = entry.lastmod { xml += "<lastmod>" + HTMLEscaping.escape(lastmod) + "</lastmod>" }
            for (code, path) in entry.alternates {
                if let other = canonical(settings, folder: SitePaths.folder(ofPage: path)) {
                    xml += "\n    <xhtml:link rel=\"alternate\" hreflang=\"" + HTMLEscaping.escape(code) + "\" href=\""
                        + HTMLEscaping.escape(other) + "\"/>"
                }
            }
            xml += entry.alternates.isEmpty ? "</url>\n" : "\n  </url>\n"
        }
        return xml + "</urlset>\n"
    }

    /// The sitemap index of a sitemap split into `parts` (files at the site root), as
    /// `sitemap.xml`: the protocol allows 50,000 URLs per file.
    static func sitemapIndex(parts: [String], settings: SiteSettings) -> String? {
        guard let base = absoluteBase(settings) else { return nil }
        var xml = #"<?xml version="1.0" encoding="UTF-8"?>"# + "\n"
            + #"<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">"# + "\n"
        for part in parts {
            xml += "  <sitemap><loc>" + HTMLEscaping.escape(base + SitePaths.href(part)) + "</loc></sitemap>\n"
        }
        return xml + "</sitemapindex>\n"
    }

    /// One page of a multi-language sitemap: its path from the site root, and its
    /// alternates (`hreflang` code or `x-default` → path from the site root).
    struct SitemapEntry {
        var path: String
        var alternates: [(String, String)]
        /// A term page's last commit day (`YYYY-MM-DD`), when git gave one.
        var lastmod: String? = nil
    }

    /// `robots.txt`, naming the sitemap when there is one.
    static func robots(settings: SiteSettings) -> String {
        var text = "User-agent: *\nAllow: /\n"
        if let base = absoluteBase(settings) { text += "Sitemap: \(base)sitemap.xml\n" }
        return text
    }
}
