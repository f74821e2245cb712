import Yams

/// Turns Yams errors into diagnostics with positions in the whole file.
enum YAMLDiagnostics {
    static func diagnostic(for error: YamlError, file: String, positions: YAMLPositions) -> Diagnostic {
        switch error {
        case .scanner(let context, let problem, let mark, _),
             .parser(let context, let problem, let mark, _),
             .composer(let context, let problem, let mark, _):
            var message = "invalid YAML: \(problem)"
            if let context { message += " (\(context.text) at line \(positions.locate(context.mark).line))" }
            let (line, column) = positions.locate(mark)
            return Diagnostic(file: file, line: line, column: column, message: message)
        default:
            return Diagnostic(file: file, line: positions.lineOffset + 1, column: 1, message: "invalid YAML: \(error)")
        }
    }
}
