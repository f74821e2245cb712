import Dispatch
import Foundation
import Synchronization

/// What SIGINT and SIGTERM do to a build: the staging folder is removed, the output is left
/// as it was, and the process exits with 128 + the signal's number, as shells expect.
///
/// Before anything is written the process exits at once. While pages are written the
/// request is only recorded: writers stop at their next file and the build unwinds through
/// its normal failure path, which removes the staging folder (deleting it from the signal
/// handler while other threads still create files in it would race). Once the swap has
/// begun it runs to the end, so the output is always one whole site. SIGKILL cannot be
/// caught; the next build removes the staging folder a killed one left behind.
public enum Interruption {
    enum Phase { case preparing, writing, swapping }

    private static let phase = Mutex<Phase>(.preparing)
    /// The signal received, 0 while none.
    private static let received = Atomic<Int32>(0)
    /// Kept so the sources live; written once, by `install`, before any build work starts.
    nonisolated(unsafe) private static var sources: [DispatchSourceSignal] = []

    /// The build was stopped by a signal before its output was swapped in.
    public struct Interrupted: Error, CustomStringConvertible {
        public var signal: Int32
        public var description: String {
            "interrupted by \(signal == SIGINT ? "SIGINT" : signal == SIGTERM ? "SIGTERM" : "signal \(signal)")"
        }
    }

    /// Takes over SIGINT and SIGTERM for this process (the `build` command calls it).
    public static func install() {
        // A queue of its own: the shared ones may all be busy rendering pages.
        let queue = DispatchQueue(label: "glossary.interruption")
        // A parent may have blocked them (test runners do), and children inherit that.
        var blocked = sigset_t()
        sigemptyset(&blocked)
        sigaddset(&blocked, SIGINT)
        sigaddset(&blocked, SIGTERM)
        // One that came while blocked would be discarded by SIG_IGN below: nothing is written
        // yet, so it ends the process here, as it would have had it not been blocked.
        var pending = sigset_t()
        sigpending(&pending)
        for number in [SIGINT, SIGTERM] where sigismember(&pending, number) == 1 { _exit(128 + number) }
        pthread_sigmask(SIG_UNBLOCK, &blocked, nil)
        sources = [SIGINT, SIGTERM].map { number -> DispatchSourceSignal in
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: queue)
            source.setEventHandler { handle(number) }
            source.resume()
            return source
        }
    }

    private static func handle(_ number: Int32) {
        received.store(number, ordering: .sequentiallyConsistent)
        phase.withLock { phase in
            // Held while exiting, so no staging folder can be made in between.
            if phase == .preparing { _exit(128 + number) }
        }
    }

    /// Throws `Interrupted` if a signal came; writers call it before each file.
    static func check() throws(Interrupted) {
        let number = received.load(ordering: .sequentiallyConsistent)
        if number != 0 { throw Interrupted(signal: number) }
    }

    /// Runs `body` (which makes the staging folder) as the start of the writing phase.
    static func beginWriting<T>(_ body: () throws -> T) throws -> T {
        try phase.withLock { phase in
            try check()
            let value = try body()
            phase = .writing
            return value
        }
    }

    /// Runs the swap with signals held off, then leaves the writing phase.
    static func swapping<T>(_ body: () throws -> T) throws -> T {
        try phase.withLock { phase in
            try check()
            phase = .swapping
        }
        defer { phase.withLock { $0 = .preparing } }
        return try body()
    }

    /// Leaves the writing phase after a failure, once the staging folder is gone.
    static func endWriting() {
        phase.withLock { $0 = .preparing }
    }
}
