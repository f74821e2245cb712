/// A parsed template: text and tags, with sections nested.
indirect enum TemplateNode: Sendable {
    /// Literal text, stored as UTF-8 so rendering copies bytes.
    case text([UInt8])
    /// `{{name}}` (escaped) or `{{{name}}}` / `{{&name}}` (raw).
    case variable(TemplateName, escaped: Bool)
    /// `{{#name}}…{{/name}}`.
    case section(TemplateName, [TemplateNode])
    /// `{{^name}}…{{/name}}`.
    case invertedSection(TemplateName, [TemplateNode])
    /// `{{> name}}`; `indentation` is the whitespace before a standalone partial tag.
    case partial(String, indentation: String)
    /// `{{< name}}…{{/name}}`: renders `name` with the blocks defined inside.
    case parent(String, blocks: [String: [TemplateNode]])
    /// `{{$ name}}default{{/name}}`: an override if one is in force, else the default.
    case block(String, [TemplateNode])
}

/// A dotted name (`term.see_also`), split once at parse time; `.` alone is the current item.
struct TemplateName: Sendable, Equatable {
    let parts: [String]
    let text: String

    init(_ text: String) {
        self.text = text
        parts = text == "." ? [] : text.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
    }
}
