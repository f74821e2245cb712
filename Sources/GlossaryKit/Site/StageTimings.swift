import Foundation

/// Wall time spent in each named stage of a build, in the order the stages ran.
public struct StageTimings: Sendable {
    public private(set) var stages: [(name: String, seconds: Double)] = []
    /// Parts of the stage before them, summed over threads (CPU time, not wall time).
    public private(set) var details: [(after: Int, name: String, seconds: Double)] = []

    /// Called with each stage's name as it starts (a progress line on a terminal).
    let onStageStart: (@Sendable (String) -> Void)?

    public init(onStageStart: (@Sendable (String) -> Void)? = nil) {
        self.onStageStart = onStageStart
    }

    /// Runs `work`, recording its wall time under `name`.
    mutating func measure<T, E: Error>(_ name: String, _ work: () throws(E) -> T) throws(E) -> T {
        onStageStart?(name)
        let start = DispatchTime.now().uptimeNanoseconds
        defer { stages.append((name, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)) }
        return try work()
    }

    /// Records a part of the last measured stage, shown indented under it.
    mutating func addDetail(_ name: String, seconds: Double) {
        details.append((stages.count - 1, name, seconds))
    }

    /// One line per stage (wall time) with its parts indented under it, then the total:
    /// for `--timings`.
    public var report: String {
        func line(_ name: String, _ seconds: Double) -> String {
            name.padding(toLength: 16, withPad: " ", startingAt: 0) + String(format: "%9.1f ms", seconds * 1000)
        }
        var lines: [String] = []
        for (index, stage) in stages.enumerated() {
            lines.append(line(stage.name, stage.seconds))
            for detail in details where detail.after == index { lines.append(line("  " + detail.name, detail.seconds)) }
        }
        lines.append(line("total", stages.reduce(0) { $0 + $1.seconds }))
        return lines.joined(separator: "\n")
    }
}
