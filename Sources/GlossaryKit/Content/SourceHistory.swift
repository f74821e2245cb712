/// What the pages say about a term's file: where it is on the code host (`edit_url`) and
/// when it last changed (git), both by its path from the repository's top.
package struct SourceHistory: Sendable {
    var repository: SourceRepository
    /// Nil without git: no repository, `git` missing, or `--no-git`.
    var dates: GitDates?

    /// Where the file is edited, when the settings give `edit_url`.
    func editURL(of file: TermFile, settings: SiteSettings) -> String? {
        guard let pattern = settings.editURL, let path = repository.path(of: file) else { return nil }
        return EditURL.make(pattern, path: path)
    }

    /// The day of the file's last commit (`YYYY-MM-DD`, UTC); nil without git, for a file
    /// never committed, or one with uncommitted changes.
    func lastUpdated(_ file: TermFile) -> String? {
        guard let dates, let path = repository.path(of: file) else { return nil }
        return dates.lastUpdated(path)
    }
}
