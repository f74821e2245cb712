import Foundation
import Testing

/// The bad-input catalogue, files: encodings, empty and binary files, a huge term, deep
/// nesting, links and permissions under Content/. Big, binary and link fixtures are made
/// here rather than committed.
@Suite("Bad input: files")
struct FileCatalogueTests {
    @Test func invalidUTF8() throws {
        let project = try BadInputProject()
        try project.apply("invalid-utf8")
        // Line 5 is "Gamma was saved in Latin-1: caf\xE9."; the bad byte is its 32nd character.
        try project.expectRefusal(["Content/gamma.md:5:32: error: the file is not valid UTF-8"])
    }

    /// Not bad input at all: a BOM and CRLF line ends build exactly the pages the same file
    /// with LF and no BOM builds.
    @Test func byteOrderMarkAndCRLFSimplyWork() throws {
        let project = try BadInputProject()
        try project.apply("bom-crlf")
        let plain = try project.build()
        #expect(plain.status == 0, "\(plain.standardError)")
        let expected = try FileTree.read(project.path("Output"))
        #expect(expected["terms/gamma/index.html"] != nil)

        let lf = try Data(contentsOf: URL(fileURLWithPath: project.path("Content/gamma.md")))
        let crlf = Data(String(decoding: lf, as: UTF8.self).replacingOccurrences(of: "\n", with: "\r\n").utf8)
        #expect(crlf.count == lf.count + lf.filter { $0 == 0x0A }.count)
        try project.write("Content/gamma.md", Data([0xEF, 0xBB, 0xBF]) + crlf)
        let windows = try project.build()
        #expect(windows.status == 0, "\(windows.standardError)")
        #expect(windows.standardError == "")
        let built = try FileTree.read(project.path("Output"))
        #expect(built.keys.sorted() == expected.keys.sorted())
        #expect(built == expected)
    }

    @Test func emptyFile() throws {
        let project = try BadInputProject()
        try project.apply("empty-file")
        try project.expectRefusal([
            "Content/gamma.md:1:1: error: the file is empty: a term file starts with front matter: "
                + "a line '---', the fields, then '---'"
        ])
    }

    /// An executable renamed `.md`: the ELF header's eighth byte is NUL, before any
    /// invalid UTF-8.
    @Test func binaryFileNamedMd() throws {
        let project = try BadInputProject()
        var random = SplitMix(seed: 42)
        let header: [UInt8] = [0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x01, 0x00]
        let bytes = header + (0..<4096).map { _ in UInt8(truncatingIfNeeded: random.next()) }
        try project.write("Content/gamma.md", Data(bytes))
        try project.expectRefusal(["Content/gamma.md:1:8: error: the file holds a NUL byte: it is binary, not UTF-8 text"])
    }

    /// A 10 MB term builds; with a misspelled reference on its last line, the error points at
    /// that line and column, far into the file.
    @Test func tenMegabyteTerm() throws {
        let project = try BadInputProject()
        var lines = ["---", "title: Gamma", "aliases: [G]", "---", ""]
        var size = lines.reduce(0) { $0 + $1.utf8.count + 1 }
        var paragraph = 0
        while size < 10 * 1024 * 1024 {
            paragraph += 1
            let line = "Paragraph \(paragraph) of a very long term: *partners*, `code` and [[Alpha]] in plain CommonMark text."
            lines += [line, ""]
            size += line.utf8.count + 2
        }
        let last = "The last line names [[Alpah]]."
        lines.append(last)
        let text = lines.joined(separator: "\n") + "\n"
        #expect(text.utf8.count > 10 * 1024 * 1024)
        try project.write("Content/gamma.md", Data(text.utf8))
        try project.expectRefusal([
            "Content/gamma.md:\(lines.count):21: error: wiki link 'Alpah' names no term of this glossary; did you mean 'Alpha'?"
        ])

        try project.write("Content/gamma.md", Data(text.replacingOccurrences(of: "[[Alpah]]", with: "[[Alpha]]").utf8))
        let run = try project.build()
        #expect(run.status == 0, "\(run.standardError)")
        let page = String(decoding: try Data(contentsOf: URL(fileURLWithPath: project.path("Output/terms/gamma/index.html"))), as: UTF8.self)
        #expect(page.contains("Paragraph \(paragraph) of a very long term"))
        #expect(page.contains("The last line names <a href=\"../alpha/index.html\">Alpha</a>."))
    }

    /// Markdown nested 10,000 levels deep, one kind at a time, with a misspelled reference
    /// at the innermost level: no crash, no hang, and the error is found at the bottom.
    @Test(arguments: DeepNesting.allCases)
    func nesting10000LevelsDeep(_ kind: DeepNesting) throws {
        let project = try BadInputProject()
        try project.write("Content/deep.md", Data(("---\ntitle: Deep\n---\n" + kind.body(depth: 10_000) + "\n").utf8))
        try project.expectRefusal(["Content/deep.md:4:\(kind.column(depth: 10_000)): error: \(kind.message)"])
    }

    enum DeepNesting: String, CaseIterable, CustomTestStringConvertible {
        case blockQuotes, bulletLists, emphasis, links, wikiBrackets

        var testDescription: String { rawValue }

        /// One line: the nesting opened `depth` times around the reference.
        func body(depth: Int) -> String {
            switch self {
            case .blockQuotes: String(repeating: "> ", count: depth) + "[[Alpah]]"
            case .bulletLists: String(repeating: "- ", count: depth) + "[[Alpah]]"
            case .emphasis: String(repeating: "*", count: depth) + "[[Alpah]]" + String(repeating: "*", count: depth)
            // Links cannot hold links: the innermost one is the link, the others stay text.
            case .links: String(repeating: "[", count: depth) + "[x](alpah.md)" + String(repeating: "](y)", count: depth)
            case .wikiBrackets: String(repeating: "[[", count: depth) + "Alpah" + String(repeating: "]]", count: depth)
            }
        }

        func column(depth: Int) -> Int {
            switch self {
            case .blockQuotes, .bulletLists: 2 * depth + 1
            case .emphasis, .links: depth + 1
            case .wikiBrackets: 2 * (depth - 1) + 1
            }
        }

        var message: String {
            switch self {
            case .links: "link to 'alpah.md' points at no term file of this glossary; did you mean 'Alpha'?"
            default: "wiki link 'Alpah' names no term of this glossary; did you mean 'Alpha'?"
            }
        }
    }

    /// A folder link back to Content/ and a file link to itself: both named, nothing skipped
    /// in silence.
    @Test func symlinkLoops() throws {
        let project = try BadInputProject()
        try FileManager.default.createDirectory(atPath: project.path("Content/loop"), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: project.path("Content/loop/up"), withDestinationPath: "..")
        try FileManager.default.createSymbolicLink(atPath: project.path("Content/self.md"), withDestinationPath: "self.md")
        try project.expectRefusal([
            "Content/loop/up: error: the link leads to Content, a folder read already (a loop of links, or a second way to "
                + "the same terms); remove the link or start its name with '_'",
            "Content/self.md: error: a loop of symbolic links; remove the link or start its name with '_'",
        ])
    }

    @Test func unreadableFile() throws {
        let project = try BadInputProject()
        try project.write("Content/gamma.md", Data("---\ntitle: Gamma\n---\nSecret.\n".utf8))
        try FileManager.default.setAttributes([.posixPermissions: 0o000], ofItemAtPath: project.path("Content/gamma.md"))
        // The condition must really hold for the build, or this test proves nothing.
        let probe = try Permissions.shell("cat Content/gamma.md > /dev/null 2>&1", in: project.root)
        try #require(probe != 0, "Content/gamma.md is still readable; cannot set up an unreadable file")
        try project.expectRefusal(
            ["Content/gamma.md: error: cannot read the file: Permission denied"], withoutFileOverride: true)
    }

    @Test func unreadableFolder() throws {
        let project = try BadInputProject()
        try project.write("Content/sub/gamma.md", Data("---\ntitle: Gamma\n---\nHidden.\n".utf8))
        try FileManager.default.setAttributes([.posixPermissions: 0o000], ofItemAtPath: project.path("Content/sub"))
        defer { try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: project.path("Content/sub")) }
        let probe = try Permissions.shell("ls Content/sub > /dev/null 2>&1", in: project.root)
        try #require(probe != 0, "Content/sub is still readable; cannot set up an unreadable folder")
        try project.expectRefusal(
            ["Content/sub: error: cannot list the folder: Permission denied"], withoutFileOverride: true)
    }
}
