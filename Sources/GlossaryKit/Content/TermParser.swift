import Foundation

/// Turns a term file into a `Term`: front matter read, slug and letter settled.
public enum TermParser {
    /// Throws the file's diagnostics (front matter, slug); references are checked later.
    /// The letter and sort key follow `collation`, the site language's.
    public static func parse(_ source: TermSource, collation: Collation = .english) throws -> Term {
        let file = source.displayPath
        let split = try FrontMatterParser.split(source.text, file: file)
        let matter = try FrontMatterParser.parse(yaml: split.yaml, file: file)
        let slug: String
        if let explicit = matter.slug {
            if let problem = Slug.problem(with: explicit.value) {
                let offer = Slug.suggestion(for: explicit.value, title: matter.title.value)
                throw DiagnosticsError([Diagnostic(
                    file: file, line: explicit.line, column: explicit.column, message: problem,
                    suggestions: offer.map { [$0] } ?? [])])
            }
            // NFC, so the page's file name and links are one byte sequence however it was typed.
            slug = explicit.value.precomposedStringWithCanonicalMapping
        } else {
            let name = String(source.relativePath.split(separator: "/").last ?? "").dropLast(3)
            slug = Slug.make(from: String(name))
            if let problem = Slug.problem(with: slug) {
                throw DiagnosticsError([Diagnostic(
                    file: file, line: 1, column: 1,
                    message: "\(problem) (made from the file name); rename the file or set 'slug'")])
            }
        }
        let title = matter.title.value
        return Term(
            file: TermFile(displayPath: source.displayPath, relativePath: source.relativePath), frontMatter: matter, body: split.body, bodyStartLine: split.bodyStartLine,
            slug: slug, letter: collation.letter(for: title), sortKey: collation.sortKey(title: title, slug: slug))
    }
}
