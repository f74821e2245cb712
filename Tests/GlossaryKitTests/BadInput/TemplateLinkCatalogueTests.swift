import Foundation
import Testing

/// The bad-input catalogue, symbolic links under Templates/: templates are rendered into
/// pages and `assets/` is published as it is, so a link whose real path is outside the
/// templates folder would publish the file it points at. Each is refused, naming the link
/// and where it leads; links that stay inside the folder are followed.
@Suite("Bad input: links under Templates/")
struct TemplateLinkCatalogueTests {
    static func realPath(_ path: String) -> String {
        guard let resolved = realpath(path, nil) else { return path }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    static func link(_ project: BadInputProject, _ relative: String, to target: String) throws {
        let path = project.path(relative)
        try? FileManager.default.removeItem(atPath: path)
        try FileManager.default.createSymbolicLink(atPath: path, withDestinationPath: target)
    }

    /// An asset linked to the build's environment, a partial linked to a file beside the
    /// project and a folder of assets linked out of it: all three named together, nothing
    /// published (Output/ byte for byte as before).
    @Test func linksOutOfTheTemplatesFolderAreRefusedTogether() throws {
        let project = try BadInputProject()
        try project.write("elsewhere/secret.txt", Data("host secret\n".utf8))
        try project.write("elsewhere/more/key.txt", Data("key\n".utf8))
        let elsewhere = Self.realPath(project.path("elsewhere"))
        try Self.link(project, "Templates/assets/x.txt", to: "/proc/self/environ")
        try Self.link(project, "Templates/assets/linked", to: elsewhere + "/more")
        try Self.link(project, "Templates/partials/az.mustache", to: "../../elsewhere/secret.txt")
        let message = "outside the templates folder; copy what it points at into the folder instead "
            + "(a link out of it would publish that file)"
        try project.expectRefusal([
            "Templates/assets/linked: error: the symbolic link leads to \(elsewhere)/more, \(message)",
            "Templates/assets/x.txt: error: the symbolic link leads to /proc/self/environ, \(message)",
            "Templates/partials/az.mustache: error: the symbolic link leads to ../../elsewhere/secret.txt "
                + "(\(elsewhere)/secret.txt), \(message)",
        ])
    }

    /// The whole assets folder as a link out of the templates folder.
    @Test func anAssetsFolderLinkedOutIsRefused() throws {
        let project = try BadInputProject()
        try FileManager.default.moveItem(atPath: project.path("Templates/assets"), toPath: project.path("theme-assets"))
        try Self.link(project, "Templates/assets", to: "../theme-assets")
        try project.expectRefusal([
            "Templates/assets: error: the symbolic link leads to ../theme-assets (\(Self.realPath(project.path("theme-assets")))), "
                + "outside the templates folder; copy what it points at into the folder instead "
                + "(a link out of it would publish that file)"
        ])
    }

    /// Links that stay inside the templates folder are fine: a file and a folder, linked.
    @Test func linksInsideTheTemplatesFolderAreFollowed() throws {
        let project = try BadInputProject()
        try Self.link(project, "Templates/assets/copy.css", to: "style.css")
        try Self.link(project, "Templates/assets/partials", to: "../partials")
        let run = try project.build()
        #expect(run.status == 0, "\(run.standardError)")
        let output = try FileTree.read(project.path("Output"))
        #expect(output["assets/copy.css"] == output["assets/style.css"])
        #expect(output["assets/partials/az.mustache"] != nil)
    }

    /// A link to a folder that holds it would be read forever: named, not followed.
    @Test func aLinkBackUpIsALoop() throws {
        let project = try BadInputProject()
        try Self.link(project, "Templates/assets/up", to: "..")
        try project.expectRefusal([
            "Templates/assets/up: error: the symbolic link leads back to a folder that holds it (a loop of links); remove the link"
        ])
    }
}
