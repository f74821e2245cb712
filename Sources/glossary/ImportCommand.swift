import ArgumentParser
import Foundation
import GlossaryKit

/// `glossary import terms.csv`: one term file per row, all or nothing.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Write one term file per CSV row into the content folder.",
        discussion: """
            Columns (header names case-insensitive, '_', '-' and spaces alike): title and \
            definition required; path, slug, example, part_of_speech, aliases, tags, see_also, \
            related, description, draft, extra optional. Nothing is written unless every row is \
            good; existing files are never overwritten. Exit status: 0 written, 1 bad rows, \
            2 wrong usage or a file that cannot be read or written.
            """
    )

    @Argument(help: "The CSV file, e.g. terms.csv.")
    var file: String

    @OptionGroup var content: ContentOption

    func run() throws {
        do {
            let written = try GlossaryImport.run(csvPath: file, contentFolder: content.content)
            Console.out("Imported \(counted(written.count, "term")) into \(content.content)")
        } catch let failure as GlossaryImport.Failure {
            Console.error(failure.description)
            throw ExitCode(failure.kind == .badRows ? ExitStatus.inputErrors : ExitStatus.usage)
        }
    }
}
