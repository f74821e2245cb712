/// The default theme (`Templates/` of this repository), carried inside the binary so that
/// `glossary init` works anywhere. The EmbedTheme build plugin writes the file list
/// (`files`) from `Templates/` on every build.
public enum DefaultTheme {
    /// Paths below `Templates/`, sorted.
    public static var paths: [String] { files.map(\.path) }

    /// The text of one file of the theme.
    public static func text(of path: String) -> String? {
        files.first { $0.path == path }?.text
    }
}
