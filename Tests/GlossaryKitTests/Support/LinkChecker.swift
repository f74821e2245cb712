import Foundation

/// Follows every internal `href` and `src` of every HTML page in a built site, as a browser
/// would resolve it relative to the page, and reports the ones that lead to no file.
enum LinkChecker {
    struct Link: Equatable {
        var page: String
        var target: String
    }

    /// `rootPath` is where the site is on its host (the path of its base_url, `/` without
    /// one): a root-relative link (the 404 page's) resolves below it.
    static func brokenLinks(in site: String, rootPath: String = "/") throws -> [Link] {
        let files = try FileTree.read(site)
        var broken: [Link] = []
        for (page, data) in files where page.hasSuffix(".html") {
            let html = String(decoding: data, as: UTF8.self)
            for target in attributeValues(in: html, names: ["href", "src"]) where isInternal(target) {
                guard let resolved = resolve(target, from: page, rootPath: rootPath), files[resolved] != nil else {
                    broken.append(Link(page: page, target: target))
                    continue
                }
            }
        }
        return broken.sorted { ($0.page, $0.target) < ($1.page, $1.target) }
    }

    /// Every internal link target of a page, for tests that look for a particular link.
    static func attributeValues(in html: String, names: [String]) -> [String] {
        var values: [String] = []
        for name in names {
            var rest = html[...]
            while let range = rest.range(of: " \(name)=\"") {
                let after = rest[range.upperBound...]
                guard let end = after.firstIndex(of: "\"") else { break }
                values.append(decodeEntities(String(after[..<end])))
                rest = after[end...]
            }
        }
        return values
    }

    static func isInternal(_ target: String) -> Bool {
        if target.isEmpty || target.hasPrefix("#") || target.hasPrefix("//") { return false }
        if let colon = target.firstIndex(of: ":"), !target[..<colon].contains("/") { return false }
        return true
    }

    /// The site-relative path a link leads to, or nil when it climbs above the site root.
    static func resolve(_ target: String, from page: String, rootPath: String = "/") -> String? {
        var path = String(target.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)[0])
        path = String(path.split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false)[0])
        path = path.removingPercentEncoding ?? path
        var page = page
        if path.hasPrefix("/") {
            guard path.hasPrefix(rootPath) else { return nil }
            path = String(path.dropFirst(rootPath.count))
            page = "index.html"
        }
        var components = page.split(separator: "/").dropLast().map(String.init)
        for part in path.split(separator: "/", omittingEmptySubsequences: false) {
            switch part {
            case ".", "": continue
            case "..":
                guard !components.isEmpty else { return nil }
                components.removeLast()
            default: components.append(String(part))
            }
        }
        if path.isEmpty || path.hasSuffix("/") { components.append("index.html") }
        return components.joined(separator: "/")
    }

    private static func decodeEntities(_ text: String) -> String {
        text.replacingOccurrences(of: "&amp;", with: "&").replacingOccurrences(of: "&#39;", with: "'")
            .replacingOccurrences(of: "&quot;", with: "\"")
    }
}
