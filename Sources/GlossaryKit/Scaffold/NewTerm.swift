import Foundation

/// `glossary new "Title"`: a term file with the front matter skeleton, where the other
/// terms of its letter live.
public enum NewTerm {
    /// What `create` wrote.
    public struct Created: Sendable {
        /// The new file, as a path under the content folder given.
        public var path: String
        public var slug: String
    }

    /// Writes `<folder>/<slug>.md`. Refuses an empty title, a title or slug that names an
    /// existing term (saying which file holds it), and an existing file.
    public static func create(title rawTitle: String, contentFolder: String) throws -> Created {
        let title = rawTitle.trimmingCharacters(in: .whitespacesAndNewlines)
        let slug = Slug.make(from: title)
        guard !title.isEmpty, !slug.isEmpty else {
            throw refusal(contentFolder, "a term needs a title with at least one letter or digit")
        }
        // Files that do not parse cannot collide by name; `glossary check` reports them.
        let (terms, collation) = try ContentLoader.readableTerms(folder: contentFolder)
        // The build refuses two terms with one name, accents aside (NameCollisions).
        let key = ReferenceKey.ignoringAccents(title, in: collation)
        for term in terms {
            if ReferenceKey.ignoringAccents(term.title, in: collation) == key {
                throw refusal(term.file.displayPath, "'\(title)' is already the title of this term")
            }
            if let alias = term.frontMatter.aliases.first(where: { ReferenceKey.ignoringAccents($0.value, in: collation) == key }) {
                throw refusal(term.file.displayPath, "'\(title)' is already an alias of '\(term.title)' (line \(alias.line))")
            }
            if term.slug == slug {
                throw refusal(term.file.displayPath, "the slug '\(slug)' is already used by '\(term.title)'")
            }
        }
        let folder = folderFor(letter: collation.letter(for: title), terms: terms, collation: collation)
        let relativePath = (folder.isEmpty ? "" : folder + "/") + slug + ".md"
        let path = ContentLoader.join(contentFolder, relativePath)
        guard !FileManager.default.fileExists(atPath: path) else { throw refusal(path, "the file already exists") }
        do {
            try FileManager.default.createDirectory(
                atPath: FolderPath.parent(of: path), withIntermediateDirectories: true)
            // `.withoutOverwriting` closes the race with another writer between check and write.
            try Data(skeleton(title: title).utf8).write(to: URL(fileURLWithPath: path), options: .withoutOverwriting)
        } catch {
            throw refusal(path, "cannot write the file: \(error.localizedDescription)")
        }
        return Created(path: path, slug: slug)
    }

    /// The folder most terms of that letter are in (see `TermFolders`).
    static func folderFor(letter: String, terms: [Term], collation: Collation) -> String {
        TermFolders(terms: terms, collation: collation).folder(for: letter)
    }

    /// The front matter skeleton; the title is quoted for YAML. A new term starts as a draft
    /// (as in Hugo and Zola): an empty definition is not published by accident.
    static func skeleton(title: String) -> String {
        """
        ---
        title: \(yamlQuoted(title))
        aliases: []
        part_of_speech:
        tags: []
        see_also: []
        draft: true
        ---

        <!-- The definition: its first paragraph is the term's one-line description. -->

        """
    }

    /// A double-quoted YAML scalar: safe for any title (colons, quotes, leading symbols).
    static func yamlQuoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 { out += String(format: "\\x%02X", scalar.value) } else { out.unicodeScalars.append(scalar) }
            }
        }
        return out + "\""
    }

    private static func refusal(_ file: String, _ message: String) -> DiagnosticsError {
        DiagnosticsError([Diagnostic(file: file, message: message)])
    }
}
