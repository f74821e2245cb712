import Foundation

/// Wall time spent in each named stage of a build, in the order the stages ran.
public struct StageTimings: Sendable {
    public private(set) var stages: [(name: String, seconds: Double)] = []

    public init() {}

    /// Runs `work`, recording its wall time under `name`.
    mutating func measure<T>(_ name: String, _ work: () throws -> T) rethrows -> T {
        let start = DispatchTime.now().uptimeNanoseconds
        defer { stages.append((name, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)) }
        return try work()
    }

    /// One line per stage, then the total: for `--timings`.
    public var report: String {
        let total = stages.reduce(0) { $0 + $1.seconds }
        return (stages + [("total", total)]).map { stage in
            let name = stage.name.padding(toLength: 14, withPad: " ", startingAt: 0)
            return name + String(format: "%9.1f ms", stage.seconds * 1000)
        }.joined(separator: "\n")
    }
}
