import Foundation

/// What a link destination is, read as a site reads it, before anything is looked up.
enum LinkDestination {
    /// A path on this site (`/x/`, `x/`, `../x/#a`): its path (trimmed, percent-decoded)
    /// and fragment; nil for what is never this site's page and stays as written: a scheme
    /// (`https:`, `mailto:`), `//host`, a bare `#fragment`, a `?query`, a file with an
    /// extension (`/img/a.png`, `notes.txt`; `.md` files are `termFileTarget`'s), or nothing.
    static func sitePath(_ url: String) -> (path: String, fragment: String?)? {
        let trimmed = trimmed(url)
        guard let first = trimmed.utf8.first, first != UInt8(ascii: "#"), first != UInt8(ascii: "?"),
              !trimmed.hasPrefix("//"), !hasScheme(trimmed)
        else {
            return nil
        }
        let (rawPath, fragment) = split(trimmed)
        // A query asks a page for something (a search); no term page takes one.
        guard !rawPath.utf8.contains(UInt8(ascii: "?")) else { return nil }
        let path = decoded(rawPath)
        guard !namesFile(path) else { return nil }
        return (path, fragment)
    }

    // Every link of every body passes through these two: they skip Foundation's trimming and
    // decoding when there is nothing to trim or decode (nearly always).

    /// Without leading and trailing white space.
    static func trimmed(_ url: String) -> String {
        let padded = [url.unicodeScalars.first, url.unicodeScalars.last].contains { $0?.properties.isWhitespace ?? false }
        return padded ? url.trimmingCharacters(in: .whitespacesAndNewlines) : url
    }

    /// Percent-decoded (`%20` → space); as written when it holds no valid escape.
    static func decoded(_ path: String) -> String {
        path.utf8.contains(UInt8(ascii: "%")) ? path.removingPercentEncoding ?? path : path
    }

    /// `mailto:`, `https:`, `c:`: a colon before any `/`, `?` or `#`.
    static func hasScheme(_ url: String) -> Bool {
        for byte in url.utf8 {
            switch byte {
            case UInt8(ascii: ":"): return true
            case UInt8(ascii: "/"), UInt8(ascii: "?"), UInt8(ascii: "#"): return false
            default: continue
            }
        }
        return false
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
        guard let hash = url.utf8.firstIndex(of: UInt8(ascii: "#")) else { return (url, nil) }
        let after = url.utf8.index(after: hash)
        let fragment = after == url.utf8.endIndex ? nil : String(url[after...])
        return (String(url[..<hash]), fragment)
    }
}
