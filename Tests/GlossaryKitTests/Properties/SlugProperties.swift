import Foundation
import PropertyBased
import Testing
@testable import GlossaryKit

/// Slugs become folder names (`terms/<slug>/`), so whatever a title or file name holds, a
/// slug is one safe path segment, and the same text always gives the same slug.
@Suite("Slug properties")
struct SlugProperties {
    /// The characters `Slug.make` promises: letters (any script, with their marks) and
    /// digits, ASCII only as a-z and 0-9, single inner hyphens, NFC.
    static func isMadeSlug(_ slug: String) -> Bool {
        slug.allSatisfy { Slug.isWordCharacter($0) || $0 == "-" }
            && !slug.hasPrefix("-") && !slug.hasSuffix("-") && !slug.contains("--")
            && slug.unicodeScalars.elementsEqual(slug.precomposedStringWithCanonicalMapping.unicodeScalars)
    }

    /// One path segment that cannot climb out of, or hide in, its folder.
    static func isSafeSegment(_ slug: String) -> Bool {
        !slug.isEmpty && !slug.contains("/") && !slug.contains("\\") && slug != "." && slug != ".."
            && !slug.hasPrefix(".") && slug.unicodeScalars.allSatisfy {
                $0.isASCII ? $0.value > 0x20 && $0.value < 0x7F : !$0.properties.isWhitespace && $0.properties.generalCategory != .control
            }
            && URL(fileURLWithPath: "/site/terms").appendingPathComponent(slug).standardized.path == "/site/terms/" + slug
    }

    @Test func madeSlugsAreSafeSegmentsOrRejected() async {
        await propertyCheck(count: 2000, input: TrickyText.string()) { text in
            let slug = Slug.make(from: text)
            #expect(Self.isMadeSlug(slug), "\(text.debugDescription) → \(slug.debugDescription)")
            if let problem = Slug.problem(with: slug) {
                // Only an empty slug is refused, and TermParser reports it.
                #expect(slug.isEmpty, "\(slug): \(problem)")
            } else {
                #expect(Self.isSafeSegment(slug), "\(text.debugDescription) → \(slug.debugDescription)")
            }
        }
    }

    @Test func emptyExactlyWhenTheTextHasNoLetterOrDigitAfterFolding() async {
        await propertyCheck(count: 1000, input: TrickyText.string()) { text in
            let hasAlphanumeric = NameFolding.fold(text).contains(where: Slug.isWordCharacter)
            #expect(Slug.make(from: text).isEmpty == !hasAlphanumeric, "\(text.debugDescription)")
        }
    }

    @Test func stable() async {
        await propertyCheck(count: 1000, input: TrickyText.string()) { text in
            let slug = Slug.make(from: text)
            #expect(Slug.make(from: slug) == slug, "not idempotent for \(text.debugDescription)")
            #expect(Slug.make(from: text) == slug, "two answers for \(text.debugDescription)")
            // Canonically equivalent spellings (é precomposed or e + U+0301) name one page.
            #expect(Slug.make(from: text.decomposedStringWithCanonicalMapping) == slug, "\(text.debugDescription)")
            #expect(Slug.make(from: text.precomposedStringWithCanonicalMapping) == slug, "\(text.debugDescription)")
        }
    }

    /// An explicit `slug:` is accepted only when it is a safe segment of the promised characters.
    @Test func acceptedExplicitSlugsAreSafe() async {
        let slugish = Gen<Character?>.element(of: Array("aZ09-_./\\%é ") as [Character]).map { $0! }.string(of: 0...8)
        await propertyCheck(count: 2000, input: Gen<String>.frequency([
            (weight: 1, gen: TrickyText.string(upTo: 8).eraseToAny()), (weight: 2, gen: slugish.eraseToAny()),
        ])) { slug in
            guard Slug.problem(with: slug) == nil else { return }
            #expect(Self.isSafeSegment(slug), "\(slug.debugDescription) accepted")
            #expect(slug.unicodeScalars.allSatisfy {
                $0.isASCII
                    ? ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0) || "-_.".unicodeScalars.contains($0)
                    : $0.properties.isAlphabetic || $0.properties.numericType != nil || $0.isMark
            }, "\(slug.debugDescription) accepted")
        }
    }
}
