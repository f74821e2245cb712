#if canImport(Glibc)
import Glibc

/// Linux's inotify on every folder below the watched ones: serve learns of a save at once,
/// where the poll (`SourceWatcher`) finds it only at its next scan, up to an interval later,
/// and scans every file's stamp to do so.
///
/// Events are read without blocking (`pendingChange()`), so the caller decides how often
/// to look. A folder created later is watched as it appears. Names starting with `.` (editor
/// swap files, `.git`) are ignored, as the poll ignores them. When the kernel's queue
/// overflows, that counts as a change: a rebuild then reads what it needs by the files'
/// stamps, as it always does.
public final class InotifyWatch: @unchecked Sendable {
    private let descriptor: Int32
    /// Watch descriptor → folder, to add watches for folders created inside it.
    private var folders: [Int32: String] = [:]

    /// nil when inotify is unavailable (no kernel support, the instance limit reached) or
    /// none of the folders can be watched: the caller then polls.
    public init?(folders roots: [String]) {
        let descriptor = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
        guard descriptor >= 0 else { return nil }
        self.descriptor = descriptor
        for root in roots { watchTree(root) }
        if folders.isEmpty {
            close(descriptor)
            return nil
        }
    }

    deinit {
        close(descriptor)
    }

    private static let mask = UInt32(
        IN_CREATE | IN_DELETE | IN_MODIFY | IN_CLOSE_WRITE | IN_MOVED_FROM | IN_MOVED_TO | IN_ATTRIB
            | IN_DELETE_SELF | IN_MOVE_SELF | IN_ONLYDIR) | UInt32(IN_EXCL_UNLINK)

    /// Watches `folder` and every folder below it (not following links out, as the loader).
    private func watchTree(_ folder: String) {
        let watch = inotify_add_watch(descriptor, folder, Self.mask)
        guard watch >= 0 else { return }
        folders[watch] = folder
        guard let directory = opendir(folder) else { return }
        defer { closedir(directory) }
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            guard !name.hasPrefix("."), entry.pointee.d_type == UInt8(DT_DIR) else { continue }
            watchTree(folder + "/" + name)
        }
    }

    /// True when a file or folder (other than a hidden one) changed since the last call;
    /// drains every event the kernel holds.
    public func pendingChange() -> Bool {
        var changed = false
        // An event is a 16-byte header (wd, mask, cookie, len) and `len` bytes of name: a
        // flexible array member, so the buffer is read field by field, never as the C struct.
        let capacity = 64 * 1024
        var buffer = [UInt8](repeating: 0, count: capacity)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, capacity) }
            guard count > 0 else { break }
            buffer.withUnsafeBytes { raw in
                var offset = 0
                while offset + 16 <= count {
                    let watch = raw.loadUnaligned(fromByteOffset: offset, as: Int32.self)
                    let mask = raw.loadUnaligned(fromByteOffset: offset + 4, as: UInt32.self)
                    let length = Int(raw.loadUnaligned(fromByteOffset: offset + 12, as: UInt32.self))
                    let nameBytes = raw[(offset + 16)..<min(offset + 16 + length, count)].prefix { $0 != 0 }
                    let name = String(decoding: nameBytes, as: UTF8.self)
                    offset += 16 + length
                    if mask & UInt32(IN_Q_OVERFLOW) != 0 {
                        changed = true
                        continue
                    }
                    if name.hasPrefix(".") { continue }
                    if mask & UInt32(IN_IGNORED) != 0 {
                        folders[watch] = nil
                        continue
                    }
                    changed = true
                    if mask & UInt32(IN_ISDIR) != 0, mask & UInt32(IN_CREATE | IN_MOVED_TO) != 0,
                        let parent = folders[watch]
                    {
                        watchTree(parent + "/" + name)
                    }
                }
            }
        }
        return changed
    }
}
#endif
