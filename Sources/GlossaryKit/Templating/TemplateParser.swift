/// Parses Mustache text into nodes, following the Mustache spec: variables, sections,
/// inverted sections, comments, partials, set delimiters, and the inheritance extension
/// (`{{<parent}}` with `{{$block}}` overrides). A tag alone on its line (apart from
/// whitespace) is "standalone" and takes the whole line with it, as the spec requires.
///
/// The algorithm is the well-tried one of mustache.js: text is tokenised per byte so that
/// the whitespace of a standalone line can be dropped, then tokens are squashed and nested.
enum TemplateParser {
    /// A parse failure at a 1-based line and column of the template text.
    struct Failure: Error, Equatable {
        var line: Int
        var column: Int
        var message: String
    }

    private enum Flat {
        case text(UInt8)
        case tag(kind: UInt8, name: String, offset: Int, indentation: [UInt8], standaloneCandidate: Bool)
        case removed
    }

    /// Kinds that render something inline; a line holding one is never standalone.
    private static let inlineKinds: Set<UInt8> = [UInt8(ascii: "n"), UInt8(ascii: "&")]

    static func parse(_ source: String) throws(Failure) -> [TemplateNode] {
        try parseWithReferences(source).nodes
    }

    /// A `{{> name}}` or `{{< name}}` tag: which template it needs and where it stands.
    struct Reference: Equatable {
        var name: String
        var line: Int
        var column: Int
    }

    /// The nodes, and every partial and parent tag (not those inside comments), so a
    /// library can report the ones naming no template.
    static func parseWithReferences(_ source: String) throws(Failure) -> (nodes: [TemplateNode], references: [Reference]) {
        let bytes = Array(source.utf8)
        var tokens: [Flat] = []
        tokens.reserveCapacity(bytes.count)
        var spaces: [Int] = []
        var hasTag = false
        var nonSpace = false
        var indentation: [UInt8] = []
        var tagIndexOnLine = 0
        var lineHasNonSpace = false
        var open = Array("{{".utf8)
        var close = Array("}}".utf8)
        var position = 0
        var references: [Reference] = []
        // Partial tags on the current line: indented only if the line turns out standalone.
        var partialsOnLine: [Int] = []

        func stripSpace() {
            if hasTag && !nonSpace {
                for index in spaces { tokens[index] = .removed }
            } else {
                for index in partialsOnLine {
                    if case .tag(let kind, let name, let offset, let indentation, _) = tokens[index] {
                        tokens[index] = .tag(kind: kind, name: name, offset: offset, indentation: indentation, standaloneCandidate: false)
                    }
                }
            }
            partialsOnLine.removeAll(keepingCapacity: true)
            spaces.removeAll(keepingCapacity: true)
            hasTag = false
            nonSpace = false
        }

        while position < bytes.count {
            let tagStart = find(open, in: bytes, from: position) ?? bytes.count
            while position < tagStart {
                let byte = bytes[position]
                if isWhitespace(byte) {
                    spaces.append(tokens.count)
                    indentation.append(byte)
                } else {
                    nonSpace = true
                    lineHasNonSpace = true
                    indentation.append(UInt8(ascii: " "))
                }
                tokens.append(.text(byte))
                position += 1
                if byte == UInt8(ascii: "\n") {
                    stripSpace()
                    indentation.removeAll(keepingCapacity: true)
                    tagIndexOnLine = 0
                    lineHasNonSpace = false
                }
            }
            guard tagStart < bytes.count else { break }
            hasTag = true
            position = tagStart + open.count
            var kind = UInt8(ascii: "n")
            if position < bytes.count, "#^/>{&=!<$".utf8.contains(bytes[position]) {
                kind = bytes[position]
                position += 1
            }
            let name: String
            let contentStart = position
            var contentEnd = position
            if kind == UInt8(ascii: "{") {
                let end = try closing(Array("}".utf8) + close, in: bytes, from: position, tagStart: tagStart)
                contentEnd = end
                name = trimmed(bytes[position..<end])
                position = end + 1 + close.count
                kind = UInt8(ascii: "&")
            } else if kind == UInt8(ascii: "=") {
                let end = try closing(Array("=".utf8) + close, in: bytes, from: position, tagStart: tagStart)
                contentEnd = end
                name = trimmed(bytes[position..<end])
                position = end + 1 + close.count
            } else {
                let end = try closing(close, in: bytes, from: position, tagStart: tagStart)
                contentEnd = end
                name = trimmed(bytes[position..<end])
                position = end + close.count
            }
            if name.isEmpty && kind != UInt8(ascii: "!") {
                throw failure(at: tagStart, in: bytes, "a tag needs a name")
            }
            // A tag whose closing delimiter is missing swallows text up to some later tag's
            // and fails far away ("{{#az}} is never closed"), or not at all. Only comments
            // may span lines, and no tag holds another's opening delimiter.
            if kind != UInt8(ascii: "!"),
               bytes[contentStart..<contentEnd].contains(UInt8(ascii: "\n"))
                || find(open, in: Array(bytes[contentStart..<contentEnd]), from: 0) != nil {
                throw failure(at: tagStart, in: bytes, "the tag is not closed: '\(String(decoding: close, as: UTF8.self))' is missing")
            }
            if kind == UInt8(ascii: ">") || kind == UInt8(ascii: "<") {
                let place = failure(at: tagStart, in: bytes, "")
                references.append(Reference(name: name, line: place.line, column: place.column))
                if kind == UInt8(ascii: ">") { partialsOnLine.append(tokens.count) }
            }
            tokens.append(.tag(
                kind: kind, name: name, offset: tagStart, indentation: indentation,
                standaloneCandidate: tagIndexOnLine == 0 && !lineHasNonSpace))
            tagIndexOnLine += 1
            if inlineKinds.contains(kind) { nonSpace = true }
            if kind == UInt8(ascii: "=") {
                let parts = name.split(whereSeparator: { $0 == " " || $0 == "\t" })
                guard parts.count == 2 else { throw failure(at: tagStart, in: bytes, "set delimiters as {{=<% %>=}}") }
                open = Array(parts[0].utf8)
                close = Array(parts[1].utf8)
            }
        }
        stripSpace()
        return (try nest(tokens, bytes: bytes), references)
    }

    /// Joins text bytes into runs and nests sections, checking that every tag is closed.
    /// How deep sections, inverted sections, parents and blocks may nest.
    static let maxNesting = 100

    private static func nest(_ tokens: [Flat], bytes: [UInt8]) throws(Failure) -> [TemplateNode] {
        struct Open {
            var kind: UInt8
            var name: String
            var offset: Int
            var nodes: [TemplateNode] = []
        }
        var stack: [Open] = [Open(kind: 0, name: "", offset: 0)]
        var text: [UInt8] = []
        func flushText() {
            if !text.isEmpty {
                stack[stack.count - 1].nodes.append(.text(text))
                text.removeAll(keepingCapacity: true)
            }
        }
        for token in tokens {
            switch token {
            case .removed:
                continue
            case .text(let byte):
                text.append(byte)
            case .tag(let kind, let name, let offset, let indentation, let standalone):
                flushText()
                switch kind {
                case UInt8(ascii: "#"), UInt8(ascii: "^"), UInt8(ascii: "<"), UInt8(ascii: "$"):
                    // Rendering recurses once per level: 10,000 nested sections overflowed
                    // the stack. No real template comes near the limit.
                    guard stack.count <= maxNesting else {
                        throw failure(at: offset, in: bytes, "sections are nested more than \(maxNesting) deep")
                    }
                    stack.append(Open(kind: kind, name: name, offset: offset))
                case UInt8(ascii: "/"):
                    guard stack.count > 1, let section = stack.last, section.name == name else {
                        let expected = stack.count > 1 ? "{{/\(stack[stack.count - 1].name)}}" : "no closing tag"
                        throw failure(at: offset, in: bytes, "{{/\(name)}} closes nothing open here (expected \(expected))")
                    }
                    stack.removeLast()
                    stack[stack.count - 1].nodes.append(node(for: section))
                case UInt8(ascii: ">"):
                    stack[stack.count - 1].nodes.append(
                        .partial(name, indentation: standalone ? String(decoding: indentation, as: UTF8.self) : ""))
                case UInt8(ascii: "&"):
                    stack[stack.count - 1].nodes.append(.variable(TemplateName(name), escaped: false))
                case UInt8(ascii: "n"):
                    stack[stack.count - 1].nodes.append(.variable(TemplateName(name), escaped: true))
                default:
                    break  // comments and set-delimiter tags leave nothing behind
                }
            }
        }
        flushText()
        if stack.count > 1, let open = stack.last {
            throw failure(at: open.offset, in: bytes, "{{\(Character(UnicodeScalar(open.kind)))\(open.name)}} is never closed")
        }
        return stack[0].nodes

        func node(for section: Open) -> TemplateNode {
            switch section.kind {
            case UInt8(ascii: "#"): return .section(TemplateName(section.name), section.nodes)
            case UInt8(ascii: "^"): return .invertedSection(TemplateName(section.name), section.nodes)
            case UInt8(ascii: "$"): return .block(section.name, section.nodes)
            default:
                var blocks: [String: [TemplateNode]] = [:]
                for case .block(let name, let nodes) in section.nodes where blocks[name] == nil { blocks[name] = nodes }
                return .parent(section.name, blocks: blocks)
            }
        }
    }

    private static func isWhitespace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0x0B || byte == 0x0C
    }

    private static func find(_ needle: [UInt8], in bytes: [UInt8], from start: Int) -> Int? {
        guard let first = needle.first, bytes.count >= needle.count else { return nil }
        var index = start
        let last = bytes.count - needle.count
        while index <= last {
            if bytes[index] == first, bytes[index..<(index + needle.count)].elementsEqual(needle) { return index }
            index += 1
        }
        return nil
    }

    private static func closing(_ needle: [UInt8], in bytes: [UInt8], from start: Int, tagStart: Int) throws(Failure) -> Int {
        guard let end = find(needle, in: bytes, from: start) else {
            throw failure(at: tagStart, in: bytes, "the tag is never closed with \(String(decoding: needle, as: UTF8.self))")
        }
        return end
    }

    private static func trimmed(_ slice: ArraySlice<UInt8>) -> String {
        var slice = slice
        while let first = slice.first, isWhitespace(first) { slice = slice.dropFirst() }
        while let last = slice.last, isWhitespace(last) { slice = slice.dropLast() }
        return String(decoding: slice, as: UTF8.self)
    }

    private static func failure(at offset: Int, in bytes: [UInt8], _ message: String) -> Failure {
        var line = 1
        var lineStart = 0
        for index in 0..<min(offset, bytes.count) where bytes[index] == UInt8(ascii: "\n") {
            line += 1
            lineStart = index + 1
        }
        let column = bytes[lineStart..<min(offset, bytes.count)].reduce(0) { $0 + (($1 & 0xC0) == 0x80 ? 0 : 1) } + 1
        return Failure(line: line, column: column, message: message)
    }
}
