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

    /// Listening on every address (`--host 0.0.0.0` or `::`), other machines reach the
    /// preview by this machine's addresses, which are not known here: any IP address is
    /// answered then. An address is no rebinding risk; only a DNS name can be rebound.
    let anyAddress: Bool

    init(listeningOn host: String) {
        var names: Set<String> = ["127.0.0.1", "localhost", "[::1]"]
        let host = host.lowercased()
        names.insert(host.contains(":") && !host.hasPrefix("[") ? "[\(host)]" : host)
        self.names = names
        anyAddress = ["0.0.0.0", "::", "[::]"].contains(host)
    }

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
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
        var name = authority
        if let colon = authority.lastIndex(of: ":"), !authority.hasSuffix("]") {
            let port = authority[authority.index(after: colon)...]
            guard !port.isEmpty, port.count <= 5, port.allSatisfy(\.isASCII), port.allSatisfy(\.isNumber) else { return false }
            name = String(authority[..<colon])
        }
        return names.contains(name) || (anyAddress && Self.isAddress(name))
    }

    /// `192.0.2.1` or `[2001:db8::1]`.
    static func isAddress(_ name: String) -> Bool {
        var v4 = in_addr()
        var v6 = in6_addr()
        if inet_pton(AF_INET, name, &v4) == 1 { return true }
        guard name.hasPrefix("["), name.hasSuffix("]") else { return false }
        return inet_pton(AF_INET6, String(name.dropFirst().dropLast()), &v6) == 1
    }

    private func refusal(_ host: String) -> Response {
        let text = "421 Misdirected Request: this preview answers only requests for "
            + names.sorted().joined(separator: ", ") + (anyAddress ? " or an IP address" : "")
            + " (with or without the port), not \(host); other names could be a DNS rebinding attack.\n"
        var headers = HTTPFields()
        headers[.contentType] = "text/plain; charset=utf-8"
        headers[.cacheControl] = "no-store"
        return Response(status: .misdirectedRequest, headers: headers, body: .init(byteBuffer: ByteBuffer(string: text)))
    }
}
