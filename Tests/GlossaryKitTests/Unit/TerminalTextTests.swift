import Foundation
import Testing
@testable import GlossaryKit

/// Diagnostics quote text from term files; printed on a terminal, none of it may carry an
/// escape sequence or a bidi override.
@Suite("Terminal-safe diagnostics")
struct TerminalTextTests {
    @Test func controlAndBidiCharactersAreShownEscaped() {
        #expect(TerminalText.visible("a\u{1B}[2Jb") == #"a\u{1B}[2Jb"#)
        #expect(TerminalText.visible("x\u{7}\u{9B}\u{202E}y\u{2066}") == #"x\u{7}\u{9B}\u{202E}y\u{2066}"#)
        #expect(TerminalText.visible("tab\tand Café — ’") == "tab\tand Café — ’")
    }

    @Test func aDiagnosticQuotingAHostileTitlePrintsNoEscape() {
        let diagnostic = Diagnostic(
            file: "Content/b.md", line: 3, column: 11, message: "see_also reference 'Evil' names no term of this glossary",
            suggestions: ["\u{1B}]0;pwned\u{7}Evil"])
        #expect(!diagnostic.description.unicodeScalars.contains("\u{1B}"))
        #expect(diagnostic.description.hasSuffix(#"did you mean '\u{1B}]0;pwned\u{7}Evil'?"#))
    }

    /// The real binary, on a title that sets the terminal's window title when printed raw.
    @Test func buildAndCheckPrintNoEscapeSequences() throws {
        let folder = try TemporaryFolder()
        let content = try folder.write([
            "a.md": "---\ntitle: \"\\e]0;pwned\\a Evil\"\n---\n\nText.\n",
            "b.md": "---\ntitle: Other\nsee_also: [\"Evil \\e[2J\"]\n---\n\nText.\n",
        ], under: "Content")
        for command in [["build", "--output", folder.child("Output")], ["check"]] {
            let run = try CommandRun.glossary(command + ["--content", content, "--templates", TestPaths.templates])
            #expect(run.status == 1)
            // build reports on standard error; check lists its findings on standard output.
            let printed = run.standardOutput + run.standardError
            #expect(printed.contains(#"b.md:3:12: error: see_also reference 'Evil \u{1B}[2J' names no term"#), "\(printed)")
            #expect(!run.standardError.unicodeScalars.contains("\u{1B}") && !run.standardOutput.unicodeScalars.contains("\u{1B}"))
        }
    }
}
