/// The page numbers of letter and tag pages split by `page_size` (`SitePaging`), as
/// templates see them.
extension PageContexts {
    /// A page title with its page number after the first page ("Terms starting with P (page 2)").
    func paged(_ title: String, page: Int) -> String {
        page <= 1 ? title : strings.text("paged_title", ["page": title, "number": String(page)])
    }

    /// `pagination` of a letter or tag page: `has_pages`, `current`, `count`,
    /// `previous_url`/`next_url` (absent at the ends) and `pages[]` (`number`, `url`,
    /// `is_current`, `is_gap` for the `…` between far pages), URLs relative to the page.
    func pagination(page: Int, count: Int, root: String, path: (Int) -> String) -> TemplateValue {
        func url(_ number: Int) -> TemplateValue { .string(root + SitePaths.href(path(number))) }
        var values: TemplateObject = [
            "has_pages": .bool(count > 1), "current": .int(page), "count": .int(count),
            "pages": .list(count > 1 ? SitePaging.shownPages(current: page, count: count).map { number in
                guard let number else { return ["is_gap": true] }
                return ["number": .int(number), "url": url(number), "is_current": .bool(number == page), "is_gap": false]
            } : []),
        ]
        if page > 1 { values["previous_url"] = url(page - 1) }
        if page < count { values["next_url"] = url(page + 1) }
        return .fields(values)
    }
}
