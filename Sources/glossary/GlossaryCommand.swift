import ArgumentParser
import Foundation
import GlossaryKit

/// The `glossary` tool: each subcommand parses its arguments and calls GlossaryKit.
///
/// Exit statuses, the same for every subcommand: 0 success, 1 the input has errors (or
/// warnings under `check --strict`), 2 wrong usage or a folder/file that cannot be read or
/// written.
@main
struct GlossaryCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "glossary",
        abstract: "Builds a glossary website from one Markdown file per term.",
        version: GlossaryVersion.current,
        subcommands: [
            BuildCommand.self, CheckCommand.self, NewCommand.self, ServeCommand.self, InitCommand.self, ExportCommand.self,
            ImportCommand.self,
        ],
        defaultSubcommand: BuildCommand.self
    )

    /// ArgumentParser exits 64 on a usage error; this tool documents 2, like most Unix tools.
    static func main() async {
        if let unknown = UnknownCommand.message(for: Array(CommandLine.arguments.dropFirst()), commands: UnknownCommand.commands) {
            FileHandle.standardError.write(Data("glossary: \(unknown)\n".utf8))
            Foundation.exit(ExitStatus.usage)
        }
        do {
            var command = try parseAsRoot()
            if var asyncCommand = command as? AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch {
            let code = exitCode(for: error)
            if code == .validationFailure {
                FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
                Foundation.exit(ExitStatus.usage)
            }
            exit(withError: error)
        }
    }
}
