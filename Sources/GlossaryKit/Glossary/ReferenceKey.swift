/// The form a reference is matched in: case-insensitive, with spaces, hyphens and
/// underscores treated alike, so "Partner-program" finds "Partner program".
public struct ReferenceKey: Hashable, Sendable, CustomStringConvertible {
    public let normalized: String

    /// Normalises a name as written by an author.
    public init(_ name: String) {
        var result = ""
        var pendingSeparator = false
        for character in name.lowercased() {
            if character == " " || character == "-" || character == "_" || character.isWhitespace {
                pendingSeparator = !result.isEmpty
            } else {
                if pendingSeparator { result.append(" ") }
                pendingSeparator = false
                result.append(character)
            }
        }
        normalized = result
    }

    public var description: String { normalized }
}
