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
    ///
    /// A file identical to the default theme's (a theme made by `glossary init`, or the
    /// shipped `Templates/`) takes the strings the binary already parsed: parsing the 18
    /// files with Yams again was 7 % of a 2,000-term build.
    static func read(_ files: [(relative: String, path: String, text: String)], reuse known: InterfaceCatalog? = nil)
        throws -> InterfaceCatalog
    {
        var catalog = InterfaceCatalog()
        var diagnostics: [Diagnostic] = []
        let builtInTexts = known == nil ? [:] : Self.builtInTexts
        for file in files {
            guard let code = languageCode(ofFile: file.relative) else { continue }
            if let known, builtInTexts[file.relative] == file.text, let strings = known.languages[code] {
                catalog.languages[code, default: [:]].merge(strings) { $1 }
                continue
            }
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

    /// The default theme's language files as the binary carries them: path → text.
    private static let builtInTexts: [String: String] = Dictionary(
        DefaultTheme.files.filter { languageCode(ofFile: $0.path) != nil }.map { ($0.path, $0.text) },
        uniquingKeysWith: { first, _ in first })

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
