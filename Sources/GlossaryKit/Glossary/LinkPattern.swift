/// One `ignore_links:` pattern: a site path glob, matched segment by segment, where `*`
/// matches within one segment and `**` any number of segments (`/docs/**`, `/blog/*`).
struct LinkPattern: Sendable {
    private let segments: [Substring]

    /// A leading `/` is optional: every pattern is read from the site root.
    init(_ pattern: String) {
        segments = pattern.split(separator: "/")
    }

    /// Whether the path (its segments from the root, empty ones dropped) matches.
    func matches(_ path: [String]) -> Bool {
        Self.match(segments[...], path[...])
    }

    private static func match(_ pattern: ArraySlice<Substring>, _ path: ArraySlice<String>) -> Bool {
        guard let first = pattern.first else { return path.isEmpty }
        if first == "**" {
            // Zero or more whole segments.
            return path.indices.contains { match(pattern.dropFirst(), path[$0...]) } || match(pattern.dropFirst(), path[path.endIndex...])
        }
        guard let segment = path.first, matchSegment(Array(first.unicodeScalars)[...], Array(segment.unicodeScalars)[...]) else {
            return false
        }
        return match(pattern.dropFirst(), path.dropFirst())
    }

    /// `*` any run of characters, `?` one; everything else as written.
    private static func matchSegment(_ pattern: ArraySlice<Unicode.Scalar>, _ text: ArraySlice<Unicode.Scalar>) -> Bool {
        guard let first = pattern.first else { return text.isEmpty }
        switch first {
        case "*":
            return (text.startIndex...text.endIndex).contains { matchSegment(pattern.dropFirst(), text[$0...]) }
        case "?":
            return !text.isEmpty && matchSegment(pattern.dropFirst(), text.dropFirst())
        default:
            return text.first == first && matchSegment(pattern.dropFirst(), text.dropFirst())
        }
    }
}
