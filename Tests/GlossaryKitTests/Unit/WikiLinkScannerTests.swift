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
}
