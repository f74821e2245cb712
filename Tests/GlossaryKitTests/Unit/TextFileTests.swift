import Foundation
import Testing
@testable import GlossaryKit

@Suite("TextFile.decode")
struct TextFileTests {
    @Test func plainUTF8IsReturnedAsIs() throws {
        let text = try TextFile.decode(Data("---\ntitle: École\n---\n".utf8), displayPath: "a.md")
        #expect(text == "---\ntitle: École\n---\n")
    }

    @Test func leadingByteOrderMarkIsStripped() throws {
        let text = try TextFile.decode(Data([0xEF, 0xBB, 0xBF] + Array("---\ntitle: A\n".utf8)), displayPath: "a.md")
        #expect(text == "---\ntitle: A\n")
        #expect(text.unicodeScalars.first == "-")
    }

    @Test func crlfAndLoneCRBecomeLF() throws {
        let crlf = try TextFile.decode(Data("---\r\ntitle: A\r\n---\r\nBody\r\n".utf8), displayPath: "a.md")
        #expect(crlf == "---\ntitle: A\n---\nBody\n")
        #expect(!crlf.unicodeScalars.contains("\r"))
        let cr = try TextFile.decode(Data("a\rb\r\nc".utf8), displayPath: "a.md")
        #expect(cr == "a\nb\nc")
    }

    @Test func bomAndCRLFTogetherMakeAParsableTermFile() throws {
        let text = try TextFile.decode(
            Data([0xEF, 0xBB, 0xBF] + Array("---\r\ntitle: A\r\n---\r\nBody\r\n".utf8)), displayPath: "a.md")
        let split = try FrontMatterParser.split(text, file: "a.md")
        #expect(split.yaml == "title: A")
        #expect(split.body == "Body")
        #expect(split.bodyStartLine == 4)
    }

    @Test func invalidUTF8IsReportedWithLineAndScalarColumn() throws {
        // Line 2 is "cdé" then the bad byte: c, d, é are three scalars, so column 4.
        let bytes = Array("ab\ncdé".utf8) + [0xFF] + Array("x\n".utf8)
        let diagnostic = try UnitFixtures.diagnostic { _ = try TextFile.decode(Data(bytes), displayPath: "Content/a.md") }
        #expect(diagnostic == Diagnostic(file: "Content/a.md", line: 2, column: 4, message: "the file is not valid UTF-8"))
        #expect(diagnostic.description == "Content/a.md:2:4: error: the file is not valid UTF-8")
    }

    @Test func invalidUTF8PositionDoesNotCountTheByteOrderMark() throws {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF, 0x61, 0xC3, 0x28]  // "a", then a truncated 2-byte sequence
        let diagnostic = try UnitFixtures.diagnostic { _ = try TextFile.decode(Data(bytes), displayPath: "a.md") }
        #expect(diagnostic.line == 1)
        #expect(diagnostic.column == 2)
    }

    @Test func encodedSurrogateIsRejected() throws {
        let bytes = Array("x\n".utf8) + [0xED, 0xA0, 0x80]  // U+D800 encoded: not valid UTF-8
        let diagnostic = try UnitFixtures.diagnostic { _ = try TextFile.decode(Data(bytes), displayPath: "a.md") }
        #expect(diagnostic.line == 2)
        #expect(diagnostic.column == 1)
    }

    @Test func aNULByteMarksABinaryFile() throws {
        let bytes = Array("---\nti".utf8) + [0x00] + Array("tle\n".utf8)
        let diagnostic = try UnitFixtures.diagnostic { _ = try TextFile.decode(Data(bytes), displayPath: "a.md") }
        #expect(diagnostic.description == "a.md:2:3: error: the file holds a NUL byte: it is binary, not UTF-8 text")
    }

    @Test func theEarlierOfABadSequenceAndANULIsReported() throws {
        let bytes: [UInt8] = [0x61, 0xFF, 0x00]
        let diagnostic = try UnitFixtures.diagnostic { _ = try TextFile.decode(Data(bytes), displayPath: "a.md") }
        #expect(diagnostic.description == "a.md:1:2: error: the file is not valid UTF-8")
    }

    /// A FIFO named like a term file would block a plain read forever.
    @Test func aFIFOIsRefusedWithoutWaiting() throws {
        let folder = try TemporaryFolder()
        let path = folder.child("pipe.md")
        try #require(mkfifo(path, 0o644) == 0)
        let diagnostic = try UnitFixtures.diagnostic { _ = try TextFile.read(path: path, displayPath: "Content/pipe.md") }
        #expect(diagnostic.description == "Content/pipe.md: error: cannot read the file: it is not a regular file")
    }

    @Test func aMissingFileSaysWhy() throws {
        let diagnostic = try UnitFixtures.diagnostic { _ = try TextFile.read(path: "/nonexistent/x.md", displayPath: "x.md") }
        #expect(diagnostic.description == "x.md: error: cannot read the file: No such file or directory")
    }

    @Test func readsAFileLargerThanOneReadCall() throws {
        let folder = try TemporaryFolder()
        let text = String(repeating: "0123456789abcdé\n", count: 300_000)
        try folder.write(["big.md": text])
        #expect(try TextFile.read(path: folder.child("big.md"), displayPath: "big.md") == text)
    }
}
