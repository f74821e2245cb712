import Foundation

/// What a link destination is, read as a site reads it, before anything is looked up.
enum LinkDestination {
    /// A path on this site (`/x/`, `x/`, `../x/#a`): its path (trimmed, percent-decoded)
    /// and fragment; nil for what is never this site's page and stays as written: a scheme
    /// (`https:`, `mailto:`), `//host`, a bare `#fragment`, a `?query`, a file with an
    /// extension (`/img/a.png`, `notes.txt`; `.md` files are `termFileTarget`'s), or nothing.
    static func sitePath(_ url: String) -> (path: String, fragment: String?)? {
        let trimmed = url.trimmingCharacters(in: .whitespacesAndNewlines)
        guard let first = trimmed.first, first != "#", first != "?", !trimmed.hasPrefix("//"), !hasScheme(trimmed) else {
            return nil
        }
        let (rawPath, fragment) = split(trimmed)
        // A query asks a page for something (a search); no term page takes one.
        guard !rawPath.contains("?") else { return nil }
        let path = rawPath.removingPercentEncoding ?? rawPath
        guard !namesFile(path) else { return nil }
        return (path, fragment)
    }

    /// `mailto:`, `https:`, `c:`: a colon before any `/`, `?` or `#`.
    static func hasScheme(_ url: String) -> Bool {
        let head = url.prefix { $0 != "/" && $0 != "?" && $0 != "#" }
        return head.contains(":")
    }

    /// Whether the last segment is a file name with an extension. `index.html` is the page
    /// of its folder, and a path ending in `/` names a folder (a slug may hold a dot).
    static func namesFile(_ path: String) -> Bool {
        guard let last = path.split(separator: "/", omittingEmptySubsequences: false).last,
              last != "index.html", last != ".", last != "..", let dot = last.lastIndex(of: ".")
        else { return false }
        return last.index(after: dot) != last.endIndex
    }

    /// The path before `#` and the fragment after it (nil when empty).
    static func split(_ url: String) -> (String, String?) {
        let parts = url.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)
        let fragment = parts.count > 1 && !parts[1].isEmpty ? String(parts[1]) : nil
        return (String(parts[0]), fragment)
    }
}
