import Yams

/// Maps Yams's positions to positions in the file.
///
/// YAML counts NEL (U+0085), LINE SEPARATOR (U+2028) and PARAGRAPH SEPARATOR (U+2029) as
/// line breaks, editors and our diagnostics do not (a file's lines end at LF): after such a
/// character Yams's line numbers ran ahead of the file's, so an error could point past the
/// end of the file (found by fuzzing). Text without them maps as it is.
struct YAMLPositions {
    /// File lines before the YAML text (1 for front matter, after the opening `---`).
    let lineOffset: Int
    /// The YAML text's scalars, kept only when it holds one of those breaks.
    private let scalars: [Unicode.Scalar]?

    init(yaml: String, lineOffset: Int) {
        self.lineOffset = lineOffset
        let hasExtraBreaks = yaml.utf8.contains(0xC2) || yaml.utf8.contains(0xE2)
        scalars = hasExtraBreaks && yaml.unicodeScalars.contains(where: Self.isYAMLOnlyBreak)
            ? Array(yaml.unicodeScalars) : nil
    }

    private static func isYAMLOnlyBreak(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "\u{85}" || scalar == "\u{2028}" || scalar == "\u{2029}"
    }

    /// The file line and column (1-based, columns in scalars) of a Yams mark; the YAML
    /// text's first line when there is no mark.
    func locate(_ mark: Mark?) -> (line: Int, column: Int) {
        let (line, column) = (mark?.line ?? 1, mark?.column ?? 1)
        guard let scalars else { return (line + lineOffset, column) }
        var yaml = (line: 1, column: 1)
        var file = (line: 1, column: 1)
        for scalar in scalars {
            if yaml == (line, column) { break }
            if scalar == "\n" {
                yaml = (yaml.line + 1, 1)
                file = (file.line + 1, 1)
            } else if Self.isYAMLOnlyBreak(scalar) {
                yaml = (yaml.line + 1, 1)
                file.column += 1
            } else {
                yaml.column += 1
                file.column += 1
            }
        }
        // A mark past the end of the text (an error at the end of the stream) keeps its
        // distance from the last position.
        if yaml != (line, column) {
            if yaml.line == line { file.column += column - yaml.column } else { file = (file.line + line - yaml.line, column) }
        }
        return (file.line + lineOffset, file.column)
    }
}
