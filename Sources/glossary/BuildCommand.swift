import ArgumentParser
import Foundation
import GlossaryKit

/// `glossary build`: Content/ + Templates/ → Output/, all or nothing.
struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Build the site into the output folder; on any error the previous output is left as it was."
    )

    @OptionGroup var sources: SourceOptions

    @Option(help: "The folder the site is written to; replaced whole by each successful build.")
    var output = "Output"

    @Option(help: "Threads to use (default: one per core); 1 builds serially.")
    var jobs: Int?

    @Flag(help: "Print the time spent in each stage.")
    var timings = false

    @Option(help: "The site's address, e.g. https://example.org/docs/glossary/ (overrides base_url in glossary.yml); internal links stay relative.")
    var baseURL: String?

    @OptionGroup var output_: OutputOptions

    func validate() throws {
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1") }
        if let baseURL, let problem = SiteSettings.baseURLProblem(baseURL) {
            throw ValidationError(problem.replacingOccurrences(of: "base_url", with: "--base-url"))
        }
        if let problem = OutputPlacement.problem(output: output, content: sources.content, templates: sources.templatesFolder) {
            throw ValidationError(problem)
        }
    }

    func run() throws {
        var options = sources.buildOptions()
        options.outputFolder = output
        if let jobs { options.jobs = jobs }
        options.baseURL = baseURL
        options.onStageStart = output_.progress
        defer { output_.endProgress() }
        if output_.verbose && sources.usesBuiltInTheme { Console.out(TemplatesChoice.builtInNote) }
        Interruption.install()
        do {
            let result = try SiteBuilder.buildAndWrite(options)
            output_.endProgress()
            if !output_.quiet {
                Console.out("Built \(counted(result.termCount, "term")) into \(output) (\(counted(result.fileCount, "file"))).")
            }
            if timings || output_.verbose { Console.out(result.timings.report) }
            // Exit while the build's data is still held: the process ends without spending
            // a tenth of a second freeing memory the system reclaims anyway.
            withExtendedLifetime(result.retained) { Foundation.exit(0) }
        } catch let error as DiagnosticsError {
            output_.endProgress()
            throw Console.buildFailure(error, outputFolder: output)
        } catch let interruption as Interruption.Interrupted {
            output_.endProgress()
            Console.error("glossary: build \(interruption); \(output) was left as it was")
            throw ExitCode(128 + interruption.signal)
        }
    }
}
