import ICUShim
import Synchronization

/// A language's CLDR plural rules through ICU (`glossary_icu_plural_rules_*`): one object
/// per language for the process, shared by every thread (`select` is const in ICU).
final class ICUPluralRules: @unchecked Sendable {
    private let handle: OpaquePointer

    private init?(tag: String) {
        guard let opened = glossary_icu_plural_rules_open(tag) else { return nil }
        handle = opened
    }

    deinit {
        glossary_icu_plural_rules_close(handle)
    }

    /// `zero`, `one`, `two`, `few`, `many` or `other`.
    func category(of count: Int) -> String {
        ICUText.read(capacity: 8) { glossary_icu_plural_rules_select(handle, Int64(count), $0, $1) }
    }

    private static let opened = Mutex<[String: ICUPluralRules?]>([:])

    /// The rules of a BCP 47 tag (any case), opened once; nil when ICU cannot open them.
    static func forLanguage(_ tag: String) -> ICUPluralRules? {
        let key = tag.lowercased()
        return opened.withLock { known in
            if let rules = known[key] { return rules }
            let rules = ICUPluralRules(tag: key)
            known[key] = rules
            return rules
        }
    }
}
