/// One problem found in the input, located as precisely as the input allows.
public struct Diagnostic: Sendable, Equatable, CustomStringConvertible {
    /// How bad the problem is; errors fail the build.
    public enum Severity: String, Sendable {
        case error, warning
    }

    /// The file the problem is in, as given to the build (relative paths stay relative).
    public var file: String
    /// 1-based line, or nil when the problem concerns the whole file.
    public var line: Int?
    /// 1-based column counted in Unicode scalars, or nil.
    public var column: Int?
    public var severity: Severity
    public var message: String
    /// Close matches offered to the author ("did you mean ...").
    public var suggestions: [String]

    /// Creates a diagnostic; `suggestions` become a "did you mean" clause in `description`.
    public init(
        file: String, line: Int? = nil, column: Int? = nil, severity: Severity = .error,
        message: String, suggestions: [String] = []
    ) {
        self.file = file
        self.line = line
        self.column = column
        self.severity = severity
        self.message = message
        self.suggestions = suggestions
    }

    /// `path:line:column: error: message`, the form editors and CI logs make clickable;
    /// control characters quoted from term files are shown escaped (`TerminalText`).
    public var description: String {
        TerminalText.visible(plainDescription)
    }

    private var plainDescription: String {
        var location = file
        if let line {
            location += ":\(line)"
            if let column { location += ":\(column)" }
        }
        var text = "\(location): \(severity.rawValue): \(message)"
        if !suggestions.isEmpty {
            text += "; did you mean " + suggestions.map { "'\($0)'" }.joined(separator: " or ") + "?"
        }
        return text
    }
}

/// Thrown when a stage found problems; carries every diagnostic, not just the first.
public struct DiagnosticsError: Error, Sendable, CustomStringConvertible {
    /// All problems found, in a stable order (file, line, column).
    public let diagnostics: [Diagnostic]

    /// Wraps diagnostics, ordering them so that reports are deterministic.
    public init(_ diagnostics: [Diagnostic]) {
        self.diagnostics = diagnostics.sorted { a, b in
            (a.file, a.line ?? 0, a.column ?? 0, a.message) < (b.file, b.line ?? 0, b.column ?? 0, b.message)
        }
    }

    public var description: String {
        diagnostics.map(\.description).joined(separator: "\n")
    }
}
