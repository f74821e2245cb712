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

    @Flag(help: "Report, per language, the default language's terms without a translation and translations older than their source (by git).")
    var translations = false

    @OptionGroup var output_: OutputOptions

    func run() throws {
        // Standard error: standard output carries the diagnostics (JSON with --format json).
        if output_.verbose && sources.usesBuiltInTheme { Console.error(TemplatesChoice.builtInNote) }
        if translations {
            do {
                guard let report = try TranslationReport.make(
                    contentFolder: sources.content, includeDrafts: sources.drafts, jobs: ProcessInfo.processInfo.activeProcessorCount,
                    readsGit: !sources.noGit)
                else {
                    Console.error("the glossary has one language: list its languages in glossary.yml ('languages:') for a translators' report")
                    throw ExitCode(ExitStatus.inputErrors)
                }
                Console.outRaw(format == .json ? report.json : report.text)
            } catch let error as DiagnosticsError {
                Console.error(DiagnosticFormatter.format(error.diagnostics, as: format))
                throw ExitCode(ExitStatus.of(error))
            }
            return
        }
        let report: GlossaryChecker.Report
        do {
            report = try GlossaryChecker.check(
                contentFolder: sources.content, templatesFolder: sources.templatesFolder, includeDrafts: sources.drafts,
                jobs: ProcessInfo.processInfo.activeProcessorCount)
        } catch {
            Console.error(DiagnosticFormatter.format(error.diagnostics, as: format))
            throw ExitCode(ExitStatus.of(error))
        }
        let shown = output_.quiet ? report.diagnostics.filter { $0.severity == .error } : report.diagnostics
        Console.outRaw(DiagnosticFormatter.format(shown, as: format))
        if format == .text && !output_.quiet {
            Console.error(
                "\(counted(report.termCount, "term")): \(counted(report.errorCount, "error")), "
                    + counted(report.warningCount, "warning"))
        }
        if report.errorCount > 0 || (strict && report.warningCount > 0) { throw ExitCode(ExitStatus.inputErrors) }
    }
}

extension DiagnosticFormatter.Format: ExpressibleByArgument {}
