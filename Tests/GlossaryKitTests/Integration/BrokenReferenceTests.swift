import Foundation
import Testing
@testable import GlossaryKit

/// A broken reference fails the whole build with a located error and touches no output.
@Suite struct BrokenReferenceTests {
    @Test func misspelledSeeAlsoInShippedContentFailsAndKeepsPreviousOutput() throws {
        let folder = try TemporaryFolder()
        let content = folder.child("Content")
        try FileTree.copy(TestPaths.content, to: content)
        let output = folder.child("Output")
        let options = BuildOptions(contentFolder: content, templatesFolder: TestPaths.templates, outputFolder: output)
        _ = try SiteBuilder.buildAndWrite(options)
        let before = try FileTree.read(output)

        let file = content + "/p/prm-tools.md"
        let original = try String(contentsOfFile: file, encoding: .utf8)
        let line = try #require(original.split(separator: "\n", omittingEmptySubsequences: false)
            .firstIndex { $0.hasPrefix("see_also:") }) + 1
        let broken = original.replacingOccurrences(
            of: "Partner Relationship Management (PRM)", with: "Partner Relationship Managment (PRM)")
        #expect(broken != original)
        try broken.write(toFile: file, atomically: true, encoding: .utf8)

        let error = try #require(throws: DiagnosticsError.self) { try SiteBuilder.buildAndWrite(options) }
        #expect(error.diagnostics.count == 1)
        let diagnostic = try #require(error.diagnostics.first)
        #expect(diagnostic.file == file)
        #expect(diagnostic.line == line)
        #expect(diagnostic.column == 12)  // "see_also: [" is 11 characters
        #expect(diagnostic.suggestions.first == "Partner Relationship Management (PRM)")
        #expect(diagnostic.description.hasPrefix("\(file):\(line):12: error: "))
        #expect(try FileTree.read(output) == before)
    }

    @Test func everyPlantedBrokenReferenceIsReportedWhereMakeCorpusPutIt() throws {
        for seed in [1, 7] {
            let folder = try TemporaryFolder()
            let corpus = try Corpus.make(terms: 400, seed: seed, broken: 12, into: folder.child("corpus"))
            let planted = try Corpus.brokenReferences(in: corpus)
            #expect(planted.count == 12)
            let options = BuildOptions(contentFolder: corpus, templatesFolder: TestPaths.templates, outputFolder: folder.child("out"))
            let error = try #require(throws: DiagnosticsError.self) { try SiteBuilder.build(options) }
            let reported = error.diagnostics.map { "\($0.file):\($0.line ?? 0):\($0.column ?? 0)" }.sorted()
            let expected = planted.map { "\(corpus)/\($0.file):\($0.line):\($0.column)" }.sorted()
            #expect(reported == expected, "seed \(seed)")
            for (diagnostic, plant) in zip(error.diagnostics, planted.sorted { $0.file < $1.file }) {
                #expect(diagnostic.message.contains("'\(plant.reference)'") || diagnostic.message.contains(plant.reference))
                #expect(!diagnostic.suggestions.isEmpty, "no suggestion for \(plant.reference)")
            }
            #expect(!FileManager.default.fileExists(atPath: folder.child("out")))
        }
    }
}
