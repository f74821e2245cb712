import Foundation

/// The site's Mustache templates, loaded once from `Templates/` and checked up front: a
/// syntax error or a partial that does not exist is reported with its file and line.
///
/// Rendering uses GlossaryKit's own Mustache engine (Templating/): swift-mustache, fed
/// `[String: Any]`, spent 5.4 of 7.7 seconds of a 10,000-term build in dynamic casts,
/// dictionary lookups through the context stack and per-Character escaping.
public struct TemplateLibrary: Sendable {
    /// The page templates a theme must provide.
    public static let pageTemplates = ["index", "letter", "term", "tag", "tags", "404"]

    let templates: TemplateSet
    /// Static files under `Templates/assets/`, by path below it.
    public let assets: [(path: String, data: Data)]
    /// The interface strings of `i18n/<code>.yml` (an empty catalog when the theme has none:
    /// the default theme's strings then serve).
    public var catalog = InterfaceCatalog()

    /// Reads every `*.mustache` below `folder` (a file in a subfolder is the partial
    /// `subfolder/name`) and every file under `folder/assets`.
    /// `folder` may be `builtInTheme`: the default theme the binary carries (DefaultTheme).
    public static func load(folder: String) throws -> TemplateLibrary {
        if folder == builtInTheme { return try loadBuiltInTheme() }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw DiagnosticsError([Diagnostic(file: folder, message: "the templates folder does not exist")])
        }
        guard let walk = TemplateFileWalk(folder: folder) else {
            throw DiagnosticsError([Diagnostic(file: folder, message: "cannot list the folder")])
        }
        // Links out of the folder are reported with the template errors, all in one go.
        var diagnostics = walk.diagnostics
        var texts: [(name: String, path: String, text: String)] = []
        for relative in walk.paths where relative.hasSuffix(".mustache") && !relative.hasPrefix("assets/") {
            let path = ContentLoader.join(folder, relative)
            let name = String(relative.dropLast(".mustache".count))
            do {
                texts.append((name, path, try TextFile.read(path: path, displayPath: path)))
            } catch let error as DiagnosticsError {
                diagnostics += error.diagnostics
            }
        }
        var languageFiles: [(relative: String, path: String, text: String)] = []
        for relative in walk.paths where InterfaceCatalog.languageCode(ofFile: relative) != nil {
            let path = ContentLoader.join(folder, relative)
            do {
                languageFiles.append((relative, path, try TextFile.read(path: path, displayPath: path)))
            } catch let error as DiagnosticsError {
                diagnostics += error.diagnostics
            }
        }
        // A template refused as a link out of the folder exists all the same: naming it is
        // not a second error.
        let refusedNames = Set(walk.refused.filter { $0.hasSuffix(".mustache") }.map { String($0.dropLast(".mustache".count)) })
        return try make(
            folder: folder, texts: texts, languageFiles: languageFiles, diagnostics: diagnostics, refusedNames: refusedNames
        ) {
            var assets: [(String, Data)] = []
            for relative in walk.paths where relative.hasPrefix(SitePaths.assetsFolder) {
                let path = ContentLoader.join(folder, relative)
                guard let data = FileManager.default.contents(atPath: path) else {
                    throw DiagnosticsError([Diagnostic(file: path, message: "cannot read the file")])
                }
                assets.append((String(relative.dropFirst(SitePaths.assetsFolder.count)), data))
            }
            return assets
        }
    }

    /// Checks the templates' syntax, partials and page templates (adding to the problems
    /// found reading them), then reads the assets and compiles the templates.
    static func make(
        folder: String, texts: [(name: String, path: String, text: String)],
        languageFiles: [(relative: String, path: String, text: String)] = [], diagnostics: [Diagnostic],
        refusedNames: Set<String> = [], assets readAssets: () throws -> [(path: String, data: Data)]
    ) throws -> TemplateLibrary {
        var diagnostics = diagnostics
        var catalog = InterfaceCatalog()
        do {
            catalog = try InterfaceCatalog.read(languageFiles)
        } catch let error as DiagnosticsError {
            diagnostics += error.diagnostics
        }
        let names = Set(texts.map(\.name))
        var includes: [String: [(reference: TemplateParser.Reference, path: String)]] = [:]
        for template in texts {
            do {
                for reference in try TemplateParser.parseWithReferences(template.text).references {
                    if refusedNames.contains(reference.name) { continue }
                    guard names.contains(reference.name) else {
                        diagnostics.append(Diagnostic(
                            file: template.path, line: reference.line, column: reference.column,
                            message: "the template names '\(reference.name)', but there is no \(reference.name).mustache"))
                        continue
                    }
                    includes[template.name, default: []].append((reference, template.path))
                }
            } catch {
                diagnostics.append(Diagnostic(
                    file: template.path, line: error.line, column: error.column, message: "template error: \(error.message)"))
            }
        }
        diagnostics += TemplateCycles.diagnostics(includes)
        for name in pageTemplates where !names.contains(name) && !refusedNames.contains(name) {
            diagnostics.append(Diagnostic(file: ContentLoader.join(folder, name + ".mustache"), message: "the page template is missing"))
        }
        if !diagnostics.isEmpty { throw DiagnosticsError(diagnostics) }
        let assets = try readAssets()
        let set: TemplateSet
        do {
            set = try TemplateSet(sources: Dictionary(texts.map { ($0.name, $0.text) }, uniquingKeysWith: { $1 }))
        } catch {
            let path = texts.first { $0.name == error.template }?.path ?? error.template
            throw DiagnosticsError([Diagnostic(
                file: path, line: error.failure.line, column: error.failure.column,
                message: "template error: \(error.failure.message)")])
        }
        var library = TemplateLibrary(templates: set, assets: assets)
        library.catalog = catalog
        return library
    }

    /// Renders a page template into UTF-8 bytes.
    /// Whether the theme has the template `name` (an optional page: `all`).
    public func has(_ name: String) -> Bool {
        templates.contains(name)
    }

    public func render(_ name: String, context: TemplateValue) -> [UInt8] {
        templates.render(name, context: context)
    }

    /// Every regular file below a folder, as sorted relative paths; links that lead out of
    /// it are left out (`load` reports them).
    static func files(in folder: String) throws -> [String] {
        guard let walk = TemplateFileWalk(folder: folder) else {
            throw DiagnosticsError([Diagnostic(file: folder, message: "cannot list the folder")])
        }
        return walk.paths
    }
}
