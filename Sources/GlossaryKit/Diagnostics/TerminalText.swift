/// Makes text from term files safe to print on a terminal.
///
/// Diagnostics quote titles, references and source lines, which a hostile pull request
/// controls: an ESC there would be a terminal escape sequence (move the cursor, rewrite
/// earlier lines, set the window title), and a bidi override could make a path read
/// backwards. Such characters are shown as `\u{1B}` instead; nothing else changes.
enum TerminalText {
    static func visible(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isHidden) else { return text }
        var out = ""
        for scalar in text.unicodeScalars {
            if isHidden(scalar) {
                out += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// C0 controls but tab, DEL, C1 controls, and the bidi embeddings, overrides and isolates.
    private static func isHidden(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09: false
        case 0x00...0x1F, 0x7F...0x9F, 0x202A...0x202E, 0x2066...0x2069: true
        default: false
        }
    }
}
