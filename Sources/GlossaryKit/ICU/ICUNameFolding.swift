import ICUShim

/// ICU's folding for names and slugs (`glossary_icu_folding_open`), built once for the
/// process and shared by every thread. Most text is folded by normalization alone; the
/// shim compiles the transliterator only for a Latin letter that needs its table ("ß", "ø")
/// and then lends each call its own.
final class ICUNameFolding: @unchecked Sendable {
    private let handle: OpaquePointer

    /// The process's one folding; nil when ICU cannot build it (then names fold by
    /// lowercasing only).
    static let shared = ICUNameFolding()

    private init?() {
        var reason = [CChar](repeating: 0, count: 256)
        guard let opened = glossary_icu_folding_open(&reason, Int32(reason.count)) else { return nil }
        handle = opened
    }

    deinit {
        glossary_icu_folding_close(handle)
    }

    func fold(_ text: String) -> String {
        ICUText.transform(text) { glossary_icu_folding_apply(handle, $0, $1, $2, $3) }
    }

    /// `fold` always through the compiled rules: the tests check the direct path against it.
    func foldByRules(_ text: String) -> String {
        ICUText.transform(text) { glossary_icu_folding_apply_rules(handle, $0, $1, $2, $3) }
    }
}
