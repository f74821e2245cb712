import Yams

/// A related entry: another term of the glossary, or a page outside it.
public enum RelatedEntry: Sendable, Equatable {
    case term(Located<String>)
    case external(title: String, url: String, line: Int, column: Int)
}

/// The front matter fields of the term-file contract, each with its position.
public struct FrontMatter: Sendable {
    public var title: Located<String>
    public var aliases: [Located<String>] = []
    public var partOfSpeech: String?
    public var tags: [Located<String>] = []
    public var seeAlso: [Located<String>] = []
    public var related: [RelatedEntry] = []
    public var slug: Located<String>?
    public var description: String?
    public var draft = false
    /// Old URL names: links to them resolve, and the build writes redirect pages there.
    public var formerSlugs: [Located<String>] = []
    /// Ties translations together in a multi-language glossary when their paths differ
    /// (default: the file's path below its language folder).
    public var translationKey: Located<String>?
    /// Names no longer to be used for the term (ISO 704's "deprecated"): shown as such on
    /// its page, found by the search, and a reference by one resolves with a `check` warning.
    public var deprecatedNames: [Located<String>] = []
    /// Free text shown as a badge (`draft`, `feedback wanted`, `deprecated`).
    public var status: Located<String>?
    /// The term that replaces this one: a checked reference, linked from the page.
    public var supersededBy: Located<String>?
    /// Fields the contract does not know, kept for templates: name (lower case) and value
    /// as text.
    public var extra: [(key: String, value: String)] = []
    /// What the author may want to tidy (a key spelled `Title`, empty list entries):
    /// warnings of `glossary check`, never errors.
    public var notices: [Located<String>] = []
    /// Set when `layout:` or `type:` names a page that is no term (`layout: search`): the
    /// build skips the file.
    public var page: Located<String>?

    /// Whether the contract knows a (lower-case) key. A switch, not a set: asked for every
    /// field of every term, and hashing each key cost more.
    static func isKnownKey(_ key: String) -> Bool {
        switch key {
        case "title", "aliases", "part_of_speech", "tags", "see_also", "related", "slug", "description", "draft",
            "former_slugs", "translation_key", "deprecated_names", "status", "superseded_by":
            true
        default: false
        }
    }
}

extension FrontMatter: Equatable {
    /// Field by field, positions included: the fast reader and Yams must agree on exactly
    /// this (the differential tests and the fuzz harness compare with it).
    public static func == (a: FrontMatter, b: FrontMatter) -> Bool {
        a.title == b.title && a.aliases == b.aliases && a.partOfSpeech == b.partOfSpeech && a.tags == b.tags
            && a.seeAlso == b.seeAlso && a.related == b.related && a.slug == b.slug && a.description == b.description
            && a.draft == b.draft && a.formerSlugs == b.formerSlugs && a.translationKey == b.translationKey
            && a.deprecatedNames == b.deprecatedNames && a.status == b.status && a.supersededBy == b.supersededBy && a.notices == b.notices && a.page == b.page
            && a.extra.elementsEqual(b.extra, by: { $0.key == $1.key && $0.value == $1.value })
    }
}

/// Splits a term file into front matter and body, and reads the front matter.
package enum FrontMatterParser {
    /// The body and the file line it starts on.
    package struct Split {
        package var yaml: String
        var body: String
        /// 1-based file line of the body's first line.
        var bodyStartLine: Int
    }

    /// Finds the `---` fences. The opening one must be the first line; the closing one is
    /// the next line that is `---` (or `...`), trailing spaces allowed. Works on UTF-8
    /// bytes: splitting a String into Characters was a tenth of a 10,000-term build.
    package static func split(_ text: String, file: String) throws -> Split {
        // A file with nothing in it (or only blank lines) is most likely a term being started.
        if text.utf8.allSatisfy({ $0 == UInt8(ascii: "\n") || $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }) {
            throw DiagnosticsError([
                Diagnostic(
                    file: file, line: 1, column: 1,
                    message: "the file is empty: a term file starts with front matter: a line '---', the fields, then '---'")
            ])
        }
        var text = text
        return try text.withUTF8 { bytes throws -> Split in
            var lineStart = 0
            var lineNumber = 1
            var openingSeen = false
            while lineStart < bytes.count || (lineStart == bytes.count && !openingSeen) {
                var lineEnd = lineStart
                while lineEnd < bytes.count, bytes[lineEnd] != UInt8(ascii: "\n") { lineEnd += 1 }
                let line = UnsafeBufferPointer(rebasing: bytes[lineStart..<lineEnd])
                if !openingSeen {
                    guard isFence(line, allowDots: false) else {
                        throw DiagnosticsError([
                            Diagnostic(
                                file: file, line: 1, column: 1,
                                message: "a term file must start with front matter: a line '---', the fields, then '---'")
                        ])
                    }
                    openingSeen = true
                } else if isFence(line, allowDots: true) {
                    let yamlStart = min(firstLineEnd(bytes) + 1, lineStart)
                    let yaml = String(decoding: UnsafeBufferPointer(rebasing: bytes[yamlStart..<max(yamlStart, lineStart - 1)]), as: UTF8.self)
                    let bodyStart = min(lineEnd + 1, bytes.count)
                    // The file's final line end is not part of the body.
                    var bodyEnd = bytes.count
                    if bodyEnd > bodyStart, bytes[bodyEnd - 1] == UInt8(ascii: "\n") { bodyEnd -= 1 }
                    let body = String(decoding: UnsafeBufferPointer(rebasing: bytes[bodyStart..<bodyEnd]), as: UTF8.self)
                    return Split(yaml: yaml, body: body, bodyStartLine: lineNumber + 1)
                }
                lineStart = lineEnd + 1
                lineNumber += 1
            }
            throw DiagnosticsError([
                Diagnostic(
                    file: file, line: 1, column: 1,
                    message: "the front matter opened here is not closed: add a line '---' after its fields")
            ])
        }
    }

    private static func firstLineEnd(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        bytes.firstIndex(of: UInt8(ascii: "\n")) ?? bytes.count
    }

    /// `---` (or `...` for a closing fence), with trailing spaces or tabs allowed.
    private static func isFence(_ line: UnsafeBufferPointer<UInt8>, allowDots: Bool) -> Bool {
        var end = line.count
        while end > 0, line[end - 1] == UInt8(ascii: " ") || line[end - 1] == UInt8(ascii: "\t") { end -= 1 }
        guard end == 3 else { return false }
        let dash = UInt8(ascii: "-")
        let dot = UInt8(ascii: ".")
        if line[0] == dash, line[1] == dash, line[2] == dash { return true }
        // `...` ends a YAML document but never opens one; only a bare `...` line counts.
        return allowDots && end == line.count && line[0] == dot && line[1] == dot && line[2] == dot
    }

    /// Reads the contract's fields; the YAML text starts on file line 2.
    static func parse(yaml: String, file: String) throws -> FrontMatter {
        if let simple = SimpleFrontMatter.parse(yaml: yaml) { return simple }
        return try parseWithYams(yaml: yaml, file: file)
    }

    /// The full YAML path: every shape YAML allows, and every error located.
    package static func parseWithYams(yaml: String, file: String) throws -> FrontMatter {
        let positions = YAMLPositions(yaml: yaml, lineOffset: 1)
        if let problem = YAMLAliasScan.check(yaml) {
            throw DiagnosticsError([
                Diagnostic(file: file, line: problem.line + positions.lineOffset, column: problem.column, message: problem.message)
            ])
        }
        let root: Node?
        do {
            // An explicit encoding: Yams's default reads the process environment on every call.
            root = try Yams.compose(yaml: yaml, .default, .default, .utf8)
        } catch let error as YamlError {
            throw DiagnosticsError([YAMLDiagnostics.diagnostic(for: error, file: file, positions: positions)])
        }
        guard let root else {
            throw DiagnosticsError([Diagnostic(file: file, line: 1, column: 1, message: "the front matter has no 'title'")])
        }
        let fields = try YAMLFrontMatter.fields(of: root, file: file, positions: positions)
        return try FrontMatterMapping.frontMatter(fields, file: file)
    }
}
