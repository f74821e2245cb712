import Foundation

/// What `glossary serve` adds to the HTML it serves (never to `glossary build` output): a
/// script that reloads the page after each rebuild, and an overlay listing the errors of the
/// last save while the site is broken.
public enum ServeOverlay {
    /// The server-sent events address the reload script listens to.
    public static let eventsPath = "/__glossary/events"

    static let reloadScript = """
        <script>(function () {
          var source = new EventSource("\(eventsPath)");
          source.addEventListener("rebuild", function () { location.reload(); });
        })();</script>
        """

    /// An overlay listing each diagnostic's file, line, column and message, escaped for HTML.
    public static func overlay(for diagnostics: [Diagnostic]) -> String {
        var html = """
            <div id="glossary-error-overlay" role="alert" style="position:fixed;inset:0;z-index:2147483647;\
            overflow:auto;background:rgba(20,20,20,.94);color:#fff;font:15px/1.5 ui-monospace,monospace;padding:2rem">
            <p style="font-size:1.2rem;margin:0 0 1rem"><strong>The last save has \(diagnostics.count) \
            error\(diagnostics.count == 1 ? "" : "s")</strong>; the page below is the last good build.
            Fix the files and save: the page reloads by itself.</p><ol style="padding-left:1.5rem">
            """
        for diagnostic in diagnostics {
            var location = diagnostic.file
            if let line = diagnostic.line { location += ":\(line)" + (diagnostic.column.map { ":\($0)" } ?? "") }
            var message = diagnostic.message
            if !diagnostic.suggestions.isEmpty {
                message += "; did you mean " + diagnostic.suggestions.map { "'\($0)'" }.joined(separator: " or ") + "?"
            }
            html += "<li style=\"margin-bottom:.75rem\"><span style=\"color:#ffb3b3\">"
                + HTMLEscaping.escape(location) + "</span><br>" + HTMLEscaping.escape(message) + "</li>"
        }
        return html + "</ol></div>"
    }

    /// A page showing only the overlay, for when no build has succeeded yet.
    public static func errorPage(for diagnostics: [Diagnostic]) -> Data {
        Data(("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Build errors</title></head><body>"
            + overlay(for: diagnostics) + reloadScript + "</body></html>").utf8)
    }

    /// The page with the reload script (and the overlay, if any) inserted before `</body>`.
    public static func inject(into page: Data, diagnostics: [Diagnostic]) -> Data {
        let addition = Data(((diagnostics.isEmpty ? "" : overlay(for: diagnostics)) + reloadScript).utf8)
        guard let end = page.range(of: Data("</body>".utf8), options: .backwards) else { return page + addition }
        var result = page
        result.insert(contentsOf: addition, at: end.lowerBound)
        return result
    }
}
