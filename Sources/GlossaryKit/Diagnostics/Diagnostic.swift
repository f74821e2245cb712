/// One problem found in the input, located as precisely as the input allows.
public struct Diagnostic: Sendable, Equatable, CustomStringConvertible {
    /// How bad the problem is; errors fail the build.
    public enum Severity: String, Sendable {
        /// A note says what the tool did that the author may not expect (a page skipped).
        case error, warning, note
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

/// Thrown when a stage found problems; carries every diagnostic, not just the first, and
/// what kind of problem it is, which alone decides a command's exit status.
public struct DiagnosticsError: Error, Sendable, CustomStringConvertible {
    /// Bad input is the author's to fix (exit 1); a usage problem means the command was
    /// pointed at the wrong place or cannot read or write it at all (exit 2).
    public enum Kind: Sendable, Equatable {
        case input, usage
    }

    /// All problems found, in a stable order (file, line, column), each once.
    public let diagnostics: [Diagnostic]
    public let kind: Kind

    /// Wraps diagnostics, ordering them so that reports are deterministic and dropping
    /// repeats (two stages may find the same problem).
    public init(_ diagnostics: [Diagnostic], kind: Kind = .input) {
        self.diagnostics = Self.ordered(diagnostics)
        self.kind = kind
    }

    /// Sorted by file, line, column, then message and severity; exact repeats removed.
    public static func ordered(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        let sorted = diagnostics.sorted { a, b in
            (a.file, a.line ?? 0, a.column ?? 0, a.message, a.severity.rawValue)
                < (b.file, b.line ?? 0, b.column ?? 0, b.message, b.severity.rawValue)
        }
        var unique: [Diagnostic] = []
        unique.reserveCapacity(sorted.count)
        for diagnostic in sorted where unique.last != diagnostic { unique.append(diagnostic) }
        return unique
    }

    public var description: String {
        diagnostics.map(\.description).joined(separator: "\n")
    }
}
