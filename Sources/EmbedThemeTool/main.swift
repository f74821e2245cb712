import Foundation

// Writes a Swift file holding every file below a folder as a string literal:
//   EmbedThemeTool <templates folder> <output.swift>
// Used by the EmbedTheme build plugin; not part of the glossary tool.

let arguments = CommandLine.arguments
guard arguments.count == 3 else {
    FileHandle.standardError.write(Data("usage: EmbedThemeTool <folder> <output.swift>\n".utf8))
    exit(2)
}
let folder = URL(fileURLWithPath: arguments[1])
var files: [(String, String)] = []
if let walker = FileManager.default.enumerator(atPath: folder.path) {
    while let relative = walker.nextObject() as? String {
        let url = folder.appendingPathComponent(relative)
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), !isDirectory.boolValue,
              !(relative.split(separator: "/").last?.hasPrefix(".") ?? true)
        else { continue }
        guard let text = try? String(contentsOf: url, encoding: .utf8) else {
            FileHandle.standardError.write(Data("\(url.path): not UTF-8 text; the theme must be text files\n".utf8))
            exit(1)
        }
        files.append((relative, text))
    }
}
files.sort { $0.0 < $1.0 }

var out = "// Generated at build time by the EmbedTheme plugin from Templates/.\n\n"
out += "extension DefaultTheme {\n    static let files: [(path: String, text: String)] = [\n"
for (path, text) in files {
    // One plain string literal per file, with the characters Swift needs escaped.
    let escaped = text.unicodeScalars.map { scalar -> String in
        switch scalar {
        case "\\": return "\\\\"
        case "\"": return "\\\""
        case "\n": return "\\n"
        case "\r": return "\\r"
        case "\t": return "\\t"
        default: return scalar.value < 0x20 ? String(format: "\\u{%X}", scalar.value) : String(scalar)
        }
    }.joined()
    out += "        (\"\(path)\", \"\(escaped)\"),\n"
}
out += "    ]\n}\n"
do {
    try out.write(to: URL(fileURLWithPath: arguments[2]), atomically: true, encoding: .utf8)
} catch {
    FileHandle.standardError.write(Data("cannot write \(arguments[2]): \(error)\n".utf8))
    exit(1)
}
