/// Notices changes to a site's sources (term files, `glossary.yml`, templates and assets) by
/// comparing sizes and modification times: a poll that works on every system and file
/// system (inotify misses edits on some network and container mounts).
public final class SourceWatcher: @unchecked Sendable {
    private let folders: [String]
    private var last: [String: FileStamp] = [:]

    /// Watches every file below these folders (names starting with `.` are skipped).
    public init(folders: [String]) {
        self.folders = folders
        last = snapshot()
    }

    /// True when any file was added, removed or changed since the last call (or creation).
    public func changed() -> Bool {
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
