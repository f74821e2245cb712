import ArgumentParser
import GlossaryKit

/// `--content`, shared by every command that reads or writes term files.
struct ContentOption: ParsableArguments {
    @Option(help: "The folder of term files and glossary.yml.")
    var content = "Content"
}

/// Where a glossary's sources are, shared by build, check and serve.
struct SourceOptions: ParsableArguments {
    @OptionGroup var contentOption: ContentOption
    var content: String { contentOption.content }

    @Option(help: "The folder of Mustache templates and assets/ (default: Templates, or the built-in theme when there is no Templates folder).")
    var templates: String?

    @Flag(help: "Include terms marked 'draft: true'.")
    var drafts = false

    @Flag(name: .customLong("no-git"), help: "Do not read the terms' last commit dates from git (no \"last updated\", dateModified or <lastmod>).")
    var noGit = false

    func validate() throws {
        if let problem = TemplatesChoice.problem(explicit: templates) { throw ValidationError(problem) }
    }

    /// The templates folder to build with (see `TemplatesChoice`).
    var templatesFolder: String { TemplatesChoice.folder(explicit: templates) }

    /// Whether the build uses the theme carried in the binary.
    var usesBuiltInTheme: Bool { templatesFolder == TemplatesChoice.builtIn }

    /// The build options these sources give; the command adds its own.
    func buildOptions() -> BuildOptions {
        var options = BuildOptions(contentFolder: content, templatesFolder: templatesFolder, includeDrafts: drafts)
        options.readsGit = !noGit
        return options
    }
}
