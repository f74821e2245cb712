#if canImport(Glibc)
import Glibc
#endif

/// Notices changes to a site's sources (term files, `glossary.yml`, templates and assets).
///
/// On Linux it listens to inotify (`InotifyWatch`): a save is seen within `checkInterval`
/// (10 ms) without scanning anything. Elsewhere, when inotify is unavailable, or when asked
/// (`serve --poll`: inotify misses edits on some network and container mounts), it polls:
/// it compares every file's size and modification time at each check.
public final class SourceWatcher: @unchecked Sendable {
    private let folders: [String]
    private var last: [String: FileStamp] = [:]
    #if canImport(Glibc)
    private let inotify: InotifyWatch?
    #endif

    /// How long to wait between two calls of `changed()`.
    public let checkInterval: Duration
    /// "inotify" or "polling", for serve's first line.
    public var mechanism: String { usesInotify ? "inotify" : "polling" }

    /// Watches every file below these folders (names starting with `.` are skipped);
    /// `pollInterval` is the interval between scans when polling.
    public init(folders: [String], poll: Bool = false, pollInterval: Duration = .milliseconds(200)) {
        self.folders = folders
        #if canImport(Glibc)
        let inotify = poll ? nil : InotifyWatch(folders: folders)
        self.inotify = inotify
        checkInterval = inotify != nil ? .milliseconds(10) : pollInterval
        #else
        checkInterval = pollInterval
        #endif
        if !usesInotify { last = snapshot() }
    }

    private var usesInotify: Bool {
        #if canImport(Glibc)
        inotify != nil
        #else
        false
        #endif
    }

    /// True when any file was added, removed or changed since the last call (or creation).
    /// With inotify, a change is reported once the folders have been quiet for a moment, so
    /// an editor's write-then-rename save gives one rebuild of the finished file.
    public func changed() -> Bool {
        #if canImport(Glibc)
        if let inotify {
            guard inotify.pendingChange() else { return false }
            // Quiet for 15 ms, or 150 ms at most: a burst of events is one save.
            for _ in 0..<10 {
                usleep(15_000)
                if !inotify.pendingChange() { break }
            }
            return true
        }
        #endif
        let now = snapshot()
        defer { last = now }
        return now != last
    }

    private func snapshot() -> [String: FileStamp] {
        var stamps: [String: FileStamp] = [:]
        for folder in folders {
            for file in (try? TemplateLibrary.files(in: folder)) ?? [] {
                let path = ContentLoader.join(folder, file)
                stamps[path] = FileStamp(path: path)
            }
        }
        return stamps
    }
}
