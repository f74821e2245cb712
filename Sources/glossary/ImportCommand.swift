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

    @Option(help: "The folder of term files to write into.")
    var content = "Content"

    func run() throws {
        do {
            let written = try GlossaryImport.run(csvPath: file, contentFolder: content)
            print("Imported \(written.count) term\(written.count == 1 ? "" : "s") into \(content)")
        } catch let failure as GlossaryImport.Failure {
            FileHandle.standardError.write(Data((failure.description + "\n").utf8))
            throw ExitCode(failure.kind == .badRows ? ExitStatus.inputErrors : ExitStatus.usage)
        }
    }
}
