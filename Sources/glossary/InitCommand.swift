import ArgumentParser
import Foundation
import GlossaryKit

/// `glossary init [folder]`: scaffolds a new glossary project.
struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Start a new glossary: Content/glossary.yml, one example term and the default Templates/.",
        discussion: "Refuses a folder that already has Content/ or Templates/."
    )

    @Argument(help: "The folder to create the project in (made if missing).")
    var folder = "."

    func run() throws {
        do {
            let written = try ProjectInitializer.initialize(folder: folder)
            Console.out("Created a glossary in \(folder) (\(written.count) files). Next: cd \(folder) && glossary build")
        } catch let error as DiagnosticsError {
            throw Console.reported(error)
        }
    }
}
