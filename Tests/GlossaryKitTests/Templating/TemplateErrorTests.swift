import Foundation
import Testing
@testable import GlossaryKit

/// `TemplateParser.parse` on invalid templates: the failure points at the tag at fault with
/// a 1-based line and a column counted in Unicode scalars.
@Suite("TemplateParser errors")
struct TemplateParserErrorTests {
    struct ErrorCase: Sendable, CustomTestStringConvertible {
        var template: String
        var line: Int
        var column: Int
        var message: String
        var testDescription: String { template.debugDescription }
    }

    static func failure(_ template: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> TemplateParser.Failure {
        let error = #expect(throws: TemplateParser.Failure.self, sourceLocation: sourceLocation) {
            _ = try TemplateParser.parse(template)
        }
        return try #require(error, sourceLocation: sourceLocation)
    }

    static let cases: [ErrorCase] = [
        // A tag missing its closing braces is reported at the tag, not where it ends up.
        .init(template: "{{#az}}<li>{{label}</li>{{/az}}", line: 1, column: 12,
              message: "the tag is not closed: '}}' is missing"),
        .init(template: "a\n  {{name\n}}", line: 2, column: 3, message: "the tag is not closed: '}}' is missing"),
        // Unclosed sections point at the opening tag.
        .init(template: "{{#a}}x", line: 1, column: 1, message: "{{#a}} is never closed"),
        .init(template: "before {{^a}}x", line: 1, column: 8, message: "{{^a}} is never closed"),
        .init(template: "{{<layout}}\n{{$main}}x{{/main}}\n", line: 1, column: 1, message: "{{<layout}} is never closed"),
        .init(template: "{{$main}}", line: 1, column: 1, message: "{{$main}} is never closed"),
        // With several open, the innermost is reported.
        .init(template: "{{#a}}\n  {{^b}}\n", line: 2, column: 3, message: "{{^b}} is never closed"),
        // Mismatched or stray closing tags point at the closing tag.
        .init(template: "{{#a}}{{/b}}", line: 1, column: 7, message: "{{/b}} closes nothing open here (expected {{/a}})"),
        .init(
            template: "{{#outer}}\n{{#inner}}\n{{/outer}}\n", line: 3, column: 1,
            message: "{{/outer}} closes nothing open here (expected {{/inner}})"),
        .init(template: "x\n{{/a}}", line: 2, column: 1, message: "{{/a}} closes nothing open here (expected no closing tag)"),
        // Unclosed tags point at the tag's opening delimiter.
        .init(template: "{{a", line: 1, column: 1, message: "the tag is never closed with }}"),
        .init(template: "a }} b {{c }", line: 1, column: 8, message: "the tag is never closed with }}"),
        .init(template: "x {{{a}}", line: 1, column: 3, message: "the tag is never closed with }}}"),
        .init(template: "{{! a comment that never ends", line: 1, column: 1, message: "the tag is never closed with }}"),
        // Tags without a name.
        .init(template: "{{}}", line: 1, column: 1, message: "a tag needs a name"),
        .init(template: "ab{{  }}", line: 1, column: 3, message: "a tag needs a name"),
        .init(template: "{{{ }}}", line: 1, column: 1, message: "a tag needs a name"),
        .init(template: "{{#}}{{/}}", line: 1, column: 1, message: "a tag needs a name"),
        .init(template: "{{> }}", line: 1, column: 1, message: "a tag needs a name"),
        // Malformed set-delimiter tags.
        .init(template: "{{=<%=}}", line: 1, column: 1, message: "set delimiters as {{=<% %>=}}"),
        .init(template: "{{=<% %> x=}}", line: 1, column: 1, message: "set delimiters as {{=<% %>=}}"),
        // Errors after a change of delimiters are still found where they are.
        .init(template: "{{=<% %>=}}\n<%#a%>", line: 2, column: 1, message: "{{#a}} is never closed"),
        .init(template: "{{=<% %>=}}\nx <%a", line: 2, column: 3, message: "the tag is never closed with %>"),
        // Later lines.
        .init(template: "first line\n  second {{#open}}\nthird\n", line: 2, column: 10, message: "{{#open}} is never closed"),
        .init(template: "1\n2\n3\n4\n     {{a", line: 5, column: 6, message: "the tag is never closed with }}"),
        // A CR belongs to the line it ends.
        .init(template: "a\r\nb {{#x}}", line: 2, column: 3, message: "{{#x}} is never closed"),
        // Columns count Unicode scalars, not bytes or grapheme clusters.
        .init(template: "héllo wörld {{/x}}", line: 1, column: 13, message: "{{/x}} closes nothing open here (expected no closing tag)"),
        .init(template: "😀👍 {{a", line: 1, column: 4, message: "the tag is never closed with }}"),
        .init(template: "e\u{301}x {{}}", line: 1, column: 5, message: "a tag needs a name"),
        .init(template: "🇫🇷 {{#a}}", line: 1, column: 4, message: "{{#a}} is never closed"),
        .init(template: "一行目\n二行目 {{^x}}", line: 2, column: 5, message: "{{^x}} is never closed"),
        .init(template: "“Tagged” — {{/x}}", line: 1, column: 12, message: "{{/x}} closes nothing open here (expected no closing tag)"),
    ]

    @Test(arguments: cases)
    func failurePosition(_ errorCase: ErrorCase) throws {
        let failure = try Self.failure(errorCase.template)
        #expect(failure == TemplateParser.Failure(line: errorCase.line, column: errorCase.column, message: errorCase.message))
    }

    @Test(arguments: ["{{!}}", "{{! }}", "{{#a}}{{/a}}", "{{=<% %>=}}<%a%>", "{{ a }}", "}} {{a}} }}", "{{<p}}{{/p}}"])
    func validTemplatesParse(_ template: String) throws {
        _ = try TemplateParser.parse(template)
    }

    @Test func templateSetNamesTheFailingTemplate() throws {
        let error = #expect(throws: TemplateSet.Failure.self) {
            _ = try TemplateSet(sources: ["good": "{{#a}}{{/a}}", "bad": "ok\n  {{#a}}"])
        }
        let failure = try #require(error)
        #expect(failure.template == "bad")
        #expect(failure.failure == TemplateParser.Failure(line: 2, column: 3, message: "{{#a}} is never closed"))
    }
}

/// `TemplateLibrary.load(folder:)`: every problem of a theme is reported as a diagnostic
/// naming the template file, with line and column where there is one.
@Suite("TemplateLibrary diagnostics")
struct TemplateLibraryDiagnosticsTests {
    /// A minimal valid theme: every required page template, a layout and a partial.
    static let theme: [String: String] = [
        "layout.mustache": "<html>\n{{$main}}{{/main}}\n</html>\n",
        "index.mustache": "{{<layout}}\n{{$main}}\n{{#terms}}\n{{> partials/card}}\n{{/terms}}\n{{/main}}\n{{/layout}}\n",
        "letter.mustache": "{{<layout}}{{$main}}letter{{/main}}{{/layout}}\n",
        "term.mustache": "{{<layout}}{{$main}}term{{/main}}{{/layout}}\n",
        "tag.mustache": "{{<layout}}{{$main}}tag{{/main}}{{/layout}}\n",
        "tags.mustache": "{{<layout}}{{$main}}tags{{/main}}{{/layout}}\n",
        "404.mustache": "{{<layout}}{{$main}}404{{/main}}{{/layout}}\n",
        "partials/card.mustache": "<p>{{title}}</p>\n",
    ]

    /// Writes the theme with some files replaced (a nil text leaves the file out).
    static func folder(_ changes: [String: String?] = [:]) throws -> TemporaryFolder {
        var files = theme
        for (path, text) in changes { files[path] = text }
        let folder = try TemporaryFolder()
        try folder.write(files)
        return folder
    }

    static func diagnostics(
        _ folder: TemporaryFolder, sourceLocation: SourceLocation = #_sourceLocation
    ) -> [Diagnostic] {
        let error = #expect(throws: DiagnosticsError.self, sourceLocation: sourceLocation) {
            _ = try TemplateLibrary.load(folder: folder.path)
        }
        return error?.diagnostics ?? []
    }

    static func diagnostic(
        _ changes: [String: String?], sourceLocation: SourceLocation = #_sourceLocation
    ) throws -> (Diagnostic, TemporaryFolder) {
        let folder = try folder(changes)
        let all = diagnostics(folder, sourceLocation: sourceLocation)
        try #require(all.count == 1, "expected one diagnostic, got \(all)", sourceLocation: sourceLocation)
        return (all[0], folder)
    }

    @Test func aValidThemeLoadsAndRenders() throws {
        let folder = try Self.folder()
        let library = try TemplateLibrary.load(folder: folder.path)
        let html = String(decoding: library.render("index", context: ["terms": [["title": "A&B"], ["title": "C"]]]), as: UTF8.self)
        #expect(html == "<html>\n<p>A&amp;B</p>\n<p>C</p>\n</html>\n")
    }

    @Test func aSyntaxErrorNamesTheFileLineAndColumn() throws {
        let (diagnostic, folder) = try Self.diagnostic([
            "term.mustache": "{{<layout}}\n{{$main}}\n  {{#term}}{{title}}\n{{/main}}\n{{/layout}}\n"
        ])
        #expect(diagnostic.file == folder.path + "/term.mustache")
        #expect(diagnostic.line == 4)
        #expect(diagnostic.column == 1)
        #expect(diagnostic.severity == .error)
        #expect(diagnostic.message == "template error: {{/main}} closes nothing open here (expected {{/term}})")
        #expect(diagnostic.description
            == folder.path + "/term.mustache:4:1: error: template error: {{/main}} closes nothing open here (expected {{/term}})")
    }

    @Test func anUnclosedSectionPointsAtItsTag() throws {
        let (diagnostic, folder) = try Self.diagnostic([
            "letter.mustache": "{{<layout}}\n{{$main}}\n<ul>\n  {{#terms}}\n  <li>{{title}}</li>\n</ul>\n"
        ])
        #expect(diagnostic.file == folder.path + "/letter.mustache")
        #expect(diagnostic.line == 4)
        #expect(diagnostic.column == 3)
        #expect(diagnostic.message == "template error: {{#terms}} is never closed")
    }

    @Test func anErrorInAPartialNamesThePartialsFile() throws {
        let (diagnostic, folder) = try Self.diagnostic(["partials/card.mustache": "<p>{{title}</p>\n"])
        #expect(diagnostic.file == folder.path + "/partials/card.mustache")
        #expect(diagnostic.line == 1)
        #expect(diagnostic.column == 4)
        #expect(diagnostic.message == "template error: the tag is never closed with }}")
    }

    @Test func theColumnCountsUnicodeScalars() throws {
        // “ T a g g e d ” ␠ — ␠ are 11 scalars (and 25 UTF-8 bytes): the tag is at column 12.
        let (diagnostic, _) = try Self.diagnostic([
            "tag.mustache": "{{<layout}}{{$main}}{{/main}}{{/layout}}\n“Tagged” — {{/tag}}\n"
        ])
        #expect(diagnostic.line == 2)
        #expect(diagnostic.column == 12)
        #expect(diagnostic.message == "template error: {{/tag}} closes nothing open here (expected no closing tag)")
    }

    @Test func errorsInSeveralFilesAreAllReportedInFileOrder() throws {
        let folder = try Self.folder(["tags.mustache": "{{#x}}\n", "404.mustache": "ok\n{{y\n"])
        let all = Self.diagnostics(folder)
        #expect(all.map(\.file) == [folder.path + "/404.mustache", folder.path + "/tags.mustache"])
        #expect(all.map(\.line) == [2, 1])
        #expect(all.map(\.column) == [1, 1])
    }

    @Test func aMissingPartialIsReportedWithFileLineAndColumn() throws {
        let (diagnostic, folder) = try Self.diagnostic([
            "index.mustache": "{{<layout}}\n{{$main}}\n  {{> nope}}\n{{/main}}\n{{/layout}}\n"
        ])
        #expect(diagnostic.file == folder.path + "/index.mustache")
        #expect(diagnostic.line == 3)
        #expect(diagnostic.column == 3)
        #expect(diagnostic.message == "the template names 'nope', but there is no nope.mustache")
    }

    @Test func aMissingPartialInASubfolderIsReported() throws {
        let (diagnostic, folder) = try Self.diagnostic([
            "partials/card.mustache": "<p>{{title}}</p>\n<p>{{>partials/missing-bit}}</p>\n"
        ])
        #expect(diagnostic.file == folder.path + "/partials/card.mustache")
        #expect(diagnostic.line == 2)
        #expect(diagnostic.column == 4)
        #expect(diagnostic.message == "the template names 'partials/missing-bit', but there is no partials/missing-bit.mustache")
    }

    @Test func aMissingParentIsReported() throws {
        let (diagnostic, folder) = try Self.diagnostic(["tag.mustache": "{{<nolayout}}{{$main}}x{{/main}}{{/nolayout}}\n"])
        #expect(diagnostic.file == folder.path + "/tag.mustache")
        #expect(diagnostic.line == 1)
        #expect(diagnostic.column == 1)
        #expect(diagnostic.message == "the template names 'nolayout', but there is no nolayout.mustache")
    }

    /// Diagnostic.column is documented as counted in Unicode scalars, as the parser does;
    /// the missing-partial scan counts Characters (grapheme clusters) instead.
    @Test
    func aMissingPartialsColumnCountsUnicodeScalars() throws {
        // 🇫🇷 is one Character of two scalars; e + U+0301 is one Character of two scalars.
        let (flag, _) = try Self.diagnostic(["404.mustache": "{{<layout}}{{/layout}}🇫🇷 {{> nope}}\n"])
        #expect(flag.column == 26)
        let (accent, _) = try Self.diagnostic(["404.mustache": "{{<layout}}{{/layout}}e\u{301} {{> nope}}\n"])
        #expect(accent.column == 26)
    }

    @Test func aMissingPartialsColumnAfterPrecomposedCharacters() throws {
        // "é" and "—" are one scalar and one Character each: both ways of counting agree.
        let (diagnostic, _) = try Self.diagnostic(["404.mustache": "{{<layout}}{{/layout}}é — {{> nope}}\n"])
        #expect(diagnostic.line == 1)
        #expect(diagnostic.column == 27)
    }

    /// A partial tag inside a comment is not a partial, even when the comment spans lines;
    /// the missing-partial scan only skips comments that end on their first line.
    @Test
    func aPartialTagInsideAMultiLineCommentIsIgnored() throws {
        let folder = try Self.folder(["404.mustache": "{{<layout}}{{/layout}}\n{{!\n  Use {{> partials/nope}} here.\n}}\n"])
        _ = try TemplateLibrary.load(folder: folder.path)
    }

    @Test func aPartialTagInsideAOneLineCommentIsIgnored() throws {
        let folder = try Self.folder(["404.mustache": "{{<layout}}{{/layout}}\n{{! not {{> partials/nope}} here }}\n"])
        _ = try TemplateLibrary.load(folder: folder.path)
    }

    @Test(arguments: TemplateLibrary.pageTemplates)
    func aMissingPageTemplateIsReported(_ name: String) throws {
        let (diagnostic, folder) = try Self.diagnostic([name + ".mustache": nil])
        #expect(diagnostic.file == folder.path + "/" + name + ".mustache")
        #expect(diagnostic.line == nil)
        #expect(diagnostic.column == nil)
        #expect(diagnostic.message == "the page template is missing")
    }

    @Test func theRequiredPageTemplatesAreTheSix() {
        #expect(TemplateLibrary.pageTemplates == ["index", "letter", "term", "tag", "tags", "404"])
    }

    @Test func anEmptyFolderReportsEveryPageTemplate() throws {
        let folder = try TemporaryFolder()
        let all = Self.diagnostics(folder)
        #expect(Set(all.map(\.file)) == Set(TemplateLibrary.pageTemplates.map { folder.path + "/" + $0 + ".mustache" }))
        #expect(all.allSatisfy { $0.message == "the page template is missing" })
    }

    @Test func aPageTemplateInASubfolderDoesNotCount() throws {
        let (diagnostic, folder) = try Self.diagnostic(["index.mustache": nil, "pages/index.mustache": "x"])
        #expect(diagnostic.file == folder.path + "/index.mustache")
        #expect(diagnostic.message == "the page template is missing")
    }

    @Test func aMissingFolderIsReported() throws {
        let folder = try TemporaryFolder()
        let path = folder.child("no-such-templates")
        let error = #expect(throws: DiagnosticsError.self) { _ = try TemplateLibrary.load(folder: path) }
        #expect(error?.diagnostics == [Diagnostic(file: path, message: "the templates folder does not exist")])
    }

    @Test func syntaxErrorsAndMissingTemplatesAreReportedTogether() throws {
        let folder = try Self.folder(["tags.mustache": nil, "term.mustache": "{{#x}}", "tag.mustache": "{{>gone}}"])
        let all = Self.diagnostics(folder)
        #expect(all.map(\.file) == ["tag", "tags", "term"].map { folder.path + "/" + $0 + ".mustache" })
        #expect(all.map(\.message) == [
            "the template names 'gone', but there is no gone.mustache",
            "the page template is missing",
            "template error: {{#x}} is never closed",
        ])
    }

    @Test func assetsHiddenFilesAndOtherExtensionsAreNotTemplates() throws {
        let folder = try Self.folder([
            "assets/broken.mustache": "{{#never", ".hidden.mustache": "{{#never", "notes.txt": "{{#never",
        ])
        let library = try TemplateLibrary.load(folder: folder.path)
        #expect(library.assets.map(\.path) == ["broken.mustache"])
    }
}
