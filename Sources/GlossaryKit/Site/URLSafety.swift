/// Which author-written URLs may become links: the rule cmark applies to the body
/// (`javascript:`, `vbscript:`, `file:` and `data:` other than PNG, GIF, JPEG or WebP
/// images are unsafe), for the URLs cmark never sees, such as `related` `{title, url}`
/// entries.
enum URLSafety {
    /// Whether `url` names an unsafe scheme as a browser would read it: the WHATWG URL
    /// parser drops leading and trailing spaces and C0 controls and every tab and line
    /// break before it looks for the scheme, so `" java\tscript:"` is `javascript:`.
    static func isUnsafe(_ url: String) -> Bool {
        var bytes = url.utf8.drop { $0 <= 0x20 }.filter { $0 != 0x09 && $0 != 0x0A && $0 != 0x0D }
        while let last = bytes.last, last <= 0x20 { bytes.removeLast() }
        let scheme = String(decoding: bytes.prefix(16).map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 0x20 : $0 }, as: UTF8.self)
        if scheme.hasPrefix("javascript:") || scheme.hasPrefix("vbscript:") || scheme.hasPrefix("file:") { return true }
        guard scheme.hasPrefix("data:") else { return false }
        return !["data:image/png", "data:image/gif", "data:image/jpeg", "data:image/webp"].contains { scheme.hasPrefix($0) }
    }
}
