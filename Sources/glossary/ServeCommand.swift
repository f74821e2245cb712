import ArgumentParser
import Foundation
import GlossaryKit
import GlossaryServe

/// `glossary serve`: live preview while editing.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Build the site into memory, serve it, and rebuild and reload pages on every save.",
        discussion: "Stops cleanly on Ctrl-C. Pages get a reload script and, while the sources have errors, an overlay listing them; `glossary build` output never does."
    )

    @OptionGroup var sources: SourceOptions

    @Option(help: "The port to listen on (0 picks a free one).")
    var port = 8000

    @Option(help: "The address to listen on; anything but loopback exposes your drafts to the network.")
    var host = "127.0.0.1"

    @Flag(help: "Open the site in the browser once it is served (xdg-open on Linux, open on macOS).")
    var open = false

    @Flag(help: "Notice edits by scanning the files every 200 ms rather than by inotify (for network and container mounts where inotify misses edits).")
    var poll = false

    func validate() throws {
        guard (0...65535).contains(port) else { throw ValidationError("--port must be between 0 and 65535") }
    }

    func run() async throws {
        restoreStopSignals()
        if !["127.0.0.1", "::1", "localhost"].contains(host) {
            Console.error("warning: serving on \(host): other machines on the network can read this preview")
        }
        if sources.usesBuiltInTheme { Console.out(TemplatesChoice.builtInNote) }
        var options = sources.buildOptions()
        // The preview is served at the server's root, whatever base_url says: the 404 page's
        // links (root-relative from base_url's path) then work in the preview too.
        options.baseURL = "/"
        let host = self.host
        let open = self.open
        do {
            try await PreviewServer.run(
                PreviewServer.Configuration(host: host, port: port, build: options, poll: poll),
                log: { line in Console.out(line) },
                onReady: { port in
                    let shown = host.contains(":") ? "[\(host)]" : host
                    let address = "http://\(shown):\(port)/"
                    Console.out("Serving on \(address) (Ctrl-C stops)")
                    if open { BrowserOpener.open(address) }
                })
        } catch let error as PortInUse {
            Console.error("glossary: \(error)")
            throw ExitCode(ExitStatus.usage)
        }
        Console.out("Stopped.")
    }
}

/// A parent may start us with SIGINT and SIGTERM blocked or ignored (test runners, some
/// process managers do), and children inherit both; the server's graceful stop listens for
/// them, so they are put back to their defaults before it starts.
func restoreStopSignals() {
    var signals = sigset_t()
    sigemptyset(&signals)
    sigaddset(&signals, SIGINT)
    sigaddset(&signals, SIGTERM)
    pthread_sigmask(SIG_UNBLOCK, &signals, nil)
    signal(SIGINT, SIG_DFL)
    signal(SIGTERM, SIG_DFL)
}
