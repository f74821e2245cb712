/// Bounds on what YAML aliases can make of a small front matter block (issue 12): past them
/// the file is refused with a located error, in well under a second, instead of a build
/// that runs for minutes and gigabytes. Real term files come nowhere near them.
enum FrontMatterLimits {
    /// Alias uses (`*name`) in one front matter block.
    static let maxAliases = 100
    /// Items (text values, lists and mappings, aliases expanded) in one field's value.
    static let maxValueItems = 10_000
    /// Bytes of text one field's value makes for templates (lists joined), aliases expanded.
    static let maxValueBytes = 100_000
}
