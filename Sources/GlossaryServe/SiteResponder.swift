import Foundation
import GlossaryKit
import Hummingbird
import NIOCore

/// Answers a request for a site path from the in-memory site.
enum SiteResponder {
    static func respond(to rawPath: String, session: SiteSession) -> Response {
        let path = sitePath(rawPath)
        let diagnostics = session.diagnostics
        if session.generation == 0 {
            // No build has succeeded yet: every page is the error overlay.
            return html(ServeOverlay.errorPage(for: diagnostics), status: .internalServerError)
        }
        guard let path, let data = session.file(at: path) else {
            let notFound = session.file(at: "404.html") ?? Data("Not found".utf8)
            return html(ServeOverlay.inject(into: notFound, diagnostics: diagnostics), status: .notFound)
        }
        if path.hasSuffix(".html") { return html(ServeOverlay.inject(into: data, diagnostics: diagnostics), status: .ok) }
        var headers = HTTPFields()
        headers[.contentType] = contentType(for: path)
        headers[.cacheControl] = "no-store"
        return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }

    /// `/` → `index.html`, `/terms/x/` → `terms/x/index.html`; nil for paths that leave the
    /// site (`..`) or are not valid.
    static func sitePath(_ raw: String) -> String? {
        let decoded = raw.removingPercentEncoding ?? raw
        var components = decoded.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
        if components.contains(where: { $0 == ".." || $0 == "." }) { return nil }
        if decoded.hasSuffix("/") || components.isEmpty { components.append("index.html") }
        return components.joined(separator: "/")
    }

    static func html(_ data: Data, status: HTTPResponse.Status) -> Response {
        var headers = HTTPFields()
        headers[.contentType] = "text/html; charset=utf-8"
        headers[.cacheControl] = "no-store"
        return Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }

    static func contentType(for path: String) -> String {
        switch (path as NSString).pathExtension.lowercased() {
        case "html": "text/html; charset=utf-8"
        case "css": "text/css; charset=utf-8"
        case "js": "text/javascript; charset=utf-8"
        case "json": "application/json"
        case "svg": "image/svg+xml"
        case "png": "image/png"
        case "jpg", "jpeg": "image/jpeg"
        case "woff2": "font/woff2"
        case "xml": "application/xml"
        case "txt": "text/plain; charset=utf-8"
        default: "application/octet-stream"
        }
    }
}
