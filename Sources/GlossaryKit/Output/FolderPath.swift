/// Path arithmetic on plain strings. Foundation's `NSString.deletingLastPathComponent`
/// traps on a one-character relative path (`--output o` crashed the build with SIGILL),
/// so the tool does this itself.
package enum FolderPath {
    /// The folder holding `path`: "" for a name without a folder (`o`, `Output/`), `/` for
    /// a name at the root; trailing slashes are ignored.
    package static func parent(of path: String) -> String {
        var end = path.endIndex
        while end > path.startIndex, path[path.index(before: end)] == "/" { end = path.index(before: end) }
        guard let slash = path[..<end].lastIndex(of: "/") else { return "" }
        var parentEnd = slash
        while parentEnd > path.startIndex, path[path.index(before: parentEnd)] == "/" { parentEnd = path.index(before: parentEnd) }
        return parentEnd == path.startIndex ? "/" : String(path[..<parentEnd])
    }
}
