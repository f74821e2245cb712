/// A fast reader for the front matter most term files have: `key: value` lines whose
/// values are text, `[flow, lists]`, block lists of text, or (for `related`) block lists of
/// `title`/`url` mappings.
///
/// Yams composes a full node graph, hashes every key node and resolves every scalar's tag
/// with regular expressions: two thirds of the front matter stage. This reader handles the
/// common shapes in one pass and returns nil for anything else (comments after values,
/// numbers, anchors, multi-line scalars, escapes, any error), and the caller then asks
/// Yams; so its answers must equal Yams's, which a differential test checks.
package enum SimpleFrontMatter {
    private struct Line {
        var number: Int
        var bytes: ArraySlice<UInt8>
    }

    private enum Value {
        case null
        case scalar(Located<String>, plain: Bool)
        /// The list's position (its `[` or first `-`) and its items, all text.
        case list(FrontMatterValue.Position, [Located<String>])
        /// A block list for `related`: names and `title`/`url` mappings.
        case related(FrontMatterValue.Position, [FrontMatterValue])
    }

    /// The fields, or nil when the text is not in the simple subset. `yaml` starts on
    /// file line 2.
    package static func parse(yaml: String) -> FrontMatter? {
        let bytes = Array(yaml.utf8)
        guard isPlainYAMLText(bytes) else { return nil }
        var lines: [Line] = []
        var number = 2
        for slice in bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false) {
            lines.append(Line(number: number, bytes: slice))
            number += 1
        }
        var fields: [(key: String, line: Int, value: Value)] = []
        var index = 0
        while index < lines.count {
            let line = lines[index]
            if isBlankOrComment(line.bytes) {
                index += 1
                continue
            }
            guard let (key, rest, restColumn) = splitKey(line.bytes), !fields.contains(where: { $0.key == key }) else {
                return nil
            }
            index += 1
            if trimmed(rest).isEmpty {
                let (value, next) = blockValue(lines, from: index, key: key)
                guard let value else { return nil }
                fields.append((key, line.number, value))
                index = next
            } else {
                guard let value = inlineValue(rest, line: line.number, column: restColumn) else { return nil }
                fields.append((key, line.number, value))
            }
        }
        return frontMatter(from: fields)
    }

    // MARK: building the result, as FrontMatterParser does from Yams's nodes

    /// The values as `FrontMatterMapping` takes them from either reader; nil (ask Yams)
    /// where a plain scalar's type would need YAML's resolver, or the mapping finds an
    /// error (Yams then reports it with its own positions).
    private static func frontMatter(from fields: [(key: String, line: Int, value: Value)]) -> FrontMatter? {
        var values: [FrontMatterValue.Field] = []
        values.reserveCapacity(fields.count)
        for field in fields {
            let keyPosition = FrontMatterValue.Position(line: field.line, column: 1)
            let value: FrontMatterValue
            switch field.value {
            case .null:
                value = .null(FrontMatterValue.Position(line: field.line, column: field.key.unicodeScalars.count + 2))
            case .scalar(let located, let plain):
                let position = FrontMatterValue.Position(line: located.line, column: located.column)
                if !plain || YAMLFields.isPlainText(located.value) {
                    value = .scalar(.init(text: located.value, position: position, kind: .text))
                } else if located.value == "true" || located.value == "false" {
                    value = .scalar(.init(text: located.value, position: position, kind: .bool(located.value == "true")))
                } else if !FrontMatter.isKnownKey(FrontMatterValue.contractKey(field.key)) {
                    // Only shown as text to templates: its YAML type does not matter.
                    value = .scalar(.init(text: located.value, position: position, kind: .other("a value")))
                } else {
                    return nil
                }
            case .list(let position, let items):
                value = .list(items.map(text), position)
            case .related(let position, let items):
                guard field.key == "related" else { return nil }
                value = .list(items, position)
            }
            values.append(FrontMatterValue.Field(key: field.key, keyPosition: keyPosition, value: value))
        }
        return try? FrontMatterMapping.frontMatter(values, file: "")
    }

    private static func text(_ located: Located<String>) -> FrontMatterValue {
        .scalar(.init(text: located.value, position: .init(line: located.line, column: located.column), kind: .text))
    }

    // MARK: lines

    private static func isBlankOrComment(_ line: ArraySlice<UInt8>) -> Bool {
        let content = trimmed(line)
        return content.isEmpty || content.first == UInt8(ascii: "#")
    }

    /// `key: rest` at column 1; the key made of letters, digits, `_` and `-`.
    private static func splitKey(_ line: ArraySlice<UInt8>) -> (String, ArraySlice<UInt8>, Int)? {
        guard let first = line.first, isKeyStart(first) else { return nil }
        var index = line.startIndex
        while index < line.endIndex, isKeyByte(line[index]) { index += 1 }
        guard index < line.endIndex, line[index] == UInt8(ascii: ":") else { return nil }
        let afterColon = index + 1
        guard afterColon == line.endIndex || line[afterColon] == UInt8(ascii: " ") else { return nil }
        let key = String(decoding: line[line.startIndex..<index], as: UTF8.self)
        var restStart = afterColon
        while restStart < line.endIndex, line[restStart] == UInt8(ascii: " ") { restStart += 1 }
        return (key, line[restStart...], restStart - line.startIndex + 1)
    }

    /// A value on the key's own line: a flow list, a quoted scalar, or a plain scalar.
    private static func inlineValue(_ rest: ArraySlice<UInt8>, line: Int, column: Int) -> Value? {
        let content = trimmedEnd(rest)
        guard let first = content.first else { return .null }
        if first == UInt8(ascii: "[") { return flowList(content, line: line, column: column) }
        guard let (text, plain) = scalar(content) else { return nil }
        if plain && (text == "~" || text == "null" || text == "Null" || text == "NULL") { return .null }
        return .scalar(Located(text, line: line, column: column), plain: plain)
    }

    /// `[a, "b c", d]` on one line.
    private static func flowList(_ content: ArraySlice<UInt8>, line: Int, column: Int) -> Value? {
        guard content.last == UInt8(ascii: "]") else { return nil }
        let inner = content.dropFirst().dropLast()
        var items: [Located<String>] = []
        let listPosition = FrontMatterValue.Position(line: line, column: column)
        if trimmed(inner).isEmpty { return .list(listPosition, []) }
        var start = inner.startIndex
        // Columns are counted on from the previous item: counting from the line's start for
        // each item was quadratic in a list of 50,000 aliases.
        var counted = (end: content.startIndex, scalars: 0)
        while start <= inner.endIndex {
            var end = start
            var quote: UInt8?
            while end < inner.endIndex {
                let byte = inner[end]
                if let open = quote {
                    if byte == open { quote = nil }
                } else if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
                    quote = byte
                } else if byte == UInt8(ascii: ",") {
                    break
                }
                end += 1
            }
            var itemStart = start
            while itemStart < end, inner[itemStart] == UInt8(ascii: " ") { itemStart += 1 }
            let item = trimmedEnd(inner[itemStart..<end])
            guard !item.isEmpty, let (text, plain) = scalar(item, inFlow: true), !plain || YAMLFields.isPlainText(text)
            else { return nil }
            counted = (itemStart, counted.scalars + scalarCount(content[counted.end..<itemStart]))
            let itemColumn = column + counted.scalars
            items.append(Located(text, line: line, column: itemColumn))
            start = end + 1
        }
        return .list(listPosition, items)
    }

    /// Lines after `key:` with nothing on its line: a block list (`- item` or `- title: …`
    /// mappings, indented or not), or nothing (null).
    private static func blockValue(_ lines: [Line], from start: Int, key: String) -> (Value?, Int) {
        var index = start
        var items: [Located<String>] = []
        var entries: [FrontMatterValue] = []
        var allNames = true
        var dashIndent: Int?
        var listPosition: FrontMatterValue.Position?
        while index < lines.count {
            let line = lines[index].bytes
            if trimmed(line).isEmpty { index += 1; continue }
            let indent = line.prefix { $0 == UInt8(ascii: " ") }.count
            guard line.dropFirst(indent).first == UInt8(ascii: "-") else { break }
            if let dashIndent, dashIndent != indent { return (nil, index) }
            dashIndent = indent
            if listPosition == nil { listPosition = .init(line: lines[index].number, column: indent + 1) }
            let afterDash = line.startIndex + indent + 1
            guard afterDash < line.endIndex, line[afterDash] == UInt8(ascii: " ") else { return (nil, index) }
            var contentStart = afterDash
            while contentStart < line.endIndex, line[contentStart] == UInt8(ascii: " ") { contentStart += 1 }
            let content = trimmedEnd(line[contentStart...])
            let column = scalarCount(line[line.startIndex..<contentStart]) + 1
            let lineNumber = lines[index].number
            index += 1
            if let (mappingKey, rest, _) = splitKey(content), key == "related" {
                // `- title: …` then `  url: …` lines indented to the first key.
                var pairs: [String: String] = [:]
                guard let (first, plain) = scalar(trimmedEnd(rest)), !plain || YAMLFields.isPlainText(first) else {
                    return (nil, index)
                }
                pairs[mappingKey] = first
                while index < lines.count {
                    let next = lines[index].bytes
                    let nextIndent = next.prefix { $0 == UInt8(ascii: " ") }.count
                    guard nextIndent == contentStart - line.startIndex, !trimmed(next).isEmpty,
                          let (otherKey, otherRest, _) = splitKey(next.dropFirst(nextIndent)), pairs[otherKey] == nil,
                          let (value, valuePlain) = scalar(trimmedEnd(otherRest)),
                          !valuePlain || YAMLFields.isPlainText(value)
                    else { break }
                    pairs[otherKey] = value
                    index += 1
                }
                guard Set(pairs.keys).isSubset(of: ["title", "url"]), pairs["url"] != nil else { return (nil, index) }
                let position = FrontMatterValue.Position(line: lineNumber, column: column)
                entries.append(.mapping(pairs.keys.sorted().map { key in
                    FrontMatterValue.Field(
                        key: key, keyPosition: position, value: .scalar(.init(text: pairs[key]!, position: position, kind: .text)))
                }, position))
                allNames = false
            } else {
                guard let (text, plain) = scalar(content), !plain || YAMLFields.isPlainText(text) else { return (nil, index) }
                items.append(Located(text, line: lineNumber, column: column))
                // Only `related` mixes names and mappings; other lists stay plain text.
                if key == "related" { entries.append(Self.text(Located(text, line: lineNumber, column: column))) }
            }
        }
        // A following line that is neither a new key nor blank (e.g. a continuation) is
        // outside the subset.
        if index < lines.count, splitKey(lines[index].bytes) == nil, !isBlankOrComment(lines[index].bytes) {
            return (nil, index)
        }
        if dashIndent == nil { return (.null, index) }
        if key == "related" { return (.related(listPosition!, entries), index) }
        return allNames ? (.list(listPosition!, items), index) : (nil, index)
    }

    /// A single-line scalar: `"double"` (no escapes), `'single'` (with `''`), or plain text
    /// that cannot be mistaken for other YAML syntax. Returns the text and whether it was plain.
    private static func scalar(_ content: ArraySlice<UInt8>, inFlow: Bool = false) -> (String, Bool)? {
        guard let first = content.first else { return nil }
        if first == UInt8(ascii: "\"") {
            guard content.count >= 2, content.last == UInt8(ascii: "\"") else { return nil }
            let inner = content.dropFirst().dropLast()
            guard !inner.contains(UInt8(ascii: "\"")), !inner.contains(UInt8(ascii: "\\")) else { return nil }
            return (String(decoding: inner, as: UTF8.self), false)
        }
        if first == UInt8(ascii: "'") {
            guard content.count >= 2, content.last == UInt8(ascii: "'") else { return nil }
            let inner = content.dropFirst().dropLast()
            var text: [UInt8] = []
            var index = inner.startIndex
            while index < inner.endIndex {
                if inner[index] == UInt8(ascii: "'") {
                    guard index + 1 < inner.endIndex, inner[index + 1] == UInt8(ascii: "'") else { return nil }
                    index += 1
                }
                text.append(inner[index])
                index += 1
            }
            return (String(decoding: text, as: UTF8.self), false)
        }
        // Plain scalars: no indicator at the start, no ": " or " #" inside, no tabs, and in a
        // flow list none of the flow indicators.
        if "[]{},#&*!|>'\"%@`?:-".utf8.contains(first) {
            guard first == UInt8(ascii: "-") || first == UInt8(ascii: "?") || first == UInt8(ascii: ":"),
                  content.count > 1, content[content.startIndex + 1] != UInt8(ascii: " ")
            else { return nil }
            if first != UInt8(ascii: "-") { return nil }
        }
        var previous: UInt8 = 0
        for byte in content {
            if byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\r") { return nil }
            if byte == UInt8(ascii: "#") && previous == UInt8(ascii: " ") { return nil }
            if previous == UInt8(ascii: ":") && byte == UInt8(ascii: " ") { return nil }
            if inFlow && "[]{},".utf8.contains(byte) { return nil }
            previous = byte
        }
        if content.last == UInt8(ascii: ":") { return nil }
        return (String(decoding: content, as: UTF8.self), true)
    }

    // MARK: bytes

    /// False when the text holds a character YAML forbids (control characters, DEL, C1
    /// controls, U+FFFE/U+FFFF), which Yams reports as an error, one YAML reads as a line
    /// break (NEL, U+2028, U+2029), which splits a scalar where this reader would not, or a
    /// byte order mark, which Yams drops: Yams must answer those. Found by fuzzing
    /// (Fixtures/fuzz-regressions).
    private static func isPlainYAMLText(_ bytes: [UInt8]) -> Bool {
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            switch byte {
            case 0x09, 0x0A, 0x20..<0x7F:
                break
            case 0x00..<0x20, 0x7F:
                return false
            case 0xC2 where index + 1 < bytes.count && (0x80...0x9F).contains(bytes[index + 1]):
                return false  // C1 controls and NEL (U+0085)
            case 0xE2 where index + 2 < bytes.count && bytes[index + 1] == 0x80 && (bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9):
                return false  // U+2028, U+2029
            case 0xEF where index + 2 < bytes.count && bytes[index + 1] == 0xBF && bytes[index + 2] >= 0xBE:
                return false  // U+FFFE, U+FFFF
            case 0xEF where index + 2 < bytes.count && bytes[index + 1] == 0xBB && bytes[index + 2] == 0xBF:
                return false  // U+FEFF: Yams drops a byte order mark wherever it stands
            default:
                break
            }
            index += 1
        }
        return true
    }

    private static func isKeyStart(_ byte: UInt8) -> Bool {
        (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")) || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
            || byte == UInt8(ascii: "_")
    }

    private static func isKeyByte(_ byte: UInt8) -> Bool {
        isKeyStart(byte) || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) || byte == UInt8(ascii: "-")
    }

    private static func trimmed(_ bytes: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
        var slice = trimmedEnd(bytes)
        while let first = slice.first, first == UInt8(ascii: " ") { slice = slice.dropFirst() }
        return slice
    }

    private static func trimmedEnd(_ bytes: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
        var slice = bytes
        while let last = slice.last, last == UInt8(ascii: " ") { slice = slice.dropLast() }
        return slice
    }

    /// Unicode scalars in a run of UTF-8 bytes (for columns).
    private static func scalarCount(_ bytes: ArraySlice<UInt8>) -> Int {
        bytes.reduce(0) { $0 + (($1 & 0xC0) == 0x80 ? 0 : 1) }
    }
}
