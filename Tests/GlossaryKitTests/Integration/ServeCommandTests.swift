import Foundation
import Testing
@testable import GlossaryKit

/// `glossary serve` as an author uses it: edit, break, fix, and watch the served site follow.
@Suite(.serialized) struct ServeCommandTests {
    /// A running `glossary serve` on a free loopback port, stopped (SIGINT) at the end.
    final class Server: @unchecked Sendable {
        let process = Process()
        let output = Pipe()
        private(set) var base = ""
        private var lines: [String] = []
        private let lock = NSLock()

        /// `arguments` replace the usual ones; `folder` is the working directory; `environment`
        /// is added to the test's own.
        init(content: String, arguments: [String]? = nil, folder: String? = nil, environment: [String: String] = [:]) throws {
            process.executableURL = TestPaths.binary
            process.arguments = arguments ?? ["serve", "--content", content, "--templates", TestPaths.templates, "--port", "0"]
            if let folder { process.currentDirectoryURL = URL(fileURLWithPath: folder) }
            if !environment.isEmpty {
                process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
            }
            process.standardOutput = output
            process.standardError = output
            process.standardInput = FileHandle.nullDevice
            // A plain thread reading the pipe until it closes: no run loop needed on Linux.
            let handle = output.fileHandleForReading
            Thread.detachNewThread { [weak self] in
                while true {
                    let data = handle.availableData
                    if data.isEmpty { break }
                    let text = String(decoding: data, as: UTF8.self)
                    guard let self else { break }
                    self.lock.withLock { self.lines += text.split(separator: "\n").map(String.init) }
                }
            }
            try process.run()
            let deadline = Date().addingTimeInterval(20)
            while Date() < deadline {
                if let line = log.first(where: { $0.hasPrefix("Serving on ") }) {
                    base = String(line.dropFirst("Serving on ".count).prefix { $0 != " " })
                    return
                }
                Thread.sleep(forTimeInterval: 0.05)
            }
            throw ServeError(message: "serve did not start: \(log)")
        }

        var log: [String] { lock.withLock { lines } }

        /// Sends SIGINT and waits for the process; returns its exit status.
        func stop() -> Int32 {
            guard process.isRunning else { return process.terminationStatus }
            process.interrupt()
            let deadline = Date().addingTimeInterval(10)
            while process.isRunning && Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
            if process.isRunning { process.terminate() }
            process.waitUntilExit()
            return process.terminationStatus
        }
    }

    struct ServeError: Error, CustomStringConvertible {
        var message: String
        var description: String { message }
    }

    /// GET with curl (FoundationNetworking's URLSession is not used: it needs its own run
    /// loop thread on Linux and blocks inside the test runner's threads).
    static func get(_ url: String) throws -> (status: Int, body: String) {
        try curl(["--path-as-is", url])
    }

    /// curl with the given arguments: the status code, and what curl printed before it.
    static func curl(_ arguments: [String]) throws -> (status: Int, body: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["curl", "-s", "--max-time", "5", "-w", "\n%{http_code}"] + arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        try process.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        guard let split = output.lastIndex(of: "\n") else { return (0, output) }
        return (Int(output[output.index(after: split)...]) ?? 0, String(output[..<split]))
    }

    /// Polls `url` until `condition` holds, for at most `seconds`; returns the time it took.
    static func waitFor(_ url: String, seconds: Double, _ condition: (Int, String) -> Bool) throws -> Double? {
        let start = Date()
        while Date().timeIntervalSince(start) < seconds {
            let (status, body) = try get(url)
            if condition(status, body) { return Date().timeIntervalSince(start) }
            Thread.sleep(forTimeInterval: 0.05)
        }
        return nil
    }

    /// Reads the event stream with curl for a while, in the background.
    final class EventListener {
        let process = Process()
        let pipe = Pipe()

        init(_ url: String, seconds: Int) throws {
            process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            process.arguments = ["curl", "-sN", "--max-time", "\(seconds)", url]
            process.standardOutput = pipe
            process.standardError = FileHandle.nullDevice
            try process.run()
        }

        func events() -> [String] {
            process.waitUntilExit()
            let text = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            return text.split(separator: "\n").filter { $0.hasPrefix("data: ") }.map { String($0.dropFirst(6)) }
        }
    }

    /// Once with inotify (the default on Linux), once with `--poll`, the fallback.
    @Test(arguments: [false, true]) func followsEditsShowsTheErrorOverlayAndRecovers(poll: Bool) throws {
        let folder = try TemporaryFolder()
        let content = try folder.write([
            "alpha.md": "---\ntitle: Alpha\n---\nAlpha links to [[Beta]].\n",
            "beta.md": "---\ntitle: Beta\n---\nBeta says hello.\n",
        ], under: "Content")
        let server = try Server(
            content: content,
            arguments: ["serve", "--content", content, "--templates", TestPaths.templates, "--port", "0"] + (poll ? ["--poll"] : []))
        #expect(server.log.contains("Watching for edits by \(poll ? "polling" : "inotify")"), "\(server.log)")
        defer { _ = server.stop() }
        let page = server.base + "terms/beta/index.html"

        let first = try Self.get(page)
        #expect(first.status == 200)
        #expect(first.body.contains("Beta says hello."))
        #expect(first.body.contains(ServeOverlay.eventsPath))
        #expect(!first.body.contains("glossary-error-overlay"))

        let listener = try EventListener(server.base + String(ServeOverlay.eventsPath.dropFirst()), seconds: 8)
        Thread.sleep(forTimeInterval: 0.5)

        try folder.write(["beta.md": "---\ntitle: Beta\n---\nBeta says goodbye.\n"], under: "Content")
        let seen = try Self.waitFor(page, seconds: 2) { _, body in body.contains("Beta says goodbye.") }
        #expect(seen != nil, "the edit was not served within 2 seconds")

        try folder.write(["alpha.md": "---\ntitle: Alpha\n---\nAlpha links to [[Betta]].\n"], under: "Content")
        let broken = try Self.waitFor(server.base + "terms/alpha/index.html", seconds: 3) { _, body in
            body.contains("glossary-error-overlay")
        }
        #expect(broken != nil)
        let overlay = try Self.get(server.base + "terms/alpha/index.html").body
        #expect(overlay.contains("\(content)/alpha.md:4:16"))
        #expect(overlay.contains("wiki link &#39;Betta&#39; names no term of this glossary"))

        try folder.write(["alpha.md": "---\ntitle: Alpha\n---\nAlpha links to [[Beta]] again.\n"], under: "Content")
        let fixed = try Self.waitFor(server.base + "terms/alpha/index.html", seconds: 3) { status, body in
            status == 200 && body.contains("again.") && !body.contains("glossary-error-overlay")
        }
        #expect(fixed != nil)

        let events = listener.events()
        #expect(events.count >= 3, "events: \(events)")
        #expect(events.contains { $0.contains("\"ok\":false") })
        #expect(events.last?.contains("\"ok\":true") == true)
        #expect(server.log.contains { $0.hasPrefix("Rebuild failed") })
        #expect(server.stop() == 0)
        #expect(server.log.last == "Stopped.")
    }

    @Test func buildOutputNeverCarriesTheReloadScript() throws {
        let folder = try TemporaryFolder()
        let output = folder.child("Output")
        _ = try SiteBuilder.buildAndWrite(
            BuildOptions(contentFolder: TestPaths.content, templatesFolder: TestPaths.templates, outputFolder: output))
        for (path, data) in try FileTree.read(output) where path.hasSuffix(".html") {
            #expect(!String(decoding: data, as: UTF8.self).contains(ServeOverlay.eventsPath), "\(path)")
        }
    }

    @Test func aFirstBuildWithErrorsServesTheOverlayAndUnknownPathsGet404() throws {
        let folder = try TemporaryFolder()
        let content = try folder.write(["alpha.md": "---\ntitle: Alpha\n---\nSee [[Nowhere]].\n"], under: "Content")
        let server = try Server(content: content)
        defer { _ = server.stop() }
        let page = try Self.get(server.base)
        #expect(page.status == 500)
        #expect(page.body.contains("alpha.md:4:5"))
        try folder.write(["alpha.md": "---\ntitle: Alpha\n---\nAlone.\n"], under: "Content")
        #expect(try Self.waitFor(server.base, seconds: 3) { status, _ in status == 200 } != nil)
        #expect(try Self.get(server.base + "terms/none/index.html").status == 404)
        #expect(try Self.get(server.base + "../../etc/passwd").status == 404)
    }
}
