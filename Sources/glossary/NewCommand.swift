import ArgumentParser
import Foundation
import GlossaryKit

/// `glossary new "Term title"`: scaffolds one term file.
struct NewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: "Write a new term file with the front matter skeleton, in the folder its letter uses.",
        discussion: "The term starts as a draft ('draft: true'): builds leave it out until that line is removed, or --drafts is given. Refuses to overwrite a file, or to add a title or slug an existing term already has."
    )

    @Argument(help: "The term's title, e.g. \"Partner program\".")
    var title: String

    @OptionGroup var content: ContentOption

    func run() throws {
        do {
            let created = try NewTerm.create(title: title, contentFolder: content.content)
            Console.out("Created \(created.path) (a draft: remove 'draft: true' to publish it, or build with --drafts)")
        } catch let error as DiagnosticsError {
            throw Console.reported(error)
        }
    }
}
