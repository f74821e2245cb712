/// Keeps spreadsheets from running CSV cells as formulas (CSV injection): a cell starting
/// with `=`, `+`, `-`, `@`, a tab or a carriage return is written with a `'` in front, as
/// OWASP recommends, and `glossary import` takes exactly that `'` off again.
///
/// So the round trip stays exact, a value that already starts with `'`s followed by one of
/// those characters (`'=1`) gets one more `'` too: export adds one `'` to every value of the
/// form `'…'` + formula character + rest, import removes one from every cell of that form
/// that has at least one, and no other value is touched either way.
public enum CSVFormulaGuard {
    /// The characters a spreadsheet may read as the start of a formula.
    static let formulaStarts: Set<UInt8> = [
        UInt8(ascii: "="), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "@"), 0x09, 0x0D,
    ]

    /// The cell as exported: the value with a `'` in front when it needs one.
    public static func neutralized(_ value: String) -> String {
        needsQuote(value) ? "'" + value : value
    }

    /// The value of an imported cell: one leading `'` taken off a neutralized cell.
    public static func restored(_ cell: String) -> String {
        cell.utf8.first == UInt8(ascii: "'") && needsQuote(cell) ? String(cell.dropFirst()) : cell
    }

    /// Whether the text after its leading `'`s starts with a formula character.
    private static func needsQuote(_ text: String) -> Bool {
        guard let first = text.utf8.first(where: { $0 != UInt8(ascii: "'") }) else { return false }
        return formulaStarts.contains(first)
    }
}
