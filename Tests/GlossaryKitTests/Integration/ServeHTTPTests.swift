import Foundation
import Testing
@testable import GlossaryKit
@testable import GlossaryServe
import Hummingbird

/// `glossary serve` at the HTTP level: HEAD, HTTP/1.0 clients and the `Host` check.
@Suite(.serialized) struct ServeHTTPTests {
    typealias Server = ServeCommandTests.Server

    static func site() throws -> (TemporaryFolder, String) {
        let folder = try TemporaryFolder()
        let content = try folder.write(["alpha.md": "---\ntitle: Alpha\n---\nAlpha says hello.\n"], under: "Content")
        return (folder, content)
    }

    /// The port of `http://127.0.0.1:<port>/`.
    static func port(_ base: String) -> UInt16 {
        UInt16(base.split(separator: ":").last!.prefix { $0.isNumber })!
    }

    /// Sends `request` on a new loopback connection and reads until the server closes it or
    /// `seconds` pass; `closed` tells which.
    static func exchange(port: UInt16, _ request: String, seconds: Int = 5) throws -> (response: String, closed: Bool) {
        let socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        try #require(socket >= 0)
        defer { close(socket) }
        var timeout = timeval(tv_sec: seconds, tv_usec: 0)
        setsockopt(socket, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = port.bigEndian
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        try #require(connected == 0, "cannot connect: \(String(cString: strerror(errno)))")
        let bytes = Array(request.utf8)
        try #require(send(socket, bytes, bytes.count, 0) == bytes.count)
        var received: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let count = recv(socket, &buffer, buffer.count, 0)
            if count == 0 { return (String(decoding: received, as: UTF8.self), true) }
            if count < 0 {
                if errno == EINTR { continue }
                return (String(decoding: received, as: UTF8.self), false)
            }
            received += buffer[..<count]
        }
    }

    @Test func headAnswersWithTheHeadersOfGetAndNoBody() throws {
        let (folder, content) = try Self.site()
        let server = try Server(content: content)
        defer { _ = server.stop() }
        for path in ["", "terms/alpha/", "assets/style.css", "search-index.json"] {
            let get = try ServeCommandTests.curl(["-D", "-", "-o", "/dev/null", server.base + path])
            let head = try ServeCommandTests.curl(["-I", server.base + path])
            #expect(get.status == 200, "\(path)")
            #expect(head.status == 200, "\(path): \(head.body)")
            let lengthLine = { (text: String) in
                text.split(separator: "\r\n").first { $0.lowercased().hasPrefix("content-length:") }.map(String.init)
            }
            #expect(lengthLine(head.body) != nil, "\(path): \(head.body)")
            #expect(lengthLine(head.body) == lengthLine(get.body), "\(path)")
        }
        // On a raw connection: the head ends the response, no body follows it.
        let raw = try Self.exchange(
            port: Self.port(server.base), "HEAD /terms/alpha/ HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
        #expect(raw.response.hasPrefix("HTTP/1.1 200"), "\(raw.response)")
        #expect(raw.response.hasSuffix("\r\n\r\n"), "a body followed the head: \(raw.response)")
        #expect(raw.closed)
        // HEAD on the live-reload stream: its headers at once, no stream left open.
        let events = try ServeCommandTests.curl(["-I", server.base + String(ServeOverlay.eventsPath.dropFirst())])
        #expect(events.status == 200)
        #expect(events.body.lowercased().contains("content-type: text/event-stream"))
        #expect(!events.body.lowercased().contains("content-length: 0"))
        // A missing page is 404 for HEAD too.
        #expect(try ServeCommandTests.curl(["-I", server.base + "terms/none/"]).status == 404)
        withExtendedLifetime(folder) {}
    }

    @Test func http10RequestsAreAnsweredAndTheirConnectionClosed() throws {
        let (folder, content) = try Self.site()
        let server = try Server(content: content)
        defer { _ = server.stop() }
        let port = Self.port(server.base)
        for request in [
            "GET /terms/alpha/ HTTP/1.0\r\n\r\n",
            "GET /terms/alpha/ HTTP/1.0\r\nHost: 127.0.0.1:\(port)\r\n\r\n",
            "GET /terms/alpha/ HTTP/1.0\r\nHost: localhost\r\nConnection: keep-alive\r\n\r\n",
        ] {
            let answer = try Self.exchange(port: port, request)
            #expect(answer.closed, "the connection stayed open: \(request)")
            #expect(answer.response.hasPrefix("HTTP/1.0 200 OK\r\n"), "\(answer.response.prefix(200))")
            #expect(answer.response.lowercased().contains("\r\nconnection: close\r\n"))
            #expect(answer.response.contains("Alpha says hello."))
            #expect(!answer.response.lowercased().contains("transfer-encoding: chunked"))
        }
        // curl's own HTTP/1.0 mode returns too, well within its time limit.
        let curl = try ServeCommandTests.curl(["--http1.0", server.base + "terms/alpha/"])
        #expect(curl.status == 200)
        #expect(curl.body.contains("Alpha says hello."))
        // HTTP/1.1 keeps the connection open for the next request, as before.
        let kept = try Self.exchange(port: port, "GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n", seconds: 1)
        #expect(kept.response.hasPrefix("HTTP/1.1 200"))
        #expect(!kept.closed)
        withExtendedLifetime(folder) {}
    }

    @Test func onlyHostNamesOfTheListeningAddressAreAnswered() throws {
        let (folder, content) = try Self.site()
        let server = try Server(content: content)
        defer { _ = server.stop() }
        let port = Self.port(server.base)
        for host in ["attacker.example", "attacker.example:\(port)", "127.0.0.1.attacker.example", "localhost.", "evil:localhost"] {
            let answer = try ServeCommandTests.curl(["-H", "Host: \(host)", server.base + "terms/alpha/"])
            #expect(answer.status == 421, "\(host)")
            #expect(answer.body.contains("not \(host)"), "\(host): \(answer.body)")
            #expect(answer.body.contains("DNS rebinding"))
            #expect(!answer.body.contains("Alpha says hello."))
        }
        for host in ["127.0.0.1", "127.0.0.1:\(port)", "localhost", "LOCALHOST:\(port)", "[::1]", "[::1]:\(port)"] {
            let answer = try ServeCommandTests.curl(["-H", "Host: \(host)", server.base + "terms/alpha/"])
            #expect(answer.status == 200, "\(host)")
        }
        // The live-reload stream is behind the same check.
        let events = server.base + String(ServeOverlay.eventsPath.dropFirst())
        #expect(try ServeCommandTests.curl(["-H", "Host: attacker.example", events]).status == 421)
        // Two Host headers: refused, whichever one would be read.
        let twice = try Self.exchange(
            port: port, "GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nHost: attacker.example\r\nConnection: close\r\n\r\n")
        #expect(twice.response.hasPrefix("HTTP/1.1 421"), "\(twice.response.prefix(200))")
        withExtendedLifetime(folder) {}
    }
}

/// Which `Host` values the preview answers, for each `--host`.
@Suite struct HostCheckTests {
    typealias Check = HostCheck<BasicRequestContext>

    @Test func loopbackAnswersItsOwnNamesWithAnyPort() {
        let check = Check(listeningOn: "127.0.0.1")
        for host in ["127.0.0.1", "127.0.0.1:8000", "localhost", "LocalHost:1", "[::1]", "[::1]:8000"] {
            #expect(check.allows(host), "\(host)")
        }
        for host in ["attacker.example", "localhost.attacker.example", "127.0.0.1.nip.io:8000", "localhost:", "localhost:80a",
                     "localhost:123456", "::1", "[::1]x", "192.168.1.2", "0.0.0.0", "", ":8000"] {
            #expect(!check.allows(host), "\(host)")
        }
    }

    @Test func theHostOptionIsAnsweredToo() {
        #expect(Check(listeningOn: "glossary.internal").allows("glossary.internal:8000"))
        #expect(Check(listeningOn: "::1").allows("[::1]"))
        #expect(Check(listeningOn: "fe80::1").allows("[fe80::1]:8000"))
        #expect(!Check(listeningOn: "fe80::1").allows("[fe80::2]:8000"))
        #expect(!Check(listeningOn: "192.168.1.2").allows("192.168.1.3"))
    }

    /// Listening on every address: the machine's addresses are answered (an address cannot be
    /// rebound), names still are not.
    @Test func everyAddressAnswersAnyAddressButNoOtherName() {
        for listen in ["0.0.0.0", "::"] {
            let check = Check(listeningOn: listen)
            #expect(check.allows("192.168.1.2:8000"))
            #expect(check.allows("[2001:db8::1]:8000"))
            #expect(check.allows("localhost:8000"))
            #expect(!check.allows("attacker.example:8000"))
            #expect(!check.allows("192.168.1.2.attacker.example"))
        }
    }
}
