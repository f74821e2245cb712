import Foundation

extension Term {
    /// `former_slugs:`, the term's old URL names. Read from the unknown fields for now (the
    /// front matter readers keep lists there joined by ", ", without positions, so each
    /// name is placed at the term's title); the one place to switch to a real field.
    var formerSlugs: [Located<String>] {
        guard let entry = frontMatter.extra.first(where: { $0.key == "former_slugs" }) else { return [] }
        let title = frontMatter.title
        return entry.value.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            .map { Located($0, line: title.line, column: title.column) }
    }
}
