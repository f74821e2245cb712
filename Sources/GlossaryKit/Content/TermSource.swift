/// One term file as read from disk: where it is and its text, before any parsing.
public struct TermSource: Sendable {
    /// The path diagnostics print: the content folder as given, joined with `relativePath`.
    public var displayPath: String
    /// The path inside the content folder, with `/` separators (`p/prm-tools.md`).
    public var relativePath: String
    /// The file's text, with a leading BOM removed and CRLF line ends made LF.
    public var text: String

    /// Creates a source; `text` is expected to be normalised already (see `ContentLoader`).
    public init(displayPath: String, relativePath: String, text: String) {
        self.displayPath = displayPath
        self.relativePath = relativePath
        self.text = text
    }
}

/// Where a term came from, kept after its text is parsed (the text itself is dropped, so a
/// large glossary is not held in memory twice).
public struct TermFile: Sendable {
    /// The path diagnostics print.
    public var displayPath: String
    /// The path inside the content folder, with `/` separators.
    public var relativePath: String
}
