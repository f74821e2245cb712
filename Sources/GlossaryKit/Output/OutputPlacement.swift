import Foundation

/// Where the output folder may be: outside the folders a build reads, and holding none of
/// them. An output inside `Templates/assets/` is published into itself by every build (each
/// site carries the last one, growing without end); an output that holds `Content/` or
/// `Templates/` deletes it, since a build replaces the output folder whole.
///
/// Paths are compared real (links and `..` resolved), so `./Templates/../Templates/x` and
/// a link into the templates folder are caught too. The output need not exist yet: its
/// nearest existing parent is resolved and the rest appended.
public enum OutputPlacement {
    /// What is wrong with writing the site to `output` given the folders the build reads, as
    /// a sentence for the command line; nil when the output may go there.
    public static func problem(output: String, content: String, templates: String) -> String? {
        let realOutput = resolved(output)
        // The built-in theme is no folder on disk.
        let sources = [("content", content)] + (templates == TemplateLibrary.builtInTheme ? [] : [("templates", templates)])
        for (role, folder) in sources {
            let realFolder = resolved(folder)
            if realOutput == realFolder || isInside(realOutput, realFolder) {
                return "the output folder \(output) is inside the \(role) folder \(folder), so each build would read "
                    + "the site it wrote before; choose an output folder outside \(folder) with --output"
            }
            if isInside(realFolder, realOutput) {
                return "the output folder \(output) holds the \(role) folder \(folder), which each build would delete "
                    + "(a build replaces the output folder whole); choose an output folder that holds neither the "
                    + "content nor the templates with --output"
            }
        }
        return nil
    }

    static func isInside(_ path: String, _ folder: String) -> Bool {
        path.hasPrefix(folder == "/" ? "/" : folder + "/") && path != folder
    }

    /// The real path of `path`, whose last components may not exist yet: each existing
    /// component is resolved through its links, the rest are taken as written.
    static func resolved(_ path: String) -> String {
        let absolute = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
        var current = "/"
        for component in absolute.split(separator: "/").map(String.init) {
            switch component {
            case ".": continue
            case "..": current = (current as NSString).deletingLastPathComponent
            default:
                let next = current == "/" ? "/" + component : current + "/" + component
                current = FileLinks.realPath(next) ?? next
            }
        }
        return current
    }
}
