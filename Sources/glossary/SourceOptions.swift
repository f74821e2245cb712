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

    @Option(help: "The folder of Mustache templates and assets/ (check skips it when it does not exist).")
    var templates = "Templates"

    @Flag(help: "Include terms marked 'draft: true'.")
    var drafts = false

    /// The build options these sources give; the command adds its own.
    func buildOptions() -> BuildOptions {
        BuildOptions(contentFolder: content, templatesFolder: templates, includeDrafts: drafts)
    }
}
