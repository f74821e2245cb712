import Foundation

/// Synthetic glossaries written by the shared `make-corpus.py`, the contract's reference
/// generator, so tests see the same shapes of input as the benchmarks.
enum Corpus {
    /// Writes a corpus into `folder` and returns it; `broken` adds that many broken references
    /// listed in `folder/_broken.tsv`.
    static func make(terms: Int, seed: Int, broken: Int = 0, into folder: String) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        var arguments = ["python3", TestPaths.makeCorpus, "--terms", "\(terms)", "--seed", "\(seed)", "--out", folder, "--force"]
        if broken > 0 { arguments += ["--broken", "\(broken)"] }
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        let errors = Pipe()
        process.standardError = errors
        try process.run()
        let message = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw CorpusError(message: String(decoding: message, as: UTF8.self))
        }
        return folder
    }

    struct CorpusError: Error, CustomStringConvertible {
        var message: String
        var description: String { "make-corpus.py failed: \(message)" }
    }

    /// The broken references `make-corpus.py --broken` planted: file, line, column, reference.
    static func brokenReferences(in folder: String) throws -> [(file: String, line: Int, column: Int, reference: String)] {
        let text = try String(contentsOfFile: folder + "/_broken.tsv", encoding: .utf8)
        return text.split(separator: "\n").dropFirst().map { row in
            let cells = row.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            return (cells[0], Int(cells[1]) ?? 0, Int(cells[2]) ?? 0, cells[4])
        }
    }
}
