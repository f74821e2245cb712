import Foundation

/// What `glossary build` was asked to do.
public struct BuildOptions: Sendable {
    public var contentFolder: String
    public var templatesFolder: String
    public var outputFolder: String
    /// Include terms whose front matter says `draft: true`.
    public var includeDrafts: Bool
    /// How many threads parse, render and write; 1 builds serially.
    public var jobs: Int
    /// Replaces the settings' `base_url` (for absolute addresses: canonical, JSON-LD, sitemap).
    public var baseURL: String? = nil
    /// Reads the terms' last commit dates from git (`--no-git` turns it off).
    public var readsGit = true
    /// Told the name of each stage as it starts.
    public var onStageStart: (@Sendable (String) -> Void)? = nil

    public init(
        contentFolder: String = "Content", templatesFolder: String = "Templates", outputFolder: String = "Output",
        includeDrafts: Bool = false, jobs: Int = ProcessInfo.processInfo.activeProcessorCount
    ) {
        self.contentFolder = contentFolder
        self.templatesFolder = templatesFolder
        self.outputFolder = outputFolder
        self.includeDrafts = includeDrafts
        self.jobs = max(1, jobs)
    }
}
