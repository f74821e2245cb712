import ArgumentParser
import GlossaryKit

/// A first argument that is no subcommand (`glossary biuld`). `build` is the default
/// subcommand, so ArgumentParser would take it as build's and report an "unexpected
/// argument"; build has no positional arguments, so the word can only be a mistyped command.
enum UnknownCommand {
    /// The message for the arguments (without the program name), or nil when the first one
    /// is an option, a subcommand or `help`.
    static func message(for arguments: [String], commands: [String]) -> String? {
        guard let first = arguments.first, !first.hasPrefix("-"), !commands.contains(first), first != "help" else {
            return nil
        }
        if let closest = ClosestNames.closest(to: first, among: commands).first {
            return "unknown command '\(first)'; did you mean '\(closest)'?"
        }
        return "unknown command '\(first)'; the commands are " + commands.joined(separator: ", ")
    }

    static var commands: [String] {
        GlossaryCommand.configuration.subcommands.map { $0._commandName }
    }
}
