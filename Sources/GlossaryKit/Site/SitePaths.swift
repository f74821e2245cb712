/// The site's URL layout, in one place: where each page is written, and how a page reaches
/// the site root. The linker, the page contexts, the search index, the sitemap and the
/// publishing metadata all ask here, so a change of layout (languages, pagination) is made
/// once.
///
/// Every page is a file path from the site root; pages are `index.html` files in folders,
/// the form static hosts serve at `folder/`.
///
/// Slugs and letter names may be letters of any script (`terms/컨테이너/`, `letters/ㄱ/`):
/// on disk a path is UTF-8 (NFC), in every link and URL the site writes it is
/// percent-encoded UTF-8 (`href`: `terms/%EC%BB%A8…/index.html`), which browsers decode to
/// the same file from `file://` and servers decode over HTTP. Everything else in a path
/// is ASCII letters, digits, `-`, `_`, `.` and `/`, so ASCII paths are their own hrefs.
public enum SitePaths {
    public static let index = "index.html"
    public static let notFound = "404.html"
    public static let tagsIndex = "tags/index.html"
    public static let searchIndex = "search-index.json"
    /// The sharded search index that search.js loads (`SearchShards`).
    public static let searchFolder = "search/"
    public static let sitemap = "sitemap.xml"
    public static let robots = "robots.txt"
    /// The folder the templates' `assets/` are copied into.
    public static let assetsFolder = "assets/"

    /// The folder a language of a multi-language glossary is published in, from the site
    /// root: `<code>/` as the code is written in `languages:` (`de/`, `zh-Hans/`); the
    /// default language is at the root (`""`). Every page of a language (index, letters,
    /// tags, terms, search index, 404, assets) is its path below this folder.
    public static func languageFolder(_ code: String) -> String {
        code + "/"
    }

    /// A page of a language's edition as a path from the site root.
    public static func inLanguage(_ path: String, folder: String) -> String {
        folder + path
    }

    /// The way from a language folder back up to the site root: `../` below `<code>/`.
    public static func up(fromLanguageFolder folder: String) -> String {
        root(of: folder)
    }

    /// `terms/<slug>/index.html`.
    public static func term(slug: String) -> String {
        termsFolder + "\(slug)/index.html"
    }

    /// The folder of every term page.
    static let termsFolder = "terms/"

    /// A term page's path with a fragment (`terms/<slug>/index.html#a`), from a link written
    /// on another term page (`../<slug>/index.html#a`, `term(slug:fromTermPage:)`).
    static func term(fromTermPageLink link: Substring) -> String {
        termsFolder + link.dropFirst(3)
    }

    /// The printable page: every term's full text (`all/index.html`); above
    /// `print_page_limit` terms the letters' list, each letter at `all/<letter slug>/`.
    public static let printable = "all/index.html"

    /// `all/<letter slug>/index.html`: one letter of a glossary too big for one printable page.
    public static func printable(_ label: String, in collation: Collation) -> String {
        "all/\(collation.letterSlug(label))/index.html"
    }

    /// `letters/<letter slug>/index.html`: the label lowercased by the language's rules
    /// (`letters/p/`, `letters/ㄱ/`, `letters/ç/`, `letters/1劃/`), `letters/0-9/` for "#"
    /// (`Collation.letterSlug`).
    public static func letter(_ label: String, in collation: Collation) -> String {
        letter(slug: collation.letterSlug(label))
    }

    /// `letters/<slug>/index.html`.
    static func letter(slug: String) -> String {
        "letters/\(slug)/index.html"
    }

    /// Page `page` of a letter's terms: the letter's page for 1, `letters/<slug>/page/<n>/`
    /// after it (`SitePaging`).
    public static func letter(_ label: String, in collation: Collation, page: Int) -> String {
        paged(letter(label, in: collation), page: page)
    }

    /// Page `page` of a tag's terms: `tags/<slug>/index.html`, then `tags/<slug>/page/<n>/`.
    public static func tag(slug: String, page: Int) -> String {
        paged(tag(slug: slug), page: page)
    }

    /// Page `page` of a list whose first page is `first` (`x/index.html` → `x/page/<n>/index.html`).
    private static func paged(_ first: String, page: Int) -> String {
        page <= 1 ? first : folder(ofPage: first) + "page/\(page)/index.html"
    }

    /// Part `part` (1-based) of a sitemap too big for one file; `sitemap.xml` is then their index.
    static func sitemapPart(_ part: Int) -> String {
        "sitemap-\(part).xml"
    }

    /// A path as links and URLs carry it: each byte of a non-ASCII character as `%XX`
    /// (UTF-8); ASCII paths are unchanged.
    public static func href(_ path: String) -> String {
        // Most paths are ASCII: checked on the contiguous bytes, which is several times
        // cheaper than walking the UTF-8 view (every link of every page comes here).
        let ascii = path.utf8.withContiguousStorageIfAvailable { bytes in bytes.allSatisfy { $0 < 0x80 } }
            ?? path.utf8.allSatisfy { $0 < 0x80 }
        guard !ascii else { return path }
        let hex = Array("0123456789ABCDEF".utf8)
        var out: [UInt8] = []
        out.reserveCapacity(path.utf8.count * 2)
        for byte in path.utf8 {
            if byte < 0x80 {
                out.append(byte)
            } else {
                out += [UInt8(ascii: "%"), hex[Int(byte >> 4)], hex[Int(byte & 0x0F)]]
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// `tags/<slug>/index.html`.
    public static func tag(slug: String) -> String {
        "tags/\(slug)/index.html"
    }

    /// Where an asset of the templates (`style.css`) is published.
    public static func asset(_ relativePath: String) -> String {
        assetsFolder + relativePath
    }

    /// The folders holding many pages, made before pages are written in parallel (a page
    /// below each stands for its folder).
    static let sharedFolders = ["terms/x", "letters/x", "tags/x"]

    /// The relative way up from a page to the site root: "" for root pages, `../../` for
    /// the pages two folders deep (terms, letters, tags).
    public static func root(of page: String) -> String {
        String(repeating: "../", count: page.utf8.reduce(0) { $1 == UInt8(ascii: "/") ? $0 + 1 : $0 })
    }

    /// The root of term pages and of the first page of letters and tags: all sit two
    /// folders deep (later pages of a letter or tag, four).
    static let deepRoot = "../../"

    /// A term page's URL (an href) as seen from another term page.
    static func term(slug: String, fromTermPage: Bool) -> String {
        href(fromTermPage ? "../\(slug)/index.html" : term(slug: slug))
    }

    /// The folder of a page file: `terms/x/index.html` → `terms/x/`, `index.html` → "".
    static func folder(ofPage path: String) -> String {
        path.hasSuffix("index.html") ? String(path.dropLast("index.html".count)) : path
    }
}
