import Foundation

/// `serve --open`: hands the address to the system's opener (`open` on macOS, `xdg-open`
/// elsewhere), found on PATH; a missing opener is a warning, never a failed serve.
enum BrowserOpener {
    static var command: String {
        #if os(macOS)
        "open"
        #else
        "xdg-open"
        #endif
    }

    static func open(_ address: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [command, address]
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        process.terminationHandler = { finished in
            if finished.terminationStatus != 0 {
                Console.error("warning: \(command) \(address) failed (status \(finished.terminationStatus)); open the address yourself")
            }
        }
        do {
            try process.run()
        } catch {
            Console.error("warning: cannot run \(command) to open \(address): \(error.localizedDescription)")
        }
    }
}
