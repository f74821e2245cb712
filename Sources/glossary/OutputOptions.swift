import ArgumentParser
import Foundation

/// `--quiet` and `--verbose`, shared by the commands that report progress.
struct OutputOptions: ParsableArguments {
    @Flag(name: .shortAndLong, help: "Print errors only.")
    var quiet = false

    @Flag(name: .shortAndLong, help: "Print more: the time of each stage.")
    var verbose = false

    func validate() throws {
        if quiet && verbose { throw ValidationError("--quiet and --verbose exclude each other") }
    }

    /// A progress line on standard error while a build runs, rewritten in place; only on a
    /// terminal (CI logs and pipes stay clean) and never with --quiet.
    var progress: (@Sendable (String) -> Void)? {
        guard !quiet, isatty(STDERR_FILENO) == 1 else { return nil }
        return { stage in
            FileHandle.standardError.write(Data("\r\u{1B}[2K  \(stage)…".utf8))
        }
    }

    /// Clears the progress line.
    func endProgress() {
        if progress != nil { FileHandle.standardError.write(Data("\r\u{1B}[2K".utf8)) }
    }
}
