import Foundation

/// Where the repository, its fixtures and the shared folder are, found from this file.
enum TestPaths {
    static let repositoryRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static let content = repositoryRoot.appendingPathComponent("Content").path
    static let templates = repositoryRoot.appendingPathComponent("Templates").path
    static let fixtures = repositoryRoot.appendingPathComponent("Tests/GlossaryKitTests/Fixtures")
    /// `../shared` beside the repository, as on every developer machine and in CI.
    static let shared = repositoryRoot.deletingLastPathComponent().appendingPathComponent("shared")
    static let makeCorpus = shared.appendingPathComponent("bench/make-corpus.py").path

    /// The `glossary` binary SwiftPM built next to the test bundle.
    static var binary: URL {
        let testBundle = URL(fileURLWithPath: CommandLine.arguments[0])
        let besideBundle = testBundle.deletingLastPathComponent().appendingPathComponent("glossary")
        if FileManager.default.isExecutableFile(atPath: besideBundle.path) { return besideBundle }
        return Bundle.allBundles.map { $0.bundleURL.deletingLastPathComponent().appendingPathComponent("glossary") }
            .first { FileManager.default.isExecutableFile(atPath: $0.path) } ?? besideBundle
    }
}
