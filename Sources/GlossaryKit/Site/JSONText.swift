/// Writes JSON strings by hand, escaped so the text is also safe inside an HTML `<script>`:
/// `<`, `>`, `&` and U+2028/U+2029 become `\u` escapes, as well as quotes, backslashes and
/// control characters. Bidi overrides a string leaves open are closed at its end
/// (`BidiBalance`), as in HTML, so scripts that show the text get it closed too. U+FEFF is
/// escaped too: Foundation's JSON reader drops a raw one at the start of a string (found by
/// the escaping property tests), and escaped it is visible in review.
enum JSONText {
    /// A string as a JSON string literal, quotes included.
    static func quoted(_ text: String) -> String {
        var out: [UInt8] = []
        appendString(text, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    static func appendString(_ text: String, to out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        var text = text
        text.withUTF8 { appendEscaped($0, to: &out) }
        out.append(UInt8(ascii: "\""))
    }

    private static func appendEscaped(_ bytes: UnsafeBufferPointer<UInt8>, to out: inout [UInt8]) {
        // Most text needs no escape at all: copy it in one go.
        if !bytes.contains(where: { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C || $0 == 0x3C || $0 == 0x3E || $0 == 0x26 || $0 == 0xE2 || $0 == 0xEF }) {
            out.append(contentsOf: bytes)
            return
        }
        var index = 0
        var balance = BidiBalance()
        while index < bytes.count {
            let byte = bytes[index]
            switch byte {
            case UInt8(ascii: "\""): out.append(contentsOf: #"\""#.utf8)
            case UInt8(ascii: "\\"): out.append(contentsOf: #"\\"#.utf8)
            case UInt8(ascii: "\n"): out.append(contentsOf: #"\n"#.utf8)
            case UInt8(ascii: "\r"): out.append(contentsOf: #"\r"#.utf8)
            case UInt8(ascii: "\t"): out.append(contentsOf: #"\t"#.utf8)
            case UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "&"), 0..<0x20:
                appendUnicodeEscape(UInt32(byte), to: &out)
            case 0xE2 where index + 2 < bytes.count && bytes[index + 1] == 0x80 && (bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9):
                // U+2028 and U+2029 end a line inside a <script>.
                appendUnicodeEscape(bytes[index + 2] == 0xA8 ? 0x2028 : 0x2029, to: &out)
                index += 2
            case 0xE2:
                if index + 2 < bytes.count { balance.note(bytes[index + 1], bytes[index + 2]) }
                out.append(byte)
            case 0xEF where index + 2 < bytes.count && bytes[index + 1] == 0xBB && bytes[index + 2] == 0xBF:
                appendUnicodeEscape(0xFEFF, to: &out)
                index += 2
            default:
                out.append(byte)
            }
            index += 1
        }
        balance.appendClosers(to: &out)
    }

    static func appendArray(_ items: [String], to out: inout [UInt8]) {
        out.append(UInt8(ascii: "["))
        for (index, item) in items.enumerated() {
            if index > 0 { out.append(UInt8(ascii: ",")) }
            appendString(item, to: &out)
        }
        out.append(UInt8(ascii: "]"))
    }

    private static func appendUnicodeEscape(_ value: UInt32, to out: inout [UInt8]) {
        let hex = Array("0123456789abcdef".utf8)
        out.append(contentsOf: #"\u"#.utf8)
        for shift in stride(from: 12, through: 0, by: -4) {
            out.append(hex[Int((value >> UInt32(shift)) & 0xF)])
        }
    }
}
