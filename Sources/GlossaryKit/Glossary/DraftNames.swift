/// The names and files of the terms a build left out as drafts, so a reference to one
/// says that it is a draft (and that `--drafts` includes it) rather than that it names no
/// term.
public struct DraftNames: Sendable {
    private let byName: [ReferenceKey: Term]
    private let byPath: [String: Term]

    /// No drafts: every missing name is reported as naming no term.
    public init() {
        byName = [:]
        byPath = [:]
    }

    /// Indexes the drafts' titles, aliases, slugs and file paths.
    public init(drafts: [Term]) {
        var byName: [ReferenceKey: Term] = [:]
        var byPath: [String: Term] = [:]
        for term in drafts {
            byPath[term.file.relativePath] = term
            for name in [term.title, term.slug] + term.frontMatter.aliases.map(\.value) {
                byName[ReferenceKey(name)] = byName[ReferenceKey(name)] ?? term
            }
        }
        self.byName = byName
        self.byPath = byPath
    }

    public var isEmpty: Bool { byPath.isEmpty }

    /// The draft a name (title, alias or slug) refers to, if any.
    public func draft(named name: String) -> Term? { byName[ReferenceKey(name)] }

    /// The draft whose file is at this path inside the content folder, if any.
    public func draft(atRelativePath path: String) -> Term? { byPath[path] }

    /// The message for a reference to a draft: `what` is e.g. "see_also reference 'X'".
    static func message(_ what: String, draft: Term) -> String {
        "\(what) names a draft: \(draft.file.displayPath) has 'draft: true'; "
            + "build with --drafts to include it, or remove 'draft: true' to publish it"
    }
}
