import ArgumentParser
import Foundation
import GlossaryKit

/// `glossary check`: every error a build would report, plus editorial warnings; writes
/// nothing.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check the glossary without building it: errors, plus warnings an editor wants.",
        discussion: """
            Exit status: 0 no errors (and no warnings with --strict), 1 errors (or warnings \
            with --strict), 2 wrong usage or a folder that cannot be read.
            """
    )

    @OptionGroup var sources: SourceOptions

    @Option(help: "text (with the source line), github (workflow annotations) or json (one object per line).")
    var format: DiagnosticFormatter.Format = .text

    @Flag(help: "Fail on warnings too.")
    var strict = false

    @OptionGroup var output_: OutputOptions

    func run() throws {
        // Standard error: standard output carries the diagnostics (JSON with --format json).
        if output_.verbose && sources.usesBuiltInTheme { printError(TemplatesChoice.builtInNote) }
        let report: GlossaryChecker.Report
        do {
            report = try GlossaryChecker.check(
                contentFolder: sources.content, templatesFolder: sources.templatesFolder, includeDrafts: sources.drafts,
                jobs: ProcessInfo.processInfo.activeProcessorCount)
        } catch let error as DiagnosticsError {
            FileHandle.standardError.write(Data(DiagnosticFormatter.format(error.diagnostics, as: format).utf8))
            throw ExitCode(ExitStatus.usage)
        }
        let shown = output_.quiet ? report.diagnostics.filter { $0.severity == .error } : report.diagnostics
        print(DiagnosticFormatter.format(shown, as: format), terminator: "")
        if format == .text && !output_.quiet {
            let summary = "\(report.termCount) terms: \(report.errorCount) error\(report.errorCount == 1 ? "" : "s"), "
                + "\(report.warningCount) warning\(report.warningCount == 1 ? "" : "s")"
            FileHandle.standardError.write(Data((summary + "\n").utf8))
        }
        if report.errorCount > 0 || (strict && report.warningCount > 0) { throw ExitCode(ExitStatus.inputErrors) }
    }
}

extension DiagnosticFormatter.Format: ExpressibleByArgument {}
