import Foundation
import Testing

/// The bad-input catalogue, where the output folder is: inside the templates or content
/// folder each build would publish the previous site into the next one (growing without
/// end), and an output that holds either folder would delete it when the new site is
/// swapped in. Both are usage errors (status 2), found before anything is written.
@Suite("Bad input: where the output goes")
struct OutputPlacementCatalogueTests {
    static let inside = "so each build would read the site it wrote before; choose an output folder outside"

    /// Runs the build and checks it was refused as a usage error whose first line is
    /// `Error: <message>`, with Output/ and the project folder as they were.
    static func expectUsageError(
        _ project: BadInputProject, _ arguments: [String], _ message: String,
        sourceLocation: SourceLocation = #_sourceLocation
    ) throws {
        let entriesBefore = try project.entries()
        let templatesBefore = try FileTree.read(project.path("Templates"))
        let contentBefore = try FileTree.read(project.path("Content"))
        let run = try project.build(arguments)
        #expect(run.status == 2, "\(run.standardError)", sourceLocation: sourceLocation)
        #expect(run.standardError.split(separator: "\n").first.map(String.init) == "Error: " + message,
                sourceLocation: sourceLocation)
        #expect(run.standardOutput == "", sourceLocation: sourceLocation)
        try project.expectOutputUnchanged(entriesBefore: entriesBefore, sourceLocation: sourceLocation)
        #expect(try FileTree.read(project.path("Templates")) == templatesBefore, sourceLocation: sourceLocation)
        #expect(try FileTree.read(project.path("Content")) == contentBefore, sourceLocation: sourceLocation)
    }

    @Test func anOutputInsideTheTemplatesAssetsIsRefused() throws {
        let project = try BadInputProject()
        try Self.expectUsageError(
            project, ["--output", "Templates/assets/site"],
            "the output folder Templates/assets/site is inside the templates folder Templates, \(Self.inside) Templates with --output")
    }

    /// `..` and a link are seen through: the real paths are compared.
    @Test func anOutputInsideTheTemplatesByDotDotOrALinkIsRefused() throws {
        let project = try BadInputProject()
        try Self.expectUsageError(
            project, ["--output", "./Templates/../Templates/x"],
            "the output folder ./Templates/../Templates/x is inside the templates folder Templates, \(Self.inside) Templates with --output")
        try FileManager.default.createSymbolicLink(atPath: project.path("theme"), withDestinationPath: "Templates/assets")
        try Self.expectUsageError(
            project, ["--output", "theme/new/site"],
            "the output folder theme/new/site is inside the templates folder Templates, \(Self.inside) Templates with --output")
    }

    @Test func anOutputInsideTheContentOrEqualToItIsRefused() throws {
        let project = try BadInputProject()
        try Self.expectUsageError(
            project, ["--output", "Content/site"],
            "the output folder Content/site is inside the content folder Content, \(Self.inside) Content with --output")
        try Self.expectUsageError(
            project, ["--output", "Content/"],
            "the output folder Content/ is inside the content folder Content, \(Self.inside) Content with --output")
    }

    /// The reverse: the sources inside the output. The swap replaces Output/ whole, so a
    /// build that reads Output/Content deleted it (and the project folder itself as the
    /// output would go with everything in it).
    @Test func contentOrTemplatesInsideTheOutputAreRefused() throws {
        let project = try BadInputProject()
        try FileTree.copy(project.path("Content"), to: project.path("Output/Content"))
        let before = try FileTree.read(project.path("Output/Content"))
        let holds = "which each build would delete (a build replaces the output folder whole); choose an output folder "
            + "that holds neither the content nor the templates with --output"
        let run = try project.build(["--content", "Output/Content"])
        #expect(run.status == 2, "\(run.standardError)")
        #expect(run.standardError.hasPrefix("Error: the output folder Output holds the content folder Output/Content, \(holds)\n"))
        #expect(try FileTree.read(project.path("Output/Content")) == before)

        let copy = try BadInputProject()
        try Self.expectUsageError(
            copy, ["--output", "."], "the output folder . holds the content folder Content, \(holds)")
        try Self.expectUsageError(
            copy, ["--output", "..", "--content", "Content"], "the output folder .. holds the content folder Content, \(holds)")
        try Self.expectUsageError(
            copy, ["--templates", "Output/../Templates", "--content", copy.path("Content"), "--output", copy.root],
            "the output folder \(copy.root) holds the content folder \(copy.path("Content")), \(holds)")
    }
}
