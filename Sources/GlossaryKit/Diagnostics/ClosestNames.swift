/// "Did you mean" for plain names (commands, options), outside of a glossary's terms.
public enum ClosestNames {
    /// The names closest to `name` (edit distance, scaled with its length), closest first.
    public static func closest(to name: String, among names: [String], limit: Int = 1) -> [String] {
        Suggestions.closest(to: name, among: names.map { ($0, $0) }, limit: limit)
    }
}
