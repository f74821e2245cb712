import Foundation
import Yams

/// Turns Yams errors into diagnostics with positions in the whole file.
enum YAMLDiagnostics {
    static func diagnostic(for error: YamlError, file: String, positions: YAMLPositions) -> Diagnostic {
        switch error {
        case .scanner(let context, let problem, let mark, let yaml),
             .parser(let context, let problem, let mark, let yaml),
             .composer(let context, let problem, let mark, let yaml):
            var message = "invalid YAML: \(problem)"
            let contextLine = context.map { positions.locate($0.mark).line }
            if let context, let contextLine { message += " (\(context.text) at line \(contextLine))" }
            let lines = yaml.split(separator: "\n", omittingEmptySubsequences: false)
            let text = mark.line >= 1 && mark.line <= lines.count ? lines[mark.line - 1] : nil
            if let hint = hint(problem: problem, context: context?.text, contextLine: contextLine, line: text, column: mark.column) {
                message += "; " + hint
            }
            let (line, column) = positions.locate(mark)
            return Diagnostic(file: file, line: line, column: column, message: message)
        default:
            return Diagnostic(file: file, line: positions.lineOffset + 1, column: 1, message: "invalid YAML: \(error)")
        }
    }

    /// The usual cause of an error, and its fix, for the mistakes authors make most:
    /// a `: ` inside an unquoted value, a tab in the indentation, a `[` or `{` never closed.
    /// `line` is the YAML line the error is on, `column` its 1-based column there.
    static func hint(problem: String, context: String?, contextLine: Int?, line: Substring?, column: Int) -> String? {
        if problem == "mapping values are not allowed in this context", let line, let quoted = quotedValue(line) {
            return "a ': ' inside a value needs quotes: put the \(quoted.key) in quotes, \(quoted.key): \(quoted.value)"
        }
        if problem.contains("tab character") || (problem == "found character that cannot start any token"
            && line.map { column >= 1 && column <= $0.unicodeScalars.count && Array($0.unicodeScalars)[column - 1] == "\t" } == true) {
            return "the line is indented with a tab: YAML indents with spaces only"
        }
        if let contextLine, context == "while parsing a flow sequence", problem.hasPrefix("did not find expected ',' or ']'") {
            return "the '[' on line \(contextLine) is never closed: end the list with ']'"
        }
        if let contextLine, context == "while parsing a flow mapping", problem.hasPrefix("did not find expected ',' or '}'") {
            return "the '{' on line \(contextLine) is never closed: end it with '}'"
        }
        return nil
    }

    /// `key: some: value` → the key and the value double-quoted; nil when the value is
    /// already quoted or a list or mapping, or the line holds no `key: value`.
    static func quotedValue(_ line: Substring) -> (key: String, value: String)? {
        var text = line.drop { $0 == " " }
        if text.hasPrefix("- ") { text = text.dropFirst(2).drop { $0 == " " } }
        guard let separator = text.range(of: ": ") else { return nil }
        let key = text[..<separator.lowerBound].trimmingCharacters(in: .whitespaces)
        let value = text[separator.upperBound...].trimmingCharacters(in: .whitespaces)
        guard !key.isEmpty, !key.contains(" ") || key.count < 40, value.contains(": "),
              let first = value.first, !"\"'[{|>&*!%@`#".contains(first) else { return nil }
        return (key, NewTerm.yamlQuoted(value))
    }
}
