import Yams

/// Turns Yams errors into diagnostics with positions in the whole file.
enum YAMLDiagnostics {
    /// `lineOffset` is the number of file lines before the YAML text (1 for front matter,
    /// whose first line is the opening `---`).
    static func diagnostic(for error: YamlError, file: String, lineOffset: Int) -> Diagnostic {
        switch error {
        case .scanner(let context, let problem, let mark, _),
             .parser(let context, let problem, let mark, _),
             .composer(let context, let problem, let mark, _):
            var message = "invalid YAML: \(problem)"
            if let context { message += " (\(context.text) at line \(context.mark.line + lineOffset))" }
            return Diagnostic(file: file, line: mark.line + lineOffset, column: mark.column, message: message)
        default:
            return Diagnostic(file: file, line: lineOffset + 1, column: 1, message: "invalid YAML: \(error)")
        }
    }
}
