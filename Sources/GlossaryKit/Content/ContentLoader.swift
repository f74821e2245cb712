import Foundation

/// Finds and reads the term files and settings of a content folder.
public enum ContentLoader {
    /// What a content folder holds, read but not yet parsed.
    public struct Loaded: Sendable {
        public var settings: SiteSettings
        public var sources: [TermSource]
    }

    /// Reads `glossary.yml` and every `*.md` below `folder`, skipping names that start with
    /// `_` or `.`. Files are returned sorted by relative path, so builds are deterministic.
    /// Unreadable files are all reported together.
    public static func load(folder: String, jobs: Int = 1) throws -> Loaded {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw DiagnosticsError([Diagnostic(file: folder, message: "the content folder does not exist")])
        }
        let settings = try SiteSettings.load(
            from: join(folder, "glossary.yml"), displayPath: join(folder, "glossary.yml"))
        let paths = try termPaths(in: folder)
        let results = ParallelMap.map(count: paths.count, jobs: jobs) { index -> Result<TermSource, DiagnosticsError> in
            let displayPath = join(folder, paths[index])
            do {
                let text = try TextFile.read(path: displayPath, displayPath: displayPath)
                return .success(TermSource(displayPath: displayPath, relativePath: paths[index], text: text))
            } catch let error as DiagnosticsError {
                return .failure(error)
            } catch {
                return .failure(DiagnosticsError([Diagnostic(file: displayPath, message: "cannot read the file")]))
            }
        }
        var diagnostics: [Diagnostic] = []
        var sources: [TermSource] = []
        for result in results {
            switch result {
            case .success(let source): sources.append(source)
            case .failure(let error): diagnostics += error.diagnostics
            }
        }
        if !diagnostics.isEmpty { throw DiagnosticsError(diagnostics) }
        return Loaded(settings: settings, sources: sources)
    }

    /// Relative paths of term files, depth first, sorted by name at each level. Every
    /// entry that cannot be followed is reported, all together: a folder that cannot be
    /// listed, a loop of links, a link back into a folder already read, a `.md` link to
    /// nothing.
    static func termPaths(in folder: String) throws -> [String] {
        var walk = TermFileWalk()
        walk.collect(folder: folder, prefix: "")
        if !walk.diagnostics.isEmpty { throw DiagnosticsError(walk.diagnostics) }
        return walk.paths
    }

    static func join(_ folder: String, _ name: String) -> String {
        folder.hasSuffix("/") ? folder + name : folder + "/" + name
    }
}
