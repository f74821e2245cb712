import Foundation
import Testing
@testable import GlossaryKit

/// The escapers close the bidi controls a value leaves open (so a right-to-left override in
/// a title cannot reverse the text after it), and related URLs with a script-running
/// scheme are recognised however a browser would still read them.
@Suite("Hostile text")
struct HostileTextTests {
    static let rlo = "\u{202E}", lre = "\u{202A}", rle = "\u{202B}", pdf = "\u{202C}"
    static let lri = "\u{2066}", fsi = "\u{2068}", pdi = "\u{2069}"

    @Test(arguments: [
        // An override left open is closed at the end of the value.
        ("\(rlo)evil.exe", "\(rlo)evil.exe\(pdf)"),
        // Nested: innermost first.
        ("\(rle)a\(lri)b\(rlo)c", "\(rle)a\(lri)b\(rlo)c\(pdf)\(pdi)\(pdf)"),
        // Closed controls stay as they are; a PDI closes the embeddings opened inside it.
        ("\(rlo)a\(pdf) b", "\(rlo)a\(pdf) b"),
        ("\(fsi)\(rlo)a\(pdi) b", "\(fsi)\(rlo)a\(pdi) b"),
        // A PDF cannot close across an isolate: both still need closing.
        ("\(lri)\(pdf)a", "\(lri)\(pdf)a\(pdi)"),
        // Strays are left alone and need nothing.
        ("a\(pdf)\(pdi)b", "a\(pdf)\(pdi)b"),
        // Other characters that start with the same UTF-8 byte (— ’ …) are not controls.
        ("a — b’s …", "a — b’s …"),
        ("\(lre)", "\(lre)\(pdf)"),
    ])
    func htmlEscapingClosesOpenBidiControls(input: String, expected: String) {
        #expect(HTMLEscaping.escape(input) == expected)
    }

    @Test func htmlEscapingStillEscapesMarkupAroundBidiControls() {
        #expect(HTMLEscaping.escape("\(Self.rlo)<b title=\"x\">'") == "\(Self.rlo)&lt;b title=&quot;x&quot;&gt;&#39;\(Self.pdf)")
    }

    @Test func jsonStringsCloseOpenBidiControlsAndStayValidJSON() throws {
        let text = "</script><script>x=1</script> \u{2028}\u{2029} \(Self.rlo)evil \(Self.lri)iso"
        var out: [UInt8] = []
        JSONText.appendString(text, to: &out)
        let json = String(decoding: out, as: UTF8.self)
        #expect(!json.contains("<") && !json.contains(">") && !json.contains("\u{2028}") && !json.contains("\u{2029}"))
        let decoded = try JSONSerialization.jsonObject(with: Data(out), options: [.fragmentsAllowed]) as? String
        #expect(decoded == text + Self.pdi + Self.pdf)
    }

    @Test(arguments: [
        "javascript:alert(1)", "JaVaScRiPt:alert(1)", "   javascript:alert(1)", "java\tscript:alert(1)",
        "\t\njavascript:alert(1)", "\u{1}javascript:alert(1)", "javascript\n:alert(1)", "vbscript:msgbox(1)",
        "VBScript:x", "file:///etc/passwd", "data:text/html,<script>alert(1)</script>", "DATA:text/html;base64,AAAA",
        "data:image/svg+xml,<svg onload=alert(1)>",
    ])
    func unsafeURLs(url: String) {
        #expect(URLSafety.isUnsafe(url))
    }

    @Test(arguments: [
        "https://example.com/?q=javascript:alert(1)", "http://example.com", "mailto:someone@example.com",
        "../other/index.html", "#anchor", "&#106;avascript:alert(1)", "data:image/png;base64,AAAA",
        "DATA:IMAGE/GIF;base64,R0lG", "javascript", "", "%6Aavascript:alert(1)",
    ])
    func safeURLs(url: String) {
        #expect(!URLSafety.isUnsafe(url))
    }

    @Test(arguments: ["", "https://example.org/", "HTTP://example.org", "  https://example.org/docs/  ",
                      "https://example.com/hostile\"><script>x</script>/", "/", "/docs/glossary/", "/docs/a:b/"])
    func usableBaseURLs(url: String) {
        #expect(SiteSettings.baseURLProblem(url) == nil)
    }

    @Test(arguments: ["javascript:alert(1)//", "JavaScript:x", "data:text/html,x", "https://", "ftp://example.org/",
                      "https://example.org/\nDisallow: /", "https://exa mple.org/", "https://example.org/\u{85}x",
                      "docs/a:b/", "me.github.io/gloss", "https:example.org", "//example.org/"])
    func unusableBaseURLs(url: String) {
        #expect(SiteSettings.baseURLProblem(url) != nil)
    }
}
