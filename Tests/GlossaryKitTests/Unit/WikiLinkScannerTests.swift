import Foundation
import Testing
@testable import GlossaryKit

@Suite("WikiLinkScanner.scan")
struct WikiLinkScannerTests {
    @Test func singleLink() {
        #expect(WikiLinkScanner.scan("[[a]]") == [.link(target: "a", shown: "a", source: "[[a]]")])
    }

    @Test func linkWithShownText() {
        #expect(WikiLinkScanner.scan("[[a|shown]]") == [.link(target: "a", shown: "shown", source: "[[a|shown]]")])
    }

    @Test func twoLinksInOneText() {
        #expect(WikiLinkScanner.scan("See [[Partner program]] and [[PRM|the PRM]].") == [
            .text("See "),
            .link(target: "Partner program", shown: "Partner program", source: "[[Partner program]]"),
            .text(" and "),
            .link(target: "PRM", shown: "the PRM", source: "[[PRM|the PRM]]"),
            .text("."),
        ])
    }

    @Test func adjacentLinks() {
        #expect(WikiLinkScanner.scan("[[a]][[b]]") == [
            .link(target: "a", shown: "a", source: "[[a]]"),
            .link(target: "b", shown: "b", source: "[[b]]"),
        ])
    }

    @Test func unclosedLinkStaysText() {
        #expect(WikiLinkScanner.scan("see [[a") == [.text("see [[a")])
        #expect(WikiLinkScanner.scan("[[a]] then [[b") == [.link(target: "a", shown: "a", source: "[[a]]"), .text(" then [[b")])
    }

    @Test func emptyTargetStaysText() {
        #expect(WikiLinkScanner.scan("[[]]") == [.text("[[]]")])
        #expect(WikiLinkScanner.scan("x [[ |shown]] y") == [.text("x [[ |shown]] y")])
    }

    @Test func emptyTextStaysEmpty() {
        #expect(WikiLinkScanner.scan("") == [])
        #expect(WikiLinkScanner.scan("no links here") == [.text("no links here")])
    }

    @Test func fragmentIsKeptInTheTarget() {
        #expect(WikiLinkScanner.scan("[[a#frag]]") == [.link(target: "a#frag", shown: "a#frag", source: "[[a#frag]]")])
    }

    @Test func spacesAroundTargetAndShownTextAreTrimmed() {
        #expect(WikiLinkScanner.scan("[[  a b  |  c d  ]]")
            == [.link(target: "a b", shown: "c d", source: "[[  a b  |  c d  ]]")])
    }

    @Test func emptyShownTextFallsBackToTheTarget() {
        #expect(WikiLinkScanner.scan("[[a|]]") == [.link(target: "a", shown: "a", source: "[[a|]]")])
    }

    @Test func onlyTheFirstBarSplits() {
        #expect(WikiLinkScanner.scan("[[a|b|c]]") == [.link(target: "a", shown: "b|c", source: "[[a|b|c]]")])
    }

    @Test func anOpeningBracketInsideSkipsToTheNextLink() {
        #expect(WikiLinkScanner.scan("[[x [[a]]") == [.text("[[x "), .link(target: "a", shown: "a", source: "[[a]]")])
    }

    @Test func nonASCIITextAroundLinks() {
        #expect(WikiLinkScanner.scan("Été: [[École]]!") == [
            .text("Été: "), .link(target: "École", shown: "École", source: "[[École]]"), .text("!"),
        ])
    }

    @Test func deepBracketsAroundOneLinkGiveThatLink() {
        let depth = 10_000
        let text = String(repeating: "[[", count: depth) + "Alpha" + String(repeating: "]]", count: depth)
        #expect(WikiLinkScanner.scan(text) == [
            .text(String(repeating: "[[", count: depth - 1)),
            .link(target: "Alpha", shown: "Alpha", source: "[[Alpha]]"),
            .text(String(repeating: "]]", count: depth - 1)),
        ])
    }

    /// The scanner skips hopeless `[[` in one step; it must still pick the very link that
    /// trying every `[[` in turn (the obvious, quadratic way) picks.
    @Test func agreesWithTryingEveryOpeningInTurn() {
        var random = SplitMix(seed: 6)
        let alphabet: [Character] = ["[", "[", "]", "]", "|", "a", "b", " ", "é"]
        for _ in 0..<20_000 {
            let text = String((0..<Int(random.next() % 24)).map { _ in alphabet[Int(random.next() % UInt64(alphabet.count))] })
            #expect(WikiLinkScanner.scan(text) == Self.tryingEveryOpening(text), "\(text)")
        }
    }

    /// The scanner as it was first written: each `[[` in turn, the first `]]` after it.
    static func tryingEveryOpening(_ text: String) -> [WikiLinkScanner.Piece] {
        func trimmed(_ text: Substring) -> String {
            var slice = text
            while slice.first == " " || slice.first == "\t" { slice = slice.dropFirst() }
            while slice.last == " " || slice.last == "\t" { slice = slice.dropLast() }
            return String(slice)
        }
        var pieces: [WikiLinkScanner.Piece] = []
        var plain = Substring()
        var rest = Substring(text)
        while let open = rest.range(of: "[[") {
            let afterOpen = rest[open.upperBound...]
            guard let close = afterOpen.range(of: "]]") else { break }
            let inner = afterOpen[..<close.lowerBound]
            let parts = inner.split(separator: "|", maxSplits: 1, omittingEmptySubsequences: false)
            let target = trimmed(parts[0])
            if target.isEmpty || inner.contains("[") {
                plain += rest[..<open.upperBound]
                rest = afterOpen
                continue
            }
            plain += rest[..<open.lowerBound]
            if !plain.isEmpty { pieces.append(.text(String(plain))) }
            plain = ""
            let shown = parts.count > 1 ? trimmed(parts[1]) : target
            pieces.append(.link(target: target, shown: shown.isEmpty ? target : shown, source: String(rest[open.lowerBound..<close.upperBound])))
            rest = afterOpen[close.upperBound...]
        }
        plain += rest
        if !plain.isEmpty { pieces.append(.text(String(plain))) }
        return pieces
    }
}
