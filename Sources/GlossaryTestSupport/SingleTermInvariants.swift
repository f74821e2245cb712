import Foundation
import GlossaryKit

extension SingleTermPipeline.Outcome {
    /// What must hold after any input, however malformed; each broken promise as a sentence.
    /// The fuzzing harness traps on the first, the replay tests expect none.
    ///
    /// `input` is the bytes the outcome came from (diagnostics must point into them).
    public func violations(input: Data, allowRawHTML: Bool = false) -> [String] {
        var found: [String] = []
        if let readerDisagreement {
            found.append("the fast front matter reader disagrees with Yams: \(readerDisagreement)")
        }
        if files.isEmpty && diagnostics.isEmpty {
            found.append("nothing was rendered and nothing was reported")
        }
        let lineCount = input.reduce(1) { $0 + ($1 == UInt8(ascii: "\n") || $1 == UInt8(ascii: "\r") ? 1 : 0) }
        for diagnostic in diagnostics {
            if let line = diagnostic.line, line < 1 { found.append("a diagnostic has line \(line): \(diagnostic)") }
            if let column = diagnostic.column, column < 1 { found.append("a diagnostic has column \(column): \(diagnostic)") }
            // CRLF counts twice above, so this bound is loose; it still catches positions
            // computed from the wrong base.
            if diagnostic.file.hasSuffix(SingleTermPipeline.relativePath), let line = diagnostic.line, line > lineCount {
                found.append("a diagnostic points past the file's \(lineCount) lines: \(diagnostic)")
            }
        }
        for file in files {
            guard let text = String(validating: file.data, as: UTF8.self) else {
                found.append("\(file.path) is not valid UTF-8")
                continue
            }
            if file.path.hasSuffix(".json") {
                found += jsonViolations(text, path: file.path)
            } else if !allowRawHTML {
                found += htmlViolations(text, path: file.path)
            }
        }
        return found
    }

    /// The search index must parse and be safe inside a `<script>`.
    private func jsonViolations(_ text: String, path: String) -> [String] {
        var found: [String] = []
        if (try? JSONSerialization.jsonObject(with: Data(text.utf8))) == nil { found.append("\(path) is not JSON") }
        if text.contains("</") { found.append("\(path) holds '</', which ends a <script>") }
        if text.unicodeScalars.contains(where: { $0 == "\u{2028}" || $0 == "\u{2029}" }) {
            found.append("\(path) holds a raw U+2028 or U+2029")
        }
        return found
    }

    /// Without `allow_raw_html`, nothing the input says may add a script or an active URL.
    /// The default theme's term page has at most four `<script>` elements (JSON-LD, search,
    /// previews code, previews data), and their content never holds `<`.
    ///
    /// `related` URLs (`class="external"` links) are left out here: what they may hold is
    /// decided in the hostile-content work (issue 6), not by the Markdown path fuzzed here.
    private func htmlViolations(_ text: String, path: String) -> [String] {
        var found: [String] = []
        let lower = text.lowercased()
        let opens = lower.components(separatedBy: "<script").count - 1
        let closes = lower.components(separatedBy: "</script").count - 1
        // The theme's five: search.js, preview.js, browse.js, the JSON-LD and the previews' data.
        if opens > 5 || opens != closes { found.append("\(path) has \(opens) <script> and \(closes) </script>") }
        for element in lower.components(separatedBy: "<script").dropFirst() {
            guard let start = element.firstIndex(of: ">"), let end = element.range(of: "</script") else { continue }
            if element[element.index(after: start)..<end.lowerBound].contains("<") {
                found.append("\(path) has '<' inside a <script> element")
            }
        }
        for attribute in ["href=\"", "src=\""] {
            var searchStart = lower.startIndex
            while let match = lower.range(of: attribute, range: searchStart..<lower.endIndex) {
                let valueEnd = lower[match.upperBound...].firstIndex(of: "\"") ?? lower.endIndex
                let value = lower[match.upperBound..<valueEnd].drop { $0 == " " || $0 == "\t" || $0 == "\n" }
                searchStart = valueEnd
                if lower[..<match.lowerBound].hasSuffix("class=\"external\" ") { continue }
                for scheme in ["javascript:", "vbscript:", "data:text/html"] where value.hasPrefix(scheme) {
                    found.append("\(path) has an active URL: \(attribute)\(value)")
                }
            }
        }
        for tag in ["<iframe", "<object", "<embed", "<svg", "<style"] where lower.contains(tag) {
            found.append("\(path) holds raw HTML \(tag)")
        }
        return found
    }
}
