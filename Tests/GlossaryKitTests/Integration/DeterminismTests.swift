import Foundation
import Testing
@testable import GlossaryKit

/// Two builds of the same input are byte-identical, however many threads build them.
@Suite struct DeterminismTests {
    @Test func twoBuildsOfTheShippedGlossaryAreIdentical() throws {
        let folder = try TemporaryFolder()
        var trees: [[String: Data]] = []
        for name in ["first", "second"] {
            let output = folder.child(name)
            _ = try SiteBuilder.buildAndWrite(
                BuildOptions(contentFolder: TestPaths.content, templatesFolder: TestPaths.templates, outputFolder: output))
            trees.append(try FileTree.read(output))
        }
        #expect(trees[0].count > 50)
        #expect(trees[0] == trees[1])
    }

    @Test func parallelBuildEqualsSerialBuild() throws {
        let folder = try TemporaryFolder()
        let corpus = try Corpus.make(terms: 300, seed: 5, into: folder.child("corpus"))
        func build(jobs: Int) throws -> [String: Data] {
            let output = folder.child("out-\(jobs)")
            _ = try SiteBuilder.buildAndWrite(
                BuildOptions(contentFolder: corpus, templatesFolder: TestPaths.templates, outputFolder: output, jobs: jobs))
            return try FileTree.read(output)
        }
        let serial = try build(jobs: 1)
        let parallel = try build(jobs: 4)
        #expect(serial.keys.filter { $0.hasPrefix("terms/") }.count == 300)
        #expect(serial == parallel)
    }
}
