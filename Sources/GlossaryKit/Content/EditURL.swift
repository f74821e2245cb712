/// `edit_url:` in `glossary.yml`: the address of a term file's editor on its code host, with
/// `{path}` where the file's path goes (`https://github.com/acme/glossary/edit/main/{path}`).
enum EditURL {
    static let placeholder = "{path}"

    /// Why the pattern cannot be used, or nil when it can. It becomes a link on every term
    /// page, so it must be an http(s) address (no `javascript:`), without spaces or control
    /// characters, and name the file somewhere.
    static func problem(_ pattern: String) -> String? {
        if !pattern.contains(placeholder) {
            return "edit_url must contain {path} where the term file's path goes, found '\(pattern)'"
        }
        if pattern.unicodeScalars.contains(where: { $0.value <= 0x20 || (0x7F...0x9F).contains($0.value) || $0.properties.isWhitespace }) {
            return "edit_url may not contain spaces, line breaks or control characters"
        }
        let lower = pattern.lowercased()
        guard lower.hasPrefix("https://") || lower.hasPrefix("http://") else {
            return "edit_url must be an http:// or https:// address, found '\(pattern)'"
        }
        return nil
    }

    /// The pattern with `{path}` replaced by the file's path, each segment percent-encoded
    /// (everything but ASCII letters, digits, `-`, `.`, `_`, `~`), its `/` kept.
    static func make(_ pattern: String, path: String) -> String {
        pattern.replacingOccurrences(of: placeholder, with: encoded(path))
    }

    static func encoded(_ path: String) -> String {
        let hex = Array("0123456789ABCDEF".utf8)
        var out: [UInt8] = []
        for byte in path.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                 UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"), UInt8(ascii: "/"):
                out.append(byte)
            default:
                out += [UInt8(ascii: "%"), hex[Int(byte >> 4)], hex[Int(byte & 0x0F)]]
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}
