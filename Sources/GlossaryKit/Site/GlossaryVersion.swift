/// The tool's version, in one place: `glossary --version`, the `generator` meta tag.
public enum GlossaryVersion {
    public static let current = "0.1.0"
}
