/// Escapes text for HTML element content and quoted attribute values.
enum HTMLEscaping {
    /// Appends `text` with `& < > " '` replaced by entities (the same set swift-mustache
    /// and most Mustache implementations escape), working on UTF-8 bytes, and closes the
    /// bidi overrides it leaves open (`BidiBalance`) so they cannot reach past the value.
    static func append(_ text: String, to output: inout [UInt8]) {
        var text = text
        text.withUTF8 { bytes in
            var runStart = 0
            var balance = BidiBalance()
            for index in 0..<bytes.count {
                let replacement: StaticString
                switch bytes[index] {
                case 0xE2:
                    if index + 2 < bytes.count { balance.note(bytes[index + 1], bytes[index + 2]) }
                    continue
                case UInt8(ascii: "&"): replacement = "&amp;"
                case UInt8(ascii: "<"): replacement = "&lt;"
                case UInt8(ascii: ">"): replacement = "&gt;"
                case UInt8(ascii: "\""): replacement = "&quot;"
                case UInt8(ascii: "'"): replacement = "&#39;"
                default: continue
                }
                output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
                output.append(contentsOf: UnsafeBufferPointer(start: replacement.utf8Start, count: replacement.utf8CodeUnitCount))
                runStart = index + 1
            }
            output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<bytes.count]))
            balance.appendClosers(to: &output)
        }
    }

    /// `text` escaped, as a string.
    static func escape(_ text: String) -> String {
        var output: [UInt8] = []
        append(text, to: &output)
        return String(decoding: output, as: UTF8.self)
    }
}
