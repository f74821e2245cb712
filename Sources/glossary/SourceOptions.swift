import ArgumentParser

/// Where a glossary's sources are, shared by build, check and serve.
struct SourceOptions: ParsableArguments {
    @Option(help: "The folder of term files and glossary.yml.")
    var content = "Content"

    @Option(help: "The folder of Mustache templates and assets/ (default: Templates, or the built-in theme when there is no Templates folder).")
    var templates: String?

    @Flag(help: "Include terms marked 'draft: true'.")
    var drafts = false

    func validate() throws {
        if let problem = TemplatesChoice.problem(explicit: templates) { throw ValidationError(problem) }
    }

    /// The templates folder to build with (see `TemplatesChoice`).
    var templatesFolder: String { TemplatesChoice.folder(explicit: templates) }

    /// Whether the build uses the theme carried in the binary.
    var usesBuiltInTheme: Bool { templatesFolder == TemplatesChoice.builtIn }
}
