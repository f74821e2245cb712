import ArgumentParser
import Foundation
import GlossaryKit

/// Every line the tool prints goes through here: written at once and whole (unbuffered,
/// one `write` per call), so standard output and standard error merged into one log
/// (`2>&1`, every CI log) keep their order and never tear a line.
enum Console {
    /// A line (or lines) to standard output.
    static func out(_ text: String) {
        write(text, to: FileHandle.standardOutput)
    }

    /// A line (or lines) to standard error.
    static func error(_ text: String) {
        write(text, to: FileHandle.standardError)
    }

    /// Text that already ends in a line end (or is empty), to standard output.
    static func outRaw(_ text: String) {
        if !text.isEmpty { FileHandle.standardOutput.write(Data(text.utf8)) }
    }

    private static func write(_ text: String, to handle: FileHandle) {
        handle.write(Data((text.hasSuffix("\n") ? text : text + "\n").utf8))
    }

    /// Prints the diagnostics to standard error and gives the exit status their kind
    /// calls for, for the command to throw.
    static func reported(_ error: DiagnosticsError) -> ExitCode {
        Console.error(error.description)
        return ExitCode(ExitStatus.of(error))
    }

    /// A failed build's diagnostics and its one-line summary, on standard error.
    static func buildFailure(_ error: DiagnosticsError, outputFolder: String) -> ExitCode {
        let count = error.diagnostics.filter { $0.severity == .error }.count
        Console.error(error.description + "\nbuild failed with \(counted(count, "error")); \(outputFolder) was left as it was")
        return ExitCode(ExitStatus.of(error))
    }
}

/// "1 term", "2 terms".
func counted(_ count: Int, _ noun: String) -> String {
    "\(count) \(noun)\(count == 1 ? "" : "s")"
}

/// The documented exit statuses, the same for every subcommand: 0 success, 1 the input has
/// errors (or warnings under `check --strict`), 2 wrong usage or a folder/file that cannot
/// be read or written.
enum ExitStatus {
    static let inputErrors: Int32 = 1
    static let usage: Int32 = 2

    /// The status for an error: decided by its kind, never by its text.
    static func of(_ error: DiagnosticsError) -> Int32 {
        switch error.kind {
        case .input: inputErrors
        case .usage: usage
        }
    }
}
