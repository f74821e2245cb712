import Foundation

extension TemplateLibrary {
    /// The templates folder name that stands for the default theme carried in the binary
    /// (`DefaultTheme`): a project without `Templates/` builds with it. No real folder is
    /// read under this name.
    public static let builtInTheme = "<built-in theme>"

    /// The default theme, checked and compiled like a folder on disk.
    static func loadBuiltInTheme() throws -> TemplateLibrary {
        var texts: [(name: String, path: String, text: String)] = []
        var assets: [(path: String, data: Data)] = []
        for file in DefaultTheme.files {
            if file.path.hasPrefix("assets/") {
                assets.append((String(file.path.dropFirst("assets/".count)), Data(file.text.utf8)))
            } else if file.path.hasSuffix(".mustache") {
                texts.append((String(file.path.dropLast(".mustache".count)), ContentLoader.join(builtInTheme, file.path), file.text))
            }
        }
        var library = try make(folder: builtInTheme, texts: texts, diagnostics: []) { assets }
        library.catalog = InterfaceCatalog.builtIn
        return library
    }
}
