import Foundation

/// Where a build's files go: a folder (written as they are rendered, so a large site is
/// never held in memory whole) or memory (for tests and a preview server).
public protocol SiteSink: Sendable {
    /// Called once before any file, with every folder the files will be in (parents first).
    func prepare(folders: [String], jobs: Int) throws
    /// Called from several threads at once, each file once.
    func write(_ file: SiteFile) throws
}

/// Keeps the files in memory.
public final class MemorySink: SiteSink, @unchecked Sendable {
    private let lock = NSLock()
    private var collected: [SiteFile] = []

    public init() {}

    public func prepare(folders: [String], jobs: Int) {}

    public func write(_ file: SiteFile) {
        lock.lock()
        collected.append(file)
        lock.unlock()
    }

    /// Everything written, sorted by path.
    public var files: [SiteFile] {
        lock.lock()
        defer { lock.unlock() }
        return collected.sorted { $0.path < $1.path }
    }
}
