import Foundation

/// A fresh folder under the system's temporary directory, removed when the test is done.
final class TemporaryFolder {
    let url: URL
    var path: String { url.path }

    /// `inMemory` puts it on tmpfs (`/dev/shm`) where there is one: for tests that write and
    /// delete thousands of files, which ext4 makes slower run by run.
    init(inMemory: Bool = false) throws {
        var isFolder: ObjCBool = false
        let base = inMemory && FileManager.default.fileExists(atPath: "/dev/shm", isDirectory: &isFolder) && isFolder.boolValue
            ? URL(fileURLWithPath: "/dev/shm") : FileManager.default.temporaryDirectory
        url = base.appendingPathComponent("glossary-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit {
        try? FileManager.default.removeItem(at: url)
    }

    /// Writes text files given by relative path, creating folders as needed.
    @discardableResult
    func write(_ files: [String: String], under folder: String = "") throws -> String {
        let base = folder.isEmpty ? url : url.appendingPathComponent(folder)
        for (relative, text) in files {
            let file = base.appendingPathComponent(relative)
            try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: file)
        }
        try FileManager.default.createDirectory(at: base, withIntermediateDirectories: true)
        return base.path
    }

    func child(_ name: String) -> String {
        url.appendingPathComponent(name).path
    }
}
