extension TemplateLibrary {
    /// The default theme's templates as embedded in the library (`DefaultTheme`), without
    /// its assets: for rendering with no files on disk (the fuzz harness).
    package static let embeddedTemplates: TemplateLibrary = {
        let sources = DefaultTheme.files.filter { $0.path.hasSuffix(".mustache") && !$0.path.hasPrefix(SitePaths.assetsFolder) }
        do {
            let set = try TemplateSet(sources: Dictionary(
                sources.map { (String($0.path.dropLast(".mustache".count)), $0.text) }, uniquingKeysWith: { $1 }))
            return TemplateLibrary(templates: set, assets: [])
        } catch {
            preconditionFailure("the default theme does not parse: \(error)")
        }
    }()
}
