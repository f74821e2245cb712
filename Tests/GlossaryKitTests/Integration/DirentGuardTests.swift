import Foundation
import Testing

/// The folder walk must read a directory entry only as far as glibc wrote it (`d_reclen`):
/// copying the whole 280-byte `struct dirent` reads past short records, and past the end of
/// glibc's buffer for its last one. Ordinary memory rarely shows it, so the real binary runs
/// under `Tests/Shims/dirent-guard.c`, which puts every record right before a PROT_NONE page.
@Suite(.serialized) struct DirentGuardTests {
    /// The C compiler the shim is built with, if the machine has one.
    static let compiler: String? = ["/usr/bin/cc", "/usr/local/bin/cc", "/usr/bin/clang", "/usr/bin/gcc"]
        .first { FileManager.default.isExecutableFile(atPath: $0) }

    static let shimSource = TestPaths.repositoryRoot.appendingPathComponent("Tests/Shims/dirent-guard.c").path

    /// Compiles the shim into `folder`; returns the library's path.
    static func buildShim(_ compiler: String, in folder: TemporaryFolder) throws -> String {
        let library = folder.child("dirent-guard.so")
        let run = try CommandRun.program(
            URL(fileURLWithPath: compiler), ["-shared", "-fPIC", "-o", library, shimSource, "-ldl"])
        guard run.status == 0 else { throw Failure("cannot compile the shim: \(run.standardError)") }
        return library
    }

    struct Failure: Error, CustomStringConvertible {
        var description: String
        init(_ description: String) { self.description = description }
    }

    @Test(.enabled(if: compiler != nil, "no C compiler (cc) to build the LD_PRELOAD shim with"))
    func buildReadsNoDirectoryEntryPastItsRecord() throws {
        let folder = try TemporaryFolder()
        let shim = try Self.buildShim(Self.compiler!, in: folder)
        // Names of many lengths, so records of every size (and "." and "..", the shortest)
        // come back, in folders and below them.
        var files: [String: String] = [:]
        for (index, name) in ["a", "bb", "ccc", "delta", "echo-foxtrot", String(repeating: "long", count: 40)].enumerated() {
            files["\(name).md"] = "---\ntitle: Term \(index) \(name.prefix(8))\n---\nText of \(name.prefix(8)).\n"
            files["n/nested-\(name).md"] = "---\ntitle: Nested \(index) \(name.prefix(8))\n---\nNested text.\n"
        }
        files["n/deeper/x.md"] = "---\ntitle: Deepest\n---\nAt the bottom.\n"
        let content = try folder.write(files, under: "Content")
        let output = folder.child("Output")

        let run = try CommandRun.glossary(
            ["build", "--content", content, "--templates", TestPaths.templates, "--output", output],
            environment: ["LD_PRELOAD": shim, "DIRENT_GUARD_REPORT": "1"])

        #expect(run.status == 0, "glossary build under the dirent guard: \(run.standardError)")
        #expect(FileManager.default.fileExists(atPath: output + "/terms/x/index.html"))
        // The shim was in the way: the binary's own readdir calls went through it.
        let guarded = run.standardError.split(separator: "\n").first { $0.hasPrefix("dirent-guard: ") }
            .flatMap { Int($0.split(separator: " ")[1]) } ?? 0
        #expect(guarded >= 3 * 6, "records guarded: \(run.standardError)")
    }
}
