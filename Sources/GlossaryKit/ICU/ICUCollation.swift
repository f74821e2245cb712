import ICUShim

/// One language's ICU collator and alphabetic index (CLDR's letters and order), owned for
/// the object's life; no ICU pointer leaves this type. Safe to use from many threads at
/// once (the shim shares the immutable index and lends each call its own collator clone).
final class ICUCollation: @unchecked Sendable {
    /// What an alphabetic index bucket holds.
    enum BucketKind: Int32 {
        case letter = 0, underflow = 1, inflow = 2, overflow = 3
    }

    private let handle: OpaquePointer
    /// The ICU locale ID in use ("ko", "zh_Hant"; "" for the root locale).
    let locale: String
    /// Why the tag's own locale could not be used and the root locale was; nil when it could.
    let problem: String?

    /// Opens ICU's collator and index for a BCP 47 tag, or the root locale's when ICU
    /// cannot (with `problem` saying why). Nil only when even the root locale fails.
    init?(tag: String) {
        var reason = [CChar](repeating: 0, count: 512)
        guard let opened = glossary_icu_collation_open(tag, &reason, Int32(reason.count)) else { return nil }
        handle = opened
        let text = String(decoding: reason.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        problem = text.isEmpty ? nil : text
        locale = ICUText.read(capacity: 32) { glossary_icu_collation_locale(opened, $0, $1) }
    }

    deinit {
        glossary_icu_collation_close(handle)
    }

    /// The collator's sort key: plain byte order is the language's order.
    func sortKey(_ text: String) -> [UInt8] {
        var text = text
        return text.withUTF8 { utf8 in
            utf8.withMemoryRebound(to: CChar.self) { chars in
                var capacity = 3 * chars.count + 16
                while true {
                    var needed: Int32 = 0
                    let key = [UInt8](unsafeUninitializedCapacity: capacity) { buffer, count in
                        needed = glossary_icu_collation_sort_key(
                            handle, chars.baseAddress, Int32(chars.count), buffer.baseAddress, Int32(capacity))
                        count = Int(needed) <= capacity ? Int(needed) : 0
                    }
                    if Int(needed) <= capacity { return key }
                    capacity = Int(needed)
                }
            }
        }
    }

    /// The number of buckets, underflow, inflow and overflow included.
    var bucketCount: Int { Int(glossary_icu_collation_bucket_count(handle)) }

    func kind(ofBucket bucket: Int) -> BucketKind? {
        BucketKind(rawValue: glossary_icu_collation_bucket_kind(handle, Int32(bucket)))
    }

    func label(ofBucket bucket: Int) -> String {
        ICUText.read(capacity: 32) { glossary_icu_collation_bucket_label(handle, Int32(bucket), $0, $1) }
    }

    /// The bucket ICU files a title under; nil on an ICU error.
    func bucket(of text: String) -> Int? {
        var text = text
        let bucket = text.withUTF8 { utf8 in
            utf8.withMemoryRebound(to: CChar.self) { glossary_icu_collation_bucket_of(handle, $0.baseAddress, Int32($0.count)) }
        }
        return bucket < 0 ? nil : Int(bucket)
    }

    /// Whether the collator sees the same letters in both at primary strength (case and the
    /// marks the language counts as accents aside); nil on an ICU error.
    func samePrimary(_ a: String, _ b: String) -> Bool? {
        var a = a
        var b = b
        let result = a.withUTF8 { a in
            b.withUTF8 { b in
                a.withMemoryRebound(to: CChar.self) { a in
                    b.withMemoryRebound(to: CChar.self) { b in
                        glossary_icu_collation_same_primary(handle, a.baseAddress, Int32(a.count), b.baseAddress, Int32(b.count))
                    }
                }
            }
        }
        return result < 0 ? nil : result == 1
    }

    /// Whether a letter (lower case) is one of the language's alphabet, by CLDR's exemplar
    /// characters; nil when ICU has no data for the language.
    func isExemplar(_ letter: String) -> Bool? {
        var letter = letter
        let result = letter.withUTF8 { utf8 in
            utf8.withMemoryRebound(to: CChar.self) { glossary_icu_collation_is_exemplar(handle, $0.baseAddress, Int32($0.count)) }
        }
        return result < 0 ? nil : result == 1
    }

    /// Lowercased by the language's rules (Turkish "I" → "ı", "İ" → "i").
    func lowercased(_ text: String) -> String {
        ICUText.transform(text) { glossary_icu_collation_lowercase(handle, $0, $1, $2, $3) }
    }
}

/// UTF-8 in and out of the shim's buffer-filling functions.
enum ICUText {
    /// Calls `fill(buffer, capacity)` (which returns the full length) again with a buffer
    /// of that length when the first did not hold it.
    static func read(capacity initial: Int, _ fill: (UnsafeMutablePointer<CChar>?, Int32) -> Int32) -> String {
        var capacity = initial
        while true {
            var needed = 0
            let bytes = [UInt8](unsafeUninitializedCapacity: capacity) { buffer, count in
                needed = Int(buffer.withMemoryRebound(to: CChar.self) { fill($0.baseAddress, Int32(capacity)) })
                count = needed >= 0 && needed <= capacity ? needed : 0
            }
            if needed < 0 { return "" }
            if needed <= capacity { return String(decoding: bytes, as: UTF8.self) }
            capacity = needed
        }
    }

    /// Hands `text` as UTF-8 to a shim function that writes its result into a buffer.
    static func transform(
        _ text: String, _ apply: (UnsafePointer<CChar>?, Int32, UnsafeMutablePointer<CChar>?, Int32) -> Int32
    ) -> String {
        var text = text
        return text.withUTF8 { utf8 in
            utf8.withMemoryRebound(to: CChar.self) { chars in
                read(capacity: 2 * chars.count + 16) { apply(chars.baseAddress, Int32(chars.count), $0, $1) }
            }
        }
    }
}
