import Foundation
import GlossaryKit

/// Prints diagnostics to standard error, one `path:line:column: error: message` per line.
enum DiagnosticPrinter {
    static func printFailure(_ error: DiagnosticsError, outputFolder: String) {
        var text = error.diagnostics.map(\.description).joined(separator: "\n") + "\n"
        let count = error.diagnostics.filter { $0.severity == .error }.count
        text += "build failed with \(count) error\(count == 1 ? "" : "s"); \(outputFolder) was left as it was\n"
        FileHandle.standardError.write(Data(text.utf8))
    }
}
