import Foundation
import Testing
@testable import GlossaryKit

/// Small in-memory term files for the unit tests, namespaced so they cannot clash with
/// helpers elsewhere in the test target.
enum UnitFixtures {
    /// A term file's text: front matter lines between fences, then the body.
    static func file(_ frontMatter: [String], body: String = "") -> String {
        (["---"] + frontMatter + ["---"]).joined(separator: "\n") + "\n" + body
    }

    static func source(_ relativePath: String, _ text: String) -> TermSource {
        TermSource(displayPath: "Content/" + relativePath, relativePath: relativePath, text: text)
    }

    static func term(_ relativePath: String, _ text: String) throws -> Term {
        try TermParser.parse(source(relativePath, text))
    }

    /// A term from a title and extra front matter lines.
    static func term(_ relativePath: String, title: String, _ lines: [String] = [], body: String = "") throws -> Term {
        try term(relativePath, file(["title: \(title)"] + lines, body: body))
    }

    /// The diagnostics a throwing call produced; records an issue when it does not throw
    /// a `DiagnosticsError`.
    static func diagnostics(
        sourceLocation: SourceLocation = #_sourceLocation, _ body: () throws -> Void
    ) -> [Diagnostic] {
        do {
            try body()
            Issue.record("expected a DiagnosticsError, nothing was thrown", sourceLocation: sourceLocation)
        } catch let error as DiagnosticsError {
            return error.diagnostics
        } catch {
            Issue.record("expected a DiagnosticsError, got \(error)", sourceLocation: sourceLocation)
        }
        return []
    }

    /// The single diagnostic a throwing call produced.
    static func diagnostic(
        sourceLocation: SourceLocation = #_sourceLocation, _ body: () throws -> Void
    ) throws -> Diagnostic {
        let all = diagnostics(sourceLocation: sourceLocation, body)
        try #require(all.count == 1, "expected one diagnostic, got \(all)", sourceLocation: sourceLocation)
        return all[0]
    }
}
