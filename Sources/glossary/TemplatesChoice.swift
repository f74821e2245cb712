import Foundation
import GlossaryKit

/// Which templates a command builds with: `--templates X` when given (X must exist), else
/// `Templates/` when it exists, else the default theme carried in the binary, so a project
/// made of `Content/` alone builds (`glossary init` still writes a copy to customise).
enum TemplatesChoice {
    static let defaultFolder = "Templates"
    static let builtIn = TemplateLibrary.builtInTheme

    static func folder(explicit: String?) -> String {
        if let explicit { return explicit }
        return isFolder(defaultFolder) ? defaultFolder : builtIn
    }

    /// Why an explicit `--templates` cannot be used, or nil.
    static func problem(explicit: String?) -> String? {
        guard let explicit, !isFolder(explicit) else { return nil }
        return "--templates \(explicit): the templates folder does not exist"
    }

    /// The line `--verbose` prints when the built-in theme is used.
    static let builtInNote = "No \(defaultFolder)/ folder: using the built-in theme (glossary init writes a copy to customise)."

    private static func isFolder(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
    }
}
