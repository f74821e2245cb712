import ArgumentParser
import Foundation
import GlossaryKit

/// `glossary export`: the whole glossary as JSON or CSV.
struct ExportCommand: ParsableCommand {
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case json, csv
    }

    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write every term (all fields, body as Markdown and HTML) as JSON or CSV.",
        discussion: """
            Drafts are included. Exit status: 0 written, 1 the glossary has errors, 2 wrong usage \
            or a folder/file that cannot be read or written.
            """
    )

    @Option(help: "json (schema glossary-export, version 1) or csv.")
    var format: Format = .json

    @OptionGroup var content: ContentOption

    @Option(name: .shortAndLong, help: "Write to this file instead of standard output.")
    var output: String?

    func run() throws {
        let document: ExportDocument
        do {
            document = try GlossaryExport.document(contentFolder: content.content)
        } catch {
            throw Console.reported(error)
        }
        let data = switch format {
        case .json: try GlossaryExport.json(document)
        case .csv: try GlossaryExport.csv(document.terms)
        }
        if let output {
            do {
                try data.write(to: URL(fileURLWithPath: output))
            } catch {
                Console.error("\(output): error: cannot write the file")
                throw ExitCode(ExitStatus.usage)
            }
        } else {
            FileHandle.standardOutput.write(data)
        }
    }
}
