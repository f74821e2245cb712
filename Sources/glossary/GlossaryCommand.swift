import ArgumentParser

/// The `glossary` tool: each subcommand parses its arguments and calls GlossaryKit.
@main
struct GlossaryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "glossary",
        abstract: "Builds a glossary website from one Markdown file per term.",
        version: "0.1.0",
        subcommands: [BuildCommand.self],
        defaultSubcommand: BuildCommand.self
    )
}
