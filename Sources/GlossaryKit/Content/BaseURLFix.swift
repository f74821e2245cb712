/// The `base_url` an author most likely meant when the one written has no scheme:
/// `me.github.io/gloss` → `https://me.github.io/gloss/`, `docs/` → `/docs/`.
enum BaseURLFix {
    /// A first path segment that names a host: it has a dot (`me.github.io`), a port
    /// (`localhost:8000`), or is `localhost`.
    static func looksLikeHost<S: StringProtocol>(_ segment: S) -> Bool {
        let host = segment.prefix { $0 != ":" }
        return host.contains(".") || host.lowercased() == "localhost"
    }

    /// The address with `https://` (for a host) or a leading `/` (for a path) and one
    /// trailing slash; nil when neither fits.
    static func suggestion(for url: String) -> String? {
        var rest = Substring(url)
        while rest.hasPrefix("/") { rest = rest.dropFirst() }
        guard !rest.isEmpty else { return nil }
        let firstSegment = rest.prefix { $0 != "/" && $0 != "?" && $0 != "#" }
        let fixed = (looksLikeHost(firstSegment) ? "https://" : "/") + rest
        return fixed.hasSuffix("/") || fixed.contains("?") || fixed.contains("#") ? fixed : fixed + "/"
    }
}
