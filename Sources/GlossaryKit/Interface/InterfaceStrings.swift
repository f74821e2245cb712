/// The interface strings of one site, resolved for its language (`InterfaceCatalog`): what
/// templates get as `t`, the scripts as the `js_` keys' JSON, and the generator uses for
/// the titles, descriptions and counts it writes itself.
public struct InterfaceStrings: Sendable, Equatable {
    /// A string and the language it was found under (`en` for a key the site's language
    /// leaves out), whose plural rules choose its form.
    struct Entry: Sendable, Equatable {
        var value: InterfaceString
        var language: String
    }

    /// The site's language as written (`pt-BR`).
    public let language: String
    let entries: [String: Entry]

    /// Keys whose names start with this go to the scripts (search.js, tags.js).
    static let scriptPrefix = "js_"

    /// The text of `key` with `{name}` placeholders filled from `values` (each closed
    /// against bidi controls it leaves open, as it is joined into a longer text); a count's
    /// `other` form; the key itself when no file has it.
    public func text(_ key: String, _ values: [String: String] = [:]) -> String {
        guard let entry = entries[key] else { return key }
        switch entry.value {
        case .text(let text): return Self.fill(text, values)
        case .plural(let forms): return Self.fill(forms["other"] ?? "", values)
        }
    }

    /// The form of a counted `key` for `count` ("1 term", "48 terms"), `{count}` filled in.
    public func count(_ key: String, _ count: Int, _ values: [String: String] = [:]) -> String {
        guard let entry = entries[key] else { return "\(count) \(key)" }
        var values = values
        values["count"] = String(count)
        return Self.fill(entry.value.form(for: count, language: entry.language), values)
    }

    /// Replaces each `{name}` whose name `values` has; other braces stay as written.
    static func fill(_ text: String, _ values: [String: String]) -> String {
        guard !values.isEmpty, text.contains("{") else { return text }
        var out = ""
        var rest = text[...]
        while let open = rest.firstIndex(of: "{") {
            out += rest[..<open]
            let after = rest[rest.index(after: open)...]
            if let close = after.firstIndex(of: "}"), let value = values[String(after[..<close])] {
                out += BidiBalance.closed(value)
                rest = after[after.index(after: close)...]
            } else {
                out += "{"
                rest = after
            }
        }
        return out + rest
    }

    /// `t` in every template: each text key (counted keys are left to the generator's
    /// labels), with `{generator}` and `{site}` filled in.
    func templateValue(siteTitle: String, generator: String) -> TemplateValue {
        var members: [String: TemplateValue] = [:]
        for (key, entry) in entries {
            guard case .text(let text) = entry.value else { continue }
            members[key] = .string(Self.fill(text, ["generator": generator, "site": siteTitle]))
        }
        return .object(members)
    }

    /// The `js_` keys as one JSON object (keys without the prefix, sorted), escaped for a
    /// `<script type="application/json">` element: `{"language": "ar", "strings": {"search_loading":
    /// "…", "search_results": {"language": "ar", "forms": {"one": "…", "other": "…"}}}}`.
    /// A count carries the language of its forms, for the script's `Intl.PluralRules`.
    public var scriptJSON: String {
        var out: [UInt8] = Array(#"{"language":"#.utf8)
        JSONText.appendString(language, to: &out)
        out += Array(#","strings":{"#.utf8)
        let keys = entries.keys.filter { $0.hasPrefix(Self.scriptPrefix) }.sorted()
        for (index, key) in keys.enumerated() {
            if index > 0 { out.append(UInt8(ascii: ",")) }
            JSONText.appendString(String(key.dropFirst(Self.scriptPrefix.count)), to: &out)
            out.append(UInt8(ascii: ":"))
            let entry = entries[key]!
            switch entry.value {
            case .text(let text):
                JSONText.appendString(text, to: &out)
            case .plural(let forms):
                out += Array(#"{"forms":{"#.utf8)
                for (number, category) in PluralCategory.all.filter({ forms[$0] != nil }).enumerated() {
                    if number > 0 { out.append(UInt8(ascii: ",")) }
                    JSONText.appendString(category, to: &out)
                    out.append(UInt8(ascii: ":"))
                    JSONText.appendString(forms[category]!, to: &out)
                }
                out += Array(#"},"language":"#.utf8)
                JSONText.appendString(entry.language, to: &out)
                out.append(UInt8(ascii: "}"))
            }
        }
        out += Array("}}".utf8)
        return String(decoding: out, as: UTF8.self)
    }

    /// `scriptJSON`, or "" when the scripts' strings are the default theme's English ones,
    /// which the scripts carry themselves: an English page needs no copy of them (830
    /// bytes on every page).
    public var scriptJSONUnlessDefault: String {
        let english = DefaultThemeStrings.strings("en")
        let own = entries.filter { $0.key.hasPrefix(Self.scriptPrefix) }.mapValues(\.value)
        return own == english.filter({ $0.key.hasPrefix(Self.scriptPrefix) }) ? "" : scriptJSON
    }

    /// `rtl` or `ltr`, for `<html dir>`.
    public var direction: String { LanguageTag.direction(language) }
}
