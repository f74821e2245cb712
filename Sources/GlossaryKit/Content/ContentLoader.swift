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

    /// Relative paths of term files, depth first, sorted by name at each level.
    static func termPaths(in folder: String) throws -> [String] {
        var result: [String] = []
        var visited = Set<String>()
        try collect(folder: folder, prefix: "", into: &result, visited: &visited)
        return result
    }

    private static func collect(folder: String, prefix: String, into result: inout [String], visited: inout Set<String>) throws {
        // Resolving symlinks guards against a loop of links sending the walk round forever.
        let real = URL(fileURLWithPath: folder).resolvingSymlinksInPath().path
        guard visited.insert(real).inserted else { return }
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
        } catch {
            throw DiagnosticsError([Diagnostic(file: folder, message: "cannot list the folder")])
        }
        for name in names where !name.hasPrefix("_") && !name.hasPrefix(".") {
            let path = join(folder, name)
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { continue }
            if isDirectory.boolValue {
                try collect(folder: path, prefix: prefix + name + "/", into: &result, visited: &visited)
            } else if name.hasSuffix(".md") {
                result.append(prefix + name)
            }
        }
    }

    static func join(_ folder: String, _ name: String) -> String {
        folder.hasSuffix("/") ? folder + name : folder + "/" + name
    }
}
