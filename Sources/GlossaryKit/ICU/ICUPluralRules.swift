import Foundation
import ICUShim

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

    // An NSLock (a pthread mutex), as `Collation.forLanguage` uses: ThreadSanitizer sees
    // through it, where it reported Synchronization's Mutex (a bare futex) as a race.
    nonisolated(unsafe) private static var opened: [String: ICUPluralRules?] = [:]
    private static let lock = NSLock()

    /// The rules of a BCP 47 tag (any case), opened once; nil when ICU cannot open them.
    static func forLanguage(_ tag: String) -> ICUPluralRules? {
        let key = tag.lowercased()
        lock.lock()
        defer { lock.unlock() }
        if let rules = opened[key] { return rules }
        let rules = ICUPluralRules(tag: key)
        opened[key] = rules
        return rules
    }
}
