#if canImport(Glibc)
import Foundation
import Testing
@testable import GlossaryKit

/// serve's inotify watch: every kind of edit an author makes is seen, hidden files are not,
/// and folders made after the watch started are watched too.
@Suite struct InotifyWatchTests {
    @Test func seesEditsAdditionsRemovalsAndNewFoldersButNotHiddenFiles() throws {
        let folder = try TemporaryFolder()
        let content = try folder.write(["a/alpha.md": "---\ntitle: Alpha\n---\nA.\n"], under: "Content")
        let watch = try #require(InotifyWatch(folders: [content]))
        #expect(!watch.pendingChange(), "nothing changed yet")

        try folder.write(["a/alpha.md": "---\ntitle: Alpha\n---\nA, edited.\n"], under: "Content")
        #expect(watch.pendingChange(), "an edit in a subfolder")
        #expect(!watch.pendingChange(), "events are drained")

        try folder.write([".alpha.md.swp": "swap"], under: "Content")
        #expect(!watch.pendingChange(), "a hidden file is no change")

        try FileManager.default.createDirectory(atPath: content + "/b", withIntermediateDirectories: false)
        #expect(watch.pendingChange(), "a new folder")
        try folder.write(["b/beta.md": "---\ntitle: Beta\n---\nB.\n"], under: "Content")
        #expect(watch.pendingChange(), "a file in the new folder")

        try FileManager.default.moveItem(atPath: content + "/b/beta.md", toPath: content + "/a/beta.md")
        #expect(watch.pendingChange(), "a file moved")
        try FileManager.default.removeItem(atPath: content + "/a/beta.md")
        #expect(watch.pendingChange(), "a file removed")
    }

    @Test func aFolderThatDoesNotExistGivesNoWatch() {
        #expect(InotifyWatch(folders: ["/nonexistent/glossary-content"]) == nil)
    }
}
#endif
