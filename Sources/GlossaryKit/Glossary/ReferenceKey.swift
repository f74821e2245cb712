/// The form a reference is matched in: case-insensitive, with spaces, hyphens and
/// underscores treated alike, so "Partner-program" finds "Partner program".
public struct ReferenceKey: Hashable, Sendable, CustomStringConvertible {
    public let normalized: String

    /// Normalises a name as written by an author.
    public init(_ name: String) {
        if name.utf8.allSatisfy({ $0 < 0x80 }) {
            normalized = Self.normalizeASCII(name)
            return
        }
        var result = ""
        var pendingSeparator = false
        for character in name.lowercased() {
            if character == " " || character == "-" || character == "_" || character.isWhitespace {
                pendingSeparator = !result.isEmpty
            } else {
                if pendingSeparator { result.append(" ") }
                pendingSeparator = false
                result.append(character)
            }
        }
        normalized = result
    }

    public var description: String { normalized }

    /// The key two names collide under in the collation's language: as a reference
    /// matches, and Latin accents aside too ("Café" and "cafe"), except on letters the
    /// language counts as its own (Vietnamese "Ăn" is not "An"; `NameFolding.fold(_:in:)`).
    /// Two terms may not share one (`NameCollisions`).
    public static func ignoringAccents(_ name: String, in collation: Collation) -> ReferenceKey {
        ReferenceKey(NameFolding.fold(name, in: collation))
    }

    /// The same rules on bytes, for the common all-ASCII name (Character-wise lowercasing
    /// and whitespace tests showed in profiles).
    private static func normalizeASCII(_ name: String) -> String {
        var result: [UInt8] = []
        result.reserveCapacity(name.utf8.count)
        var pendingSeparator = false
        for byte in name.utf8 {
            switch byte {
            case UInt8(ascii: " "), UInt8(ascii: "-"), UInt8(ascii: "_"), 0x09...0x0D:
                pendingSeparator = !result.isEmpty
            default:
                if pendingSeparator { result.append(UInt8(ascii: " ")) }
                pendingSeparator = false
                result.append(byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte + 32 : byte)
            }
        }
        return String(decoding: result, as: UTF8.self)
    }
}
