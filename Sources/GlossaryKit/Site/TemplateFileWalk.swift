import Foundation

/// The walk below a templates folder behind `TemplateLibrary.files(in:)`: every regular file,
/// and a diagnostic for every symbolic link whose real path is outside the folder.
///
/// Templates are rendered into pages and `assets/` is published as it is, so a link out of
/// the folder (`assets/x.txt -> /proc/self/environ`, a partial linked to `/etc/hostname`)
/// would publish whatever it points at; like Jekyll's safe mode, such links are refused.
/// Links that stay inside the folder are followed.
struct TemplateFileWalk {
    /// Relative paths below the folder, sorted.
    private(set) var paths: [String] = []
    private(set) var diagnostics: [Diagnostic] = []
    /// Relative paths of the links refused, so a template naming one is not also reported
    /// as naming a template that does not exist.
    private(set) var refused: [String] = []
    /// The folder's own real path: the bound every entry must stay within.
    private let root: String
    /// Real paths of the folders being read (this one and those holding it), so a link
    /// back up is not read forever. A second way into a folder is fine: its files are
    /// simply listed twice, under each path.
    private var open: [String] = []

    /// Walks `folder` at once; nil when its real path cannot be worked out (it does not exist).
    init?(folder: String) {
        guard let root = FileLinks.realPath(folder) else { return nil }
        self.root = root
        collect(folder: folder, prefix: "")
        paths.sort()
    }

    private mutating func collect(folder: String, prefix: String) {
        guard let real = FileLinks.realPath(folder) else { return }
        if open.contains(real) {
            diagnostics.append(Diagnostic(
                file: folder, message: "the symbolic link leads back to a folder that holds it (a loop of links); remove the link"))
            return
        }
        open.append(real)
        defer { open.removeLast() }
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else {
            diagnostics.append(Diagnostic(file: folder, message: "cannot list the folder"))
            return
        }
        for name in names.sorted() where !name.hasPrefix(".") {
            let path = ContentLoader.join(folder, name)
            var info = stat()
            guard lstat(path, &info) == 0 else { continue }
            if (info.st_mode & S_IFMT) == S_IFLNK {
                // A link that leads nowhere is skipped, as before: there is nothing to publish.
                guard let target = FileLinks.realPath(path) else { continue }
                guard target == root || target.hasPrefix(root.hasSuffix("/") ? root : root + "/") else {
                    // The link as written names it best (`/proc/self/environ`, not the
                    // build's own `/proc/<pid>/environ`); a relative one also gets its end.
                    let written = FileLinks.target(path) ?? target
                    let shown = written.hasPrefix("/") ? written : "\(written) (\(target))"
                    diagnostics.append(Diagnostic(
                        file: path,
                        message: "the symbolic link leads to \(shown), outside the templates folder; "
                            + "copy what it points at into the folder instead (a link out of it would publish that file)"))
                    refused.append(prefix + name)
                    continue
                }
                guard stat(path, &info) == 0 else { continue }
            }
            switch info.st_mode & S_IFMT {
            case S_IFDIR: collect(folder: path, prefix: prefix + name + "/")
            case S_IFREG: paths.append(prefix + name)
            default: continue
            }
        }
    }
}
