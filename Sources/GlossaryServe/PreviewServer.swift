import Foundation
import GlossaryKit
import Hummingbird
import HummingbirdCore
import Logging
import NIOCore
import ServiceLifecycle

/// `glossary serve`: the site built into memory and served over HTTP, rebuilt on every save,
/// with open pages reloading themselves and an error overlay while the sources are broken.
public enum PreviewServer {
    public struct Configuration: Sendable {
        public var host: String
        /// 0 picks a free port; the one chosen is reported through `onReady`.
        public var port: Int
        public var build: BuildOptions
        /// How often the sources are scanned for changes when polling.
        public var pollInterval: Duration
        /// Poll even where inotify is available (network and container mounts it misses).
        public var poll: Bool

        public init(
            host: String = "127.0.0.1", port: Int = 8000, build: BuildOptions, pollInterval: Duration = .milliseconds(200),
            poll: Bool = false
        ) {
            self.host = host
            self.port = port
            self.build = build
            self.pollInterval = pollInterval
            self.poll = poll
        }
    }

    /// Builds, serves until SIGINT or SIGTERM, then stops cleanly. `log` receives one line per
    /// rebuild (and its errors); `onReady` the port once the server listens.
    public static func run(
        _ configuration: Configuration, log: @escaping @Sendable (String) -> Void,
        onReady: @escaping @Sendable (Int) -> Void
    ) async throws {
        let session = SiteSession(options: configuration.build)
        let first = session.rebuild()
        log(RebuildReport.line(first))
        let events = EventBroadcaster()
        let watcher = SourceWatcher(
            folders: [configuration.build.contentFolder, configuration.build.templatesFolder], poll: configuration.poll,
            pollInterval: configuration.pollInterval)
        log("Watching for edits by \(watcher.mechanism)")
        let rebuilder = RebuildService(session: session, watcher: watcher, events: events, log: log)

        // HEAD gets the GET response's status and headers (Content-Length included), no body.
        let router = Router(options: .autoGenerateHeadEndpoints)
        router.add(middleware: HostCheck(listeningOn: configuration.host))
        // Made here, not by the GET route: a HEAD must not open a stream nobody reads.
        router.head(RouterPath(stringLiteral: String(ServeOverlay.eventsPath.dropFirst()))) { _, _ in
            events.headResponse()
        }
        router.get(RouterPath(stringLiteral: String(ServeOverlay.eventsPath.dropFirst()))) { _, _ in
            events.response()
        }
        router.get("/") { request, _ in SiteResponder.respond(to: request.uri.path, session: session) }
        router.get("**") { request, _ in SiteResponder.respond(to: request.uri.path, session: session) }

        var logger = Logger(label: "glossary.serve")
        logger.logLevel = .warning
        let app = Application(
            router: router,
            server: HTTPServerBuilder { responder in PreviewChannel(base: HTTP1Channel(responder: responder)) },
            configuration: .init(address: .hostname(configuration.host, port: configuration.port), serverName: "glossary"),
            onServerRunning: { channel in onReady(channel.localAddress?.port ?? configuration.port) },
            logger: logger)
        // A group stops its services in reverse order: the rebuilder first, which ends the
        // open event streams, so the server's own graceful stop does not wait on them.
        let group = ServiceGroup(
            configuration: .init(services: [app, rebuilder], gracefulShutdownSignals: [.sigterm, .sigint], logger: logger))
        do {
            try await group.run()
        } catch {
            throw PortInUse.recognize(error, host: configuration.host, port: configuration.port) ?? error
        }
    }
}

/// Watches the sources and rebuilds; on shutdown ends the event streams so open pages do not
/// hold the server up.
struct RebuildService: Service {
    let session: SiteSession
    let watcher: SourceWatcher
    let events: EventBroadcaster
    let log: @Sendable (String) -> Void

    func run() async throws {
        await withGracefulShutdownHandler {
            while !Task.isCancelled && !Task.isShuttingDownGracefully {
                try? await Task.sleep(for: watcher.checkInterval)
                guard watcher.changed() else { continue }
                let outcome = session.rebuild()
                log(RebuildReport.line(outcome))
                events.send(generation: session.generation, succeeded: outcome.succeeded)
            }
        } onGracefulShutdown: {
            events.finishAll()
        }
    }
}

/// One line per rebuild for the terminal, then the errors.
enum RebuildReport {
    static func line(_ outcome: SiteSession.Outcome) -> String {
        let time = String(format: "%.0f ms", outcome.seconds * 1000)
        if outcome.succeeded {
            return "Rebuilt \(outcome.termCount) terms in \(time) (\(outcome.reparsed) files read, \(outcome.relinked) terms linked)"
        }
        return "Rebuild failed in \(time); serving the last good site:\n"
            + outcome.diagnostics.map(\.description).joined(separator: "\n")
    }
}
