import Foundation
import HTTPTypes
import Hummingbird
import NIOCore

/// Answers only requests whose `Host` names the address the preview listens on. A page on
/// any web site can point a name it controls at 127.0.0.1 (DNS rebinding) and then read the
/// preview, drafts and all, as its own origin; the browser still sends that name as `Host`,
/// so a request for any other name is refused with 421 Misdirected Request.
struct HostCheck<Context: RequestContext>: RouterMiddleware {
    /// Lowercased host names answered, without port: the loopback names and the `--host` one.
    let names: Set<String>

    init(listeningOn host: String) {
        var names: Set<String> = ["127.0.0.1", "localhost", "[::1]"]
        let host = host.lowercased()
        names.insert(host.contains(":") && !host.hasPrefix("[") ? "[\(host)]" : host)
        self.names = names
    }

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        // HTTPTypes takes the first `Host` as the authority; a second one is left among the
        // fields, and a request naming two hosts is refused whichever a proxy would pick.
        // HTTPTypes takes the first `Host` as the authority and leaves a second one among
        // the fields: a request naming two hosts is refused, whichever one a proxy would pick.
        if request.headers[HTTPField.Name("Host")!] != nil { return refusal("a request with two Host headers") }
        // An HTTP/1.0 request may carry no `Host` at all; browsers always send one, so its
        // absence is no rebinding.
        if let authority = request.head.authority, !allows(authority) { return refusal(authority) }
        return try await next(request, context)
    }

    /// `name` or `name:port` for one of the names; any port is fine, since a forwarded port
    /// (`ssh -L 9000:localhost:8000`) arrives with the port the browser used.
    func allows(_ authority: String) -> Bool {
        let authority = authority.lowercased()
        if names.contains(authority) { return true }
        guard let colon = authority.lastIndex(of: ":") else { return false }
        let port = authority[authority.index(after: colon)...]
        guard !port.isEmpty, port.count <= 5, port.allSatisfy(\.isASCII), port.allSatisfy(\.isNumber) else { return false }
        return names.contains(String(authority[..<colon]))
    }

    private func refusal(_ host: String) -> Response {
        let text = "421 Misdirected Request: this preview answers only requests for "
            + names.sorted().joined(separator: ", ")
            + " (with or without the port), not \(host); other names could be a DNS rebinding attack.\n"
        var headers = HTTPFields()
        headers[.contentType] = "text/plain; charset=utf-8"
        headers[.cacheControl] = "no-store"
        return Response(status: .misdirectedRequest, headers: headers, body: .init(byteBuffer: ByteBuffer(string: text)))
    }
}
