import Foundation
import Testing
@testable import GlossaryKit

/// Symbolic links under Content/: followed when they lead somewhere new, reported when they
/// lead nowhere, in a loop, or to a folder read already. Never skipped in silence.
@Suite struct ContentLoaderLinkTests {
    /// The folder must outlive the test's use of `content`: it is removed when released.
    static func project(_ links: [String: String]) throws -> (TemporaryFolder, String) {
        let folder = try TemporaryFolder()
        let content = try folder.write([
            "p/partner.md": "---\ntitle: Partner\n---\nText.\n",
            "_drafts/x.md": "---\ntitle: X\n---\n",
        ], under: "Content")
        for (link, target) in links {
            try FileManager.default.createSymbolicLink(atPath: content + "/" + link, withDestinationPath: target)
        }
        return (folder, content)
    }

    @Test func aLinkToAFolderOutsideIsFollowed() throws {
        let (folder, content) = try Self.project(["shared": "../Shared"])
        try folder.write(["s.md": "---\ntitle: Shared\n---\n"], under: "Shared")
        #expect(try ContentLoader.termPaths(in: content) == ["p/partner.md", "shared/s.md"])
    }

    @Test func aSecondLinkToAFolderAlreadyReadIsAnError() throws {
        let (folder, content) = try Self.project(["q": "p"])
        let diagnostics = withExtendedLifetime(folder) { UnitFixtures.diagnostics { _ = try ContentLoader.termPaths(in: content) } }
        // "p" sorts before "q": the folder itself is read first, the link is the second way in.
        #expect(diagnostics.map(\.description) == [
            "\(content)/q: error: the link leads to \(content)/p, a folder read already (a loop of links, or a second way "
                + "to the same terms); remove the link or start its name with '_'"
        ])
    }

    @Test func aDanglingTermFileLinkIsAnErrorAndOtherDanglingLinksAreIgnored() throws {
        let (folder, content) = try Self.project(["gone.md": "nowhere.md", "notes": "nowhere"])
        let diagnostics = withExtendedLifetime(folder) { UnitFixtures.diagnostics { _ = try ContentLoader.termPaths(in: content) } }
        #expect(diagnostics.map(\.description) == [
            "\(content)/gone.md: error: the symbolic link leads nowhere (nowhere.md does not exist)"
        ])
    }

    @Test func linksWhoseNamesStartWithAnUnderscoreAreNotFollowed() throws {
        let (folder, content) = try Self.project(["_loop": ".", "_self.md": "_self.md"])
        let paths = try withExtendedLifetime(folder) { try ContentLoader.termPaths(in: content) }
        #expect(paths == ["p/partner.md"])
    }
}
