import Foundation

/// Where the term files sit in the project: the git repository holding the content folder
/// (found by its `.git`, so `git` itself is not needed), else the project folder (the
/// content folder's parent). Term files' paths from there are what `edit_url`'s `{path}`
/// and the dates from git are keyed by (`sub/Content/p/payouts.md`).
struct SourceRepository: Sendable, Equatable {
    /// The real path of the repository's top folder, or of the project folder.
    var root: String
    /// Whether `root` holds a `.git` (a folder, or a file as in worktrees and submodules).
    var isGit: Bool
    /// The content folder as the build was given it: term files' display paths start with it.
    var contentFolder: String
    /// The content folder's path from `root` with a trailing `/`; "" when it is `root` itself.
    var contentPrefix: String

    /// Looks upwards from the content folder's real path for a `.git`.
    static func locate(contentFolder: String) -> SourceRepository {
        let real = realPath(contentFolder)
        var folder = real
        var found: String?
        while found == nil {
            if FileManager.default.fileExists(atPath: ContentLoader.join(folder, ".git")) { found = folder; break }
            guard folder != "/", !folder.isEmpty else { break }
            folder = (folder as NSString).deletingLastPathComponent
        }
        let root = found ?? (real as NSString).deletingLastPathComponent
        var prefix = String(real.dropFirst(root.count).drop { $0 == "/" })
        if !prefix.isEmpty { prefix += "/" }
        return SourceRepository(root: root, isGit: found != nil, contentFolder: contentFolder, contentPrefix: prefix)
    }

    /// A term file's path from `root` (`sub/Content/p/payouts.md`); nil for a file outside
    /// the content folder.
    func path(of file: TermFile) -> String? {
        path(ofDisplayPath: file.displayPath)
    }

    /// The same for a display path (the content folder as given, then the path inside it).
    func path(ofDisplayPath displayPath: String) -> String? {
        let lead = ContentLoader.join(contentFolder, "")
        guard displayPath.hasPrefix(lead) else { return nil }
        return contentPrefix + displayPath.dropFirst(lead.count)
    }

    /// The absolute path with symbolic links resolved, as git reports its top folder.
    private static func realPath(_ path: String) -> String {
        guard let resolved = realpath(path, nil) else {
            return URL(fileURLWithPath: path).standardizedFileURL.path
        }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}
