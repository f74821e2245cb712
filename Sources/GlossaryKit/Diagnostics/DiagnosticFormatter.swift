import Foundation

/// Prints diagnostics for people (`text`, with the source line and a caret), for GitHub
/// Actions (`github` workflow annotations) or for tools (`json`, one object per line).
public enum DiagnosticFormatter {
    public enum Format: String, CaseIterable, Sendable {
        case text, json, github
    }

    public static func format(_ diagnostics: [Diagnostic], as format: Format) -> String {
        var sources = SourceLines()
        return diagnostics.map { diagnostic in
            switch format {
            case .text: return text(diagnostic, sources: &sources)
            case .json: return json(diagnostic)
            case .github: return github(diagnostic)
            }
        }.joined()
    }

    /// `path:line:column: warning: message`, then the line and a caret under the column.
    static func text(_ diagnostic: Diagnostic, sources: inout SourceLines) -> String {
        var out = diagnostic.description + "\n"
        if let line = diagnostic.line, let source = sources.line(line, of: diagnostic.file) {
            let column = max(1, diagnostic.column ?? 1)
            // Tabs become spaces so the caret, one space per Unicode scalar, lines up.
            let shown = TerminalText.visible(source.replacingOccurrences(of: "\t", with: " "))
            let padding = String(repeating: " ", count: min(column - 1, shown.unicodeScalars.count))
            out += "    \(shown)\n    \(padding)^\n"
        }
        return out
    }

    /// `::warning file=…,line=…,col=…::message`, escaped as the workflow commands require.
    static func github(_ diagnostic: Diagnostic) -> String {
        var properties = ["file=\(escapeProperty(diagnostic.file))"]
        if let line = diagnostic.line { properties.append("line=\(line)") }
        if let column = diagnostic.column { properties.append("col=\(column)") }
        var message = diagnostic.message
        if !diagnostic.suggestions.isEmpty {
            message += "; did you mean " + diagnostic.suggestions.map { "'\($0)'" }.joined(separator: " or ") + "?"
        }
        // GitHub's workflow commands call a note a notice.
        let command = diagnostic.severity == .note ? "notice" : diagnostic.severity.rawValue
        return "::\(command) \(properties.joined(separator: ","))::\(escapeData(message))\n"
    }

    /// `{"column":…,"file":…,"line":…,"message":…,"severity":…,"suggestions":[…]}`.
    static func json(_ diagnostic: Diagnostic) -> String {
        var out: [UInt8] = Array("{\"column\":".utf8)
        out += Array((diagnostic.column.map(String.init) ?? "null").utf8)
        out += Array(",\"file\":".utf8)
        JSONText.appendString(diagnostic.file, to: &out)
        out += Array(",\"line\":".utf8)
        out += Array((diagnostic.line.map(String.init) ?? "null").utf8)
        out += Array(",\"message\":".utf8)
        JSONText.appendString(diagnostic.message, to: &out)
        out += Array(",\"severity\":".utf8)
        JSONText.appendString(diagnostic.severity.rawValue, to: &out)
        out += Array(",\"suggestions\":".utf8)
        JSONText.appendArray(diagnostic.suggestions, to: &out)
        out += Array("}\n".utf8)
        return String(decoding: out, as: UTF8.self)
    }

    private static func escapeData(_ text: String) -> String {
        text.replacingOccurrences(of: "%", with: "%25").replacingOccurrences(of: "\r", with: "%0D")
            .replacingOccurrences(of: "\n", with: "%0A")
    }

    private static func escapeProperty(_ text: String) -> String {
        escapeData(text).replacingOccurrences(of: ":", with: "%3A").replacingOccurrences(of: ",", with: "%2C")
    }

    /// Lines of the files diagnostics point into, read once each.
    struct SourceLines {
        private var files: [String: [String]] = [:]

        mutating func line(_ number: Int, of path: String) -> String? {
            if files[path] == nil {
                let text = FileManager.default.contents(atPath: path).flatMap { try? TextFile.decode($0, displayPath: path) }
                files[path] = text.map { $0.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) } ?? []
            }
            guard let lines = files[path], number >= 1, number <= lines.count else { return nil }
            return lines[number - 1]
        }
    }
}
