extension Term {
    /// `former_slugs:`, the term's old URL names, each where it is written.
    var formerSlugs: [Located<String>] { frontMatter.formerSlugs }
}
