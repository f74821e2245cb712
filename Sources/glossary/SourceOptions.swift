import ArgumentParser

/// Where a glossary's sources are, shared by build, check and serve.
struct SourceOptions: ParsableArguments {
    @Option(help: "The folder of term files and glossary.yml.")
    var content = "Content"

    @Option(help: "The folder of Mustache templates and assets/ (check skips it when it does not exist).")
    var templates = "Templates"

    @Flag(help: "Include terms marked 'draft: true'.")
    var drafts = false
}
