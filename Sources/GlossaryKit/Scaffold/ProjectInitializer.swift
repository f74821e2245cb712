import Foundation

/// `glossary init [folder]`: a new glossary project that builds at once.
public enum ProjectInitializer {
    static let settings = """
        title: My glossary
        description: Terms and what they mean
        # The address the site will be published at, for canonical links, sitemap.xml and
        # robots.txt; until it is set they are left out (the site works without it).
        # base_url: https://you.github.io/glossary/
        language: en
        allow_raw_html: false

        """

    static let exampleTerm = """
        ---
        title: Example term
        aliases: [Sample term]
        part_of_speech: noun
        ---

        An example term shows the shape of a term file: YAML front matter between two `---`
        lines, then the definition in Markdown. Its first paragraph is the one-line
        description shown in lists and search results.

        Link other terms with `[[Their title]]` or a relative link to their file; `glossary
        build` fails on a link that names no term, so links never break.

        ## Example

        Run `glossary new "Another term"` to add a term, then `glossary build`.

        """

    /// Writes `Content/glossary.yml`, one example term and the default `Templates/` into
    /// `folder` (made if missing). Refuses a folder that already has `Content/` or `Templates/`.
    /// Returns the paths written.
    public static func initialize(folder: String) throws -> [String] {
        let fileManager = FileManager.default
        for existing in ["Content", "Templates"] {
            let path = ContentLoader.join(folder, existing)
            if fileManager.fileExists(atPath: path) {
                throw DiagnosticsError([Diagnostic(
                    file: path, message: "already exists: init starts a new glossary and overwrites nothing")])
            }
        }
        var files: [(String, String)] = [
            ("Content/glossary.yml", settings),
            ("Content/e/example-term.md", exampleTerm),
        ]
        files += DefaultTheme.files.map { ("Templates/" + $0.path, $0.text) }
        var written: [String] = []
        for (relative, text) in files {
            let path = ContentLoader.join(folder, relative)
            do {
                try fileManager.createDirectory(
                    atPath: FolderPath.parent(of: path), withIntermediateDirectories: true)
                try Data(text.utf8).write(to: URL(fileURLWithPath: path), options: .withoutOverwriting)
            } catch {
                throw DiagnosticsError([Diagnostic(file: path, message: "cannot write the file: \(error.localizedDescription)")])
            }
            written.append(path)
        }
        return written
    }
}
