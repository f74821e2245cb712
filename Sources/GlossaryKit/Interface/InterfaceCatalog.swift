import Yams

/// A theme's interface strings by language: its `i18n/<code>.yml` files, codes lower-cased
/// (`zh-Hant.yml` is `zh-hant`). `strings(language:overrides:)` resolves them for a site.
public struct InterfaceCatalog: Sendable, Equatable {
    /// Language code (lower case) → key → string.
    public var languages: [String: [String: InterfaceString]]

    public init(languages: [String: [String: InterfaceString]] = [:]) {
        self.languages = languages
    }

    /// The folder below a theme that holds the language files.
    static let folder = "i18n/"

    /// Reads the language files of a theme, given as (path below the theme, display path,
    /// text); files that are not `i18n/*.yml` are ignored. Every bad file is reported.
    static func read(_ files: [(relative: String, path: String, text: String)]) throws -> InterfaceCatalog {
        var catalog = InterfaceCatalog()
        var diagnostics: [Diagnostic] = []
        for file in files {
            guard let code = languageCode(ofFile: file.relative) else { continue }
            do {
                catalog.languages[code, default: [:]].merge(try parse(file.text, file: file.path)) { $1 }
            } catch let error as DiagnosticsError {
                diagnostics += error.diagnostics
            }
        }
        if !diagnostics.isEmpty { throw DiagnosticsError(diagnostics) }
        return catalog
    }

    /// `i18n/pt-BR.yml` → `pt-br`; nil for any other path.
    static func languageCode(ofFile relative: String) -> String? {
        guard relative.hasPrefix(folder) else { return nil }
        let name = relative.dropFirst(folder.count)
        for suffix in [".yml", ".yaml"] where name.hasSuffix(suffix) && !name.contains("/") {
            let code = name.dropLast(suffix.count)
            return code.isEmpty ? nil : LanguageTag.normalized(String(code))
        }
        return nil
    }

    /// One language file: a mapping of keys to strings.
    static func parse(_ text: String, file: String) throws -> [String: InterfaceString] {
        let positions = YAMLPositions(yaml: text, lineOffset: 0)
        if let problem = YAMLAliasScan.check(text) {
            throw DiagnosticsError([Diagnostic(file: file, line: problem.line, column: problem.column, message: problem.message)])
        }
        let node: Node?
        do {
            node = try Yams.compose(yaml: text)
        } catch let error as YamlError {
            throw DiagnosticsError([YAMLDiagnostics.diagnostic(for: error, file: file, positions: positions)])
        }
        guard let node else { return [:] }
        return try InterfaceString.read(YAMLFields(node: node, file: file, positions: positions))
    }

    /// The default theme's strings, as the binary carries them.
    public static let builtIn: InterfaceCatalog = {
        let files = DefaultTheme.files.map { (relative: $0.path, path: TemplateLibrary.builtInTheme + "/" + $0.path, text: $0.text) }
        do {
            return try read(files)
        } catch {
            preconditionFailure("the default theme's i18n files do not parse: \(error)")
        }
    }()

    /// The strings a site in `language` shows: for each code of its fallback chain (`pt-br`,
    /// `pt`, `en`), this theme's file, then the default theme's; the site's own `overrides`
    /// (`interface:` in `glossary.yml`) above all. Each key keeps the language it came from,
    /// whose plural rules pick its form.
    public func strings(language: String, overrides: [String: InterfaceString] = [:]) -> InterfaceStrings {
        let builtIn = self == Self.builtIn ? InterfaceCatalog() : Self.builtIn
        var entries: [String: InterfaceStrings.Entry] = [:]
        for code in LanguageTag.fallbacks(language).reversed() {
            for layer in [builtIn, self] {
                for (key, value) in layer.languages[code] ?? [:] {
                    entries[key] = InterfaceStrings.Entry(value: value, language: code)
                }
            }
        }
        for (key, value) in overrides {
            entries[key] = InterfaceStrings.Entry(value: value, language: language)
        }
        return InterfaceStrings(language: language, entries: entries)
    }
}
