/// How big pages may grow: the index lists every term only up to `index_term_limit`, letter
/// and tag pages are split into pages of `page_size` terms, and the sitemap into files of
/// `sitemap_size` URLs. At 100,000 terms one index of every term was 96 MB and letter and
/// tag pages up to 8 MB; split, no page passes 1 MB at any size.
enum SitePaging {
    /// Up to this many terms the index lists all of them (about 400 KB of cards at 1,000).
    static let defaultIndexTermLimit = 1_000
    /// Terms per letter or tag page: about 200 KB of cards each.
    static let defaultPageSize = 500
    /// Terms the printable page (`all/`) holds in one page; above it, one page per letter.
    static let defaultPrintPageLimit = 2_000
    /// The sitemaps protocol's limit of URLs per file.
    static let maximumSitemapSize = 50_000
    /// Terms each letter shows on an index above `index_term_limit`, before its link to
    /// the letter's pages.
    static let indexTermsPerLetter = 5
    /// Numbered links either side of the current page; the first and last are always shown.
    static let pageLinkRadius = 2

    /// The number of pages `count` terms take at `size` a page (one, even when empty).
    static func pageCount(_ count: Int, size: Int) -> Int {
        max(1, (count + size - 1) / size)
    }

    /// The items of page `page` (1-based) of `items`.
    static func slice<T>(_ items: [T], page: Int, size: Int) -> ArraySlice<T> {
        let start = min(items.count, (page - 1) * size)
        return items[start..<min(items.count, start + size)]
    }

    /// The page numbers a pagination bar links, nil for a gap (`1 … 4 5 [6] 7 8 … 20`): the
    /// bar stays a few links long at any number of pages.
    static func shownPages(current: Int, count: Int) -> [Int?] {
        var shown: [Int?] = []
        for number in 1...count {
            if number == 1 || number == count || abs(number - current) <= pageLinkRadius {
                shown.append(number)
            } else if case .some(.some) = shown.last {
                // One gap for a run of left-out pages (`shown.last` is an `Int??`).
                shown.append(nil)
            }
        }
        return shown
    }
}
