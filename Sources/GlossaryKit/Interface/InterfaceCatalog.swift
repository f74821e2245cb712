import Foundation
import Yams

/// A theme's interface strings by language: its `i18n/<code>.yml` files, codes lower-cased
/// (`zh-Hant.yml` is `zh-hant`). `strings(language:overrides:)` resolves them for a site.
public struct InterfaceCatalog: Sendable, Equatable {
    /// Language code (lower case) → key → string: the theme's own files, parsed.
    public var languages: [String: [String: InterfaceString]]
    /// Codes whose file is the default theme's, byte for byte: their strings are the
    /// binary's, parsed on first use (`DefaultThemeStrings`), so a site pays only for the
    /// languages its fallback chains name, not for all eighteen.
    var defaultThemeCodes: Set<String>

    public init(languages: [String: [String: InterfaceString]] = [:]) {
        self.languages = languages
        self.defaultThemeCodes = []
    }

    /// Every language code the catalog has strings for.
    public var codes: Set<String> { defaultThemeCodes.union(languages.keys) }

    /// The strings of one language code as this catalog has them (the default theme's file,
    /// then the theme's own above it); empty for a code it lacks.
    public func strings(forCode code: String) -> [String: InterfaceString] {
        var strings = defaultThemeCodes.contains(code) ? DefaultThemeStrings.strings(code) : [:]
        strings.merge(languages[code] ?? [:]) { $1 }
        return strings
    }

    /// The folder below a theme that holds the language files.
    static let folder = "i18n/"

    /// Reads the language files of a theme, given as (path below the theme, display path,
    /// text); files that are not `i18n/*.yml` are ignored. Every bad file is reported.
    ///
    /// A file identical to the default theme's (a theme made by `glossary init`, or the
    /// shipped `Templates/`) is not parsed: its strings are the binary's, parsed when a
    /// site's language needs them (parsing the 18 files with Yams was 7 % of a 2,000-term
    /// build, and a site needs one to three of them).
    static func read(_ files: [(relative: String, path: String, text: String)]) throws -> InterfaceCatalog {
        var catalog = InterfaceCatalog()
        var diagnostics: [Diagnostic] = []
        for file in files {
            guard let code = languageCode(ofFile: file.relative) else { continue }
            if DefaultThemeStrings.texts[file.relative] == file.text {
                catalog.defaultThemeCodes.insert(code)
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

    /// The default theme's strings, as the binary carries them.
    public static let builtIn: InterfaceCatalog = {
        var catalog = InterfaceCatalog()
        catalog.defaultThemeCodes = Set(DefaultThemeStrings.texts.keys.compactMap(languageCode(ofFile:)))
        return catalog
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
                for (key, value) in layer.strings(forCode: code) {
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

/// The default theme's language files as the binary carries them, each parsed the first
/// time a site needs it and kept for the process (serve rebuilds, the tests' many sites).
enum DefaultThemeStrings {
    /// Path below the theme (`i18n/de.yml`) → text.
    static let texts: [String: String] = Dictionary(
        DefaultTheme.files.filter { InterfaceCatalog.languageCode(ofFile: $0.path) != nil }.map { ($0.path, $0.text) },
        uniquingKeysWith: { first, _ in first })

    private static let parsed = ParsedByCode()

    /// The strings of `code` (lower case); empty for a code the default theme lacks.
    static func strings(_ code: String) -> [String: InterfaceString] {
        parsed.strings(code)
    }

    /// Parsed files by code, behind a lock: pages of one build are rendered in parallel.
    private final class ParsedByCode: @unchecked Sendable {
        private let lock = NSLock()
        private var byCode: [String: [String: InterfaceString]] = [:]

        func strings(_ code: String) -> [String: InterfaceString] {
            lock.lock()
            defer { lock.unlock() }
            if let strings = byCode[code] { return strings }
            var strings: [String: InterfaceString] = [:]
            for (relative, text) in texts.sorted(by: { $0.key < $1.key })
            where InterfaceCatalog.languageCode(ofFile: relative) == code {
                do {
                    strings.merge(try InterfaceCatalog.parse(text, file: TemplateLibrary.builtInTheme + "/" + relative)) { $1 }
                } catch {
                    preconditionFailure("the default theme's \(relative) does not parse: \(error)")
                }
            }
            byCode[code] = strings
            return strings
        }
    }
}
