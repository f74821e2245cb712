import Foundation
import PropertyBased
import Testing
@testable import GlossaryKit

/// Every value lands escaped for where it goes: HTML text and attributes through
/// `HTMLEscaping` (and the template engine's `{{x}}`), JSON inside `<script>` through
/// `JSONText`. Escaping must lose nothing (it round-trips, bidi controls a value leaves
/// open aside: those are closed at its end) and leave nothing active.
@Suite("Escaping properties")
struct EscapingProperties {
    static let entities: [(entity: [UInt8], character: UInt8)] = [
        ("&amp;", "&"), ("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&#39;", "'"),
    ].map { (Array($0.utf8), UInt8(ascii: $1)) }

    /// The five entities `HTMLEscaping` writes, undone, on UTF-8 bytes (as a browser reads
    /// them): on Characters, `&quot;` followed by a combining mark would not match, since
    /// the `;` and the mark are one Character. Nil when an `&` starts no entity.
    static func unescapeHTML(_ html: String) -> String? {
        let bytes = Array(html.utf8)
        var out: [UInt8] = []
        var index = 0
        while index < bytes.count {
            guard bytes[index] == UInt8(ascii: "&") else {
                out.append(bytes[index])
                index += 1
                continue
            }
            guard let match = entities.first(where: { bytes[index...].starts(with: $0.entity) }) else { return nil }
            out.append(match.character)
            index += match.entity.count
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// No markup character left raw, and every `&` starts one of the entities written.
    static func isInert(_ html: String) -> Bool {
        !html.utf8.contains { "<>\"'".utf8.contains($0) } && unescapeHTML(html) != nil
    }

    @Test func htmlEscapingRoundTripsAndLeavesNothingActive() async {
        await propertyCheck(count: 2000, input: TrickyText.string(upTo: 24)) { text in
            let escaped = HTMLEscaping.escape(text)
            #expect(Self.isInert(escaped), "\(text.debugDescription) → \(escaped.debugDescription)")
            // Escaping closes the bidi controls a value leaves open (BidiBalance) and changes
            // nothing else.
            #expect(Self.unescapeHTML(escaped)?.unicodeScalars.elementsEqual(BidiBalance.closed(text).unicodeScalars) == true,
                    "\(text.debugDescription)")
        }
    }

    /// The template engine escapes `{{x}}` in text and in a quoted attribute the same way,
    /// and `{{{x}}}` not at all.
    @Test func templateVariablesAreEscapedInTextAndAttributes() async throws {
        let templates = try TemplateSet(sources: ["t": #"<p title="{{x}}">{{x}}</p>{{{x}}}"#])
        await propertyCheck(count: 1000, input: TrickyText.string(upTo: 24)) { text in
            let output = String(decoding: templates.render("t", context: .object(["x": .string(text)])), as: UTF8.self)
            let escaped = HTMLEscaping.escape(text)
            #expect(output == #"<p title="\#(escaped)">\#(escaped)</p>\#(text)"#, "\(text.debugDescription)")
        }
    }

    @Test func jsonTextParsesBackAndIsSafeInAScript() async throws {
        await propertyCheck(count: 2000, input: TrickyText.string(upTo: 24)) { text in
            var bytes: [UInt8] = []
            JSONText.appendString(text, to: &bytes)
            let json = String(decoding: bytes, as: UTF8.self)
            let parsed = try JSONSerialization.jsonObject(with: Data(bytes), options: .fragmentsAllowed) as? String
            #expect(parsed.map { $0.unicodeScalars.elementsEqual(BidiBalance.closed(text).unicodeScalars) } == true,
                    "\(text.debugDescription) → \(json.debugDescription) → \(parsed.debugDescription)")
            #expect(!json.contains("</") && !json.contains("<!--"), "\(json.debugDescription)")
            #expect(!json.contains(where: { "<>&".contains($0) }), "\(json.debugDescription)")
            #expect(!json.unicodeScalars.contains { $0 == "\u{2028}" || $0 == "\u{2029}" || $0.value < 0x20 },
                    "\(json.debugDescription)")
        }
    }

    @Test func jsonArraysParseBack() async throws {
        await propertyCheck(count: 500, input: TrickyText.string(upTo: 8).array(of: 0...5)) { items in
            var bytes: [UInt8] = []
            JSONText.appendArray(items, to: &bytes)
            let parsed = try JSONSerialization.jsonObject(with: Data(bytes)) as? [String]
            #expect(parsed?.map { Array($0.unicodeScalars) } == items.map { Array(BidiBalance.closed($0).unicodeScalars) })
        }
    }
}
