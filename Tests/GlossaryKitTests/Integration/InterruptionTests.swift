import Foundation
import Testing

/// Real `glossary build` processes stopped by SIGINT, SIGTERM and SIGKILL at several points
/// of a rebuild: the previous output must come through whole, and no staging folder may
/// outlive the next build.
@Suite(.serialized)
struct InterruptionTests {
    /// When the signal is sent: while the input is still being read (nothing written yet),
    /// just after the first pages are written, and with a third of the pages written.
    enum Moment: CaseIterable, CustomTestStringConvertible {
        case beforeWriting, earlyInWrite, lateInWrite
        var testDescription: String { "\(self)" }
    }

    static let signals: [Int32] = [SIGINT, SIGTERM, SIGKILL]

    /// A site built once, edited, then rebuilt and stopped; big enough that a debug build
    /// spends a second or more writing, so every moment is reached before it could finish.
    final class Site {
        let folder: TemporaryFolder
        let content: String
        let output: String
        let previous: [String: Data]
        let pageCount: Int

        init() throws {
            folder = try TemporaryFolder(inMemory: true)
            content = try Corpus.make(terms: 4000, seed: 7, into: folder.child("Content"))
            output = folder.child("Output")
            let first = try CommandRun.glossary(["build", "--content", content, "--templates", TestPaths.templates, "--output", output, "-q"])
            guard first.status == 0 else { throw Failure("first build failed: \(first.standardError)") }
            previous = try FileTree.read(output)
            pageCount = previous.count
            // The rebuild differs from the first build, so a half-swapped tree would show.
            let settings = content + "/glossary.yml"
            let text = try String(contentsOfFile: settings, encoding: .utf8)
            try Data(text.replacingOccurrences(of: "title:", with: "title: Rebuilt").utf8).write(to: URL(fileURLWithPath: settings))
        }

        var stagingFolders: [String] {
            ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter { $0.hasPrefix(".Output.glossary-") }
        }

        /// Term pages written so far into the build's staging folder (each page's folder is
        /// made just before the page is written), or nil before the staging folder exists.
        func stagedPageCount(pid: Int32) -> Int? {
            let staging = folder.child(".Output.glossary-new-\(pid)")
            guard FileManager.default.fileExists(atPath: staging) else { return nil }
            return (try? FileManager.default.contentsOfDirectory(atPath: staging + "/terms"))?.count ?? 0
        }
    }

    /// Whether the process has taken over SIGINT and SIGTERM, as `glossary build` does before
    /// it reads anything: both are then caught by libdispatch's handler (Linux: the SigCgt
    /// mask in /proc). Ignored is not enough: a test runner may start us with both ignored,
    /// and a signal sent then would be lost.
    static func handlesStopSignals(_ pid: Int32) -> Bool {
        guard let status = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8),
              let line = status.split(separator: "\n").first(where: { $0.hasPrefix("SigCgt:") }),
              let caught = UInt64(line.dropFirst("SigCgt:".count).trimmingCharacters(in: .whitespaces), radix: 16)
        else { return false }
        return caught & (1 << (SIGINT - 1)) != 0 && caught & (1 << (SIGTERM - 1)) != 0
    }

    struct Failure: Error, CustomStringConvertible {
        var description: String
        init(_ description: String) { self.description = description }
    }

    @Test(arguments: signals, Moment.allCases)
    func aStoppedBuildLeavesThePreviousOutputWhole(signal: Int32, moment: Moment) throws {
        let site = try Site()
        let process = Process()
        process.executableURL = TestPaths.binary
        process.arguments = ["build", "--content", site.content, "--templates", TestPaths.templates, "--output", site.output, "-q"]
        process.standardOutput = FileHandle.nullDevice
        let errors = Pipe()
        process.standardError = errors
        try process.run()
        let pid = process.processIdentifier
        let deadline = Date().addingTimeInterval(120)
        switch moment {
        case .beforeWriting:
            // Once the build has taken over the signals (before that, SIGINT would simply
            // end the process), and long before a 4,000-term build begins writing.
            while !Self.handlesStopSignals(pid), process.isRunning, Date() < deadline {
                Thread.sleep(forTimeInterval: 0.002)
            }
            #expect(site.stagedPageCount(pid: pid) == nil, "the build began writing already; this moment was not reached")
        case .earlyInWrite, .lateInWrite:
            let wanted = moment == .earlyInWrite ? 1 : site.pageCount / 3
            while (site.stagedPageCount(pid: pid) ?? 0) < wanted, process.isRunning, Date() < deadline {
                Thread.sleep(forTimeInterval: 0.005)
            }
        }
        #expect(process.isRunning, "the build ended before the signal could be sent")
        kill(pid, signal)
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()

        if signal == SIGKILL {
            #expect(process.terminationReason == .uncaughtSignal && process.terminationStatus == SIGKILL)
        } else {
            // Caught: the build unwinds, says so (unless nothing was written yet) and exits 128 + signal.
            #expect(process.terminationReason == .exit && process.terminationStatus == 128 + signal)
            if moment != .beforeWriting {
                #expect(message.contains("build interrupted by \(signal == SIGINT ? "SIGINT" : "SIGTERM"); \(site.output) was left as it was"))
                #expect(site.stagingFolders.isEmpty, "a caught signal must remove the staging folder")
            }
        }
        #expect(try FileTree.read(site.output) == site.previous, "the previous output changed")

        // The next build removes whatever a killed one left and writes the edited site.
        let next = try CommandRun.glossary(["build", "--content", site.content, "--templates", TestPaths.templates, "--output", site.output, "-q"])
        #expect(next.status == 0, "\(next.standardError)")
        #expect(site.stagingFolders.isEmpty)
        let rebuilt = try FileTree.read(site.output)
        #expect(rebuilt.count == site.previous.count && rebuilt != site.previous)
    }
}
