import Foundation

/// Finds and reads the term files and settings of a content folder.
public enum ContentLoader {
    /// What a content folder holds, read but not yet parsed.
    public struct Loaded: Sendable {
        public var settings: SiteSettings
        public var sources: [TermSource]
    }

    /// Reads `glossary.yml` and every `*.md` below `folder` through the load stage,
    /// skipping names that start with `_` or `.`. Files are returned sorted by relative
    /// path, so builds are deterministic. Every problem is reported together.
    public static func load(folder: String, jobs: Int = 1) throws(DiagnosticsError) -> Loaded {
        let loaded = try BuildStages.load(BuildOptions(contentFolder: folder, jobs: jobs), cache: nil)
        if !loaded.diagnostics.isEmpty { throw DiagnosticsError(loaded.diagnostics) }
        let sources = loaded.value.files.compactMap { file -> TermSource? in
            if case .read(let source, _) = file { return source }
            return nil
        }
        return Loaded(settings: loaded.value.settings, sources: sources)
    }

    /// The terms of a content folder that parse, drafts included, for commands that add to
    /// it (`new`, `import`) and must not reuse a name; errors in the folder are its
    /// builds' to report.
    static func readableTerms(folder: String) throws(DiagnosticsError) -> (terms: [Term], collation: Collation) {
        let loaded = try BuildStages.load(BuildOptions(contentFolder: folder, jobs: 1), cache: nil)
        let collation = loaded.value.collation
        return (BuildStages.frontMatter(loaded.value.files, collation: collation, includeDrafts: true, jobs: 1, cache: nil).value.terms,
                collation)
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
