/// Finds YAML alias uses (`*name`) in front matter text before Yams composes it, so a file
/// of a few hundred bytes cannot make the build do exponential work ("billion laughs").
///
/// Yams shares an anchored node between its uses, so composing is cheap, but anything that
/// walks the result expands every use: nine anchors of nine aliases each are 9⁹ values.
/// Two places walk it: our own `plainText` (bounded by `FrontMatterLimits`), and Yams itself,
/// which hashes every mapping key in full to find duplicates, before we see the node. So an
/// alias in a key is refused here, and so are more than `maxAliases` uses.
///
/// The scan is lexical: it knows quotes, comments, flow brackets and block scalars, enough
/// to tell an alias from a `*` inside text. It may count a `*` YAML reads as text (after
/// `- ` inside a plain scalar); that only matters past the limit, far beyond real use.
enum YAMLAliasScan {
    /// What the scan refuses, at its 1-based line and column in the YAML text.
    struct Problem: Equatable {
        var line: Int
        var column: Int
        var message: String
    }

    static func check(_ yaml: String) -> Problem? {
        // Most front matter has no `*` at all.
        guard yaml.utf8.contains(UInt8(ascii: "*")) else { return nil }
        let bytes = Array(yaml.utf8)
        var scanner = Scanner(bytes: bytes)
        return scanner.run()
    }

    private struct Scanner {
        let bytes: [UInt8]
        var index = 0
        var line = 1
        var lineStart = 0
        var aliases = 0
        var flowDepth = 0
        /// Whether an alias stood inside the flow collection now open at depth 1.
        var aliasInFlow = false
        /// Where the first explicit key (`? `) and the first alias are, for the refusal of both.
        var explicitKey: (line: Int, column: Int)?
        var firstAlias: String?

        init(bytes: [UInt8]) { self.bytes = bytes }

        mutating func run() -> Problem? {
            while index < bytes.count {
                let byte = bytes[index]
                switch byte {
                case UInt8(ascii: "\n"):
                    index += 1
                    line += 1
                    lineStart = index
                case UInt8(ascii: "#") where index == lineStart || isSpace(bytes[index - 1]):
                    while index < bytes.count, bytes[index] != UInt8(ascii: "\n") { index += 1 }
                case UInt8(ascii: "\""), UInt8(ascii: "'"):
                    if atNodeStart(index) { skipQuoted(byte) } else { index += 1 }
                case UInt8(ascii: "|"), UInt8(ascii: ">"):
                    if flowDepth == 0, atNodeStart(index) { skipBlockScalar() } else { index += 1 }
                case UInt8(ascii: "["), UInt8(ascii: "{"):
                    if flowDepth > 0 || atNodeStart(index) {
                        if flowDepth == 0 { aliasInFlow = false }
                        flowDepth += 1
                    }
                    index += 1
                case UInt8(ascii: "]"), UInt8(ascii: "}"):
                    index += 1
                    if flowDepth > 0 {
                        flowDepth -= 1
                        if flowDepth == 0, aliasInFlow, isKeyColon(after: index) {
                            return Problem(
                                line: line, column: column(of: index - 1),
                                message: "a mapping key may not hold an alias (*name): YAML would expand it in full")
                        }
                    }
                case UInt8(ascii: "?") where flowDepth == 0 && atNodeStart(index) && followedBySpace(index):
                    if explicitKey == nil { explicitKey = (line, column(of: index)) }
                    index += 1
                case UInt8(ascii: "*") where atNodeStart(index):
                    if let problem = alias() { return problem }
                default:
                    index += 1
                }
            }
            if let key = explicitKey, let alias = firstAlias {
                return Problem(
                    line: key.line, column: key.column,
                    message: "an explicit key ('? ') may not be used with aliases (*\(alias)): "
                        + "YAML would expand them in full")
            }
            return nil
        }

        /// At a `*` that starts a node: counts it, and refuses it as a key or past the limit.
        private mutating func alias() -> Problem? {
            let start = index
            index += 1
            while index < bytes.count, isAnchorByte(bytes[index]) { index += 1 }
            let name = String(decoding: bytes[(start + 1)..<index], as: UTF8.self)
            guard !name.isEmpty else { return nil }
            aliases += 1
            let position = (line: line, column: column(of: start))
            if firstAlias == nil { firstAlias = name }
            if flowDepth > 0 { aliasInFlow = true }
            if aliases > FrontMatterLimits.maxAliases {
                return Problem(
                    line: position.line, column: position.column,
                    message: "more than \(FrontMatterLimits.maxAliases) aliases (*name) in one YAML text; "
                        + "write the values out instead")
            }
            if isKeyColon(after: index) {
                return Problem(
                    line: position.line, column: position.column,
                    message: "a mapping key may not be an alias (*\(name)): YAML would expand it in full")
            }
            return nil
        }

        /// Whether the node starting at `position` is at the start of a YAML node: the first
        /// thing on its line, or after `- `, `? `, `: `, `[`, `{` or `,` (spaces between).
        private func atNodeStart(_ position: Int) -> Bool {
            var before = position - 1
            while before >= lineStart, isSpace(bytes[before]) { before -= 1 }
            guard before >= lineStart else { return true }
            switch bytes[before] {
            case UInt8(ascii: "["), UInt8(ascii: "{"), UInt8(ascii: ","): return true
            case UInt8(ascii: "-"), UInt8(ascii: "?"), UInt8(ascii: ":"):
                // The indicator needs a space after it (`-x` is text) and must itself be
                // at a node start, or (for `:`) end a key.
                guard before + 1 < position, isSpace(bytes[before + 1]) else { return false }
                return bytes[before] == UInt8(ascii: ":") || atNodeStart(before)
            default: return false
            }
        }

        private func followedBySpace(_ position: Int) -> Bool {
            position + 1 >= bytes.count || isSpace(bytes[position + 1]) || bytes[position + 1] == UInt8(ascii: "\n")
        }

        /// Whether, after optional spaces, a `:` that ends a key follows.
        private func isKeyColon(after position: Int) -> Bool {
            var next = position
            while next < bytes.count, isSpace(bytes[next]) { next += 1 }
            guard next < bytes.count, bytes[next] == UInt8(ascii: ":") else { return false }
            let after = next + 1
            return after >= bytes.count || isSpace(bytes[after]) || ",]}\n".utf8.contains(bytes[after])
        }

        /// Past a quoted scalar, which may span lines; `''` and `\"` stay inside.
        private mutating func skipQuoted(_ quote: UInt8) {
            index += 1
            while index < bytes.count {
                let byte = bytes[index]
                if byte == UInt8(ascii: "\n") {
                    line += 1
                    lineStart = index + 1
                } else if quote == UInt8(ascii: "\""), byte == UInt8(ascii: "\\") {
                    index += 1
                    if index < bytes.count, bytes[index] == UInt8(ascii: "\n") {
                        line += 1
                        lineStart = index + 1
                    }
                } else if byte == quote {
                    if quote == UInt8(ascii: "'"), index + 1 < bytes.count, bytes[index + 1] == quote {
                        index += 1
                    } else {
                        index += 1
                        return
                    }
                }
                index += 1
            }
        }

        /// Past a `|` or `>` block scalar: the rest of its line, then every line that is blank
        /// or indented more than the line it started on.
        private mutating func skipBlockScalar() {
            let indent = indentation(from: lineStart)
            while index < bytes.count, bytes[index] != UInt8(ascii: "\n") { index += 1 }
            while index < bytes.count {
                let next = index + 1
                var end = next
                while end < bytes.count, bytes[end] != UInt8(ascii: "\n") { end += 1 }
                let blank = bytes[next..<end].allSatisfy(isSpace)
                guard blank || indentation(from: next) > indent else { return }
                index = end
                line += 1
                lineStart = next
            }
        }

        private func indentation(from start: Int) -> Int {
            var end = start
            while end < bytes.count, bytes[end] == UInt8(ascii: " ") { end += 1 }
            return end - start
        }

        /// 1-based column in Unicode scalars, as diagnostics count.
        private func column(of position: Int) -> Int {
            bytes[lineStart..<position].reduce(1) { $0 + (($1 & 0xC0) == 0x80 ? 0 : 1) }
        }

        private func isSpace(_ byte: UInt8) -> Bool { byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") }

        /// libyaml's anchor characters: ASCII letters, digits, `_` and `-`.
        private func isAnchorByte(_ byte: UInt8) -> Bool {
            (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")) || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
                || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) || byte == UInt8(ascii: "_")
                || byte == UInt8(ascii: "-")
        }
    }
}
