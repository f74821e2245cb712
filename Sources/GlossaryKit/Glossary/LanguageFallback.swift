/// What a reference of one language of a multi-language glossary may reach besides its own
/// terms: the other languages' terms, the default language's first, then the rest in the
/// order of `languages:`. A reference resolves in its own language first; a term that is not
/// translated yet is linked in another language, with `hreflang` and a visible label.
struct LanguageFallback: Sendable {
    /// The linking language's code and its way up to the site root (`""` or `../`).
    var ownCode: String
    var ownUp: String
    /// The default language first (unless it is the linking one), then the others.
    var others: [PublishedLanguage]

    /// The term a name (title, alias or slug) names in the first other language that has it.
    func lookup(name: String) -> LinkedTerm.ForeignLink? {
        for other in others {
            if case .term(let index) = other.glossary.lookup(name: name) { return link(to: index, in: other) }
        }
        return nil
    }

    /// The term at a path below another language's folder (`animals/cat.md`), or with that
    /// file name as its slug.
    func lookup(relativePath path: String?, slug: String) -> LinkedTerm.ForeignLink? {
        for other in others {
            if let path, let index = other.glossary.term(atRelativePath: path) { return link(to: index, in: other) }
        }
        for other in others {
            if case .term(let index, _)? = other.addresses.term(slug: slug) { return link(to: index, in: other) }
        }
        return nil
    }

    /// The other language whose code (any case, `zh-cn` as `zh-Hans`) is `segment`.
    func other(code segment: String) -> PublishedLanguage? {
        let key = SiteLanguage.key(segment)
        return others.first { SiteLanguage.key($0.code) == key }
    }

    func isOwn(code segment: String) -> Bool {
        SiteLanguage.key(segment) == SiteLanguage.key(ownCode)
    }

    func link(to index: Int, in other: PublishedLanguage) -> LinkedTerm.ForeignLink {
        let term = other.glossary.terms[index]
        return LinkedTerm.ForeignLink(
            code: other.code, name: other.name, title: term.title, sitePath: SitePaths.inLanguage(term.path, folder: other.folder))
    }

    /// A page of the site (from its root) as a term page of the linking language reaches it,
    /// or with `fromRoot` as that language's root (its index page) does.
    func href(_ sitePath: String, fromRoot: Bool) -> String {
        (fromRoot ? "" : SitePaths.deepRoot) + ownUp + SitePaths.href(sitePath)
    }
}
