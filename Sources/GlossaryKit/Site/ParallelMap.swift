import Foundation

/// Runs independent work items on all cores and returns their results in input order, so
/// a parallel build produces exactly what a serial one does.
enum ParallelMap {
    /// `jobs` = 1 runs serially on the calling thread (used to check determinism).
    static func map<Result>(count: Int, jobs: Int, _ work: (Int) -> Result) -> [Result] {
        if jobs <= 1 || count < 2 {
            return (0..<count).map(work)
        }
        let results = UnsafeMutableBufferPointer<Result?>.allocate(capacity: count)
        results.initialize(repeating: nil)
        // Deallocating alone would keep every result retained for ever: `glossary serve`
        // leaked each rebuild's page contexts (3 KB a term) that way. Deinitialize first.
        defer {
            results.deinitialize()
            results.deallocate()
        }
        let slots = SendableBuffer(buffer: results)
        // Chunks keep scheduling overhead low while still balancing uneven items.
        let chunkCount = min(count, jobs * 8)
        withoutActuallyEscaping(work) { work in
            let box = SendableBox(work)
            DispatchQueue.concurrentPerform(iterations: chunkCount) { chunk in
                let start = chunk * count / chunkCount
                let end = (chunk + 1) * count / chunkCount
                for index in start..<end {
                    slots.buffer[index] = box.value(index)
                }
            }
        }
        return results.map { $0! }
    }

    /// Each index is written by exactly one chunk, so the writes never overlap.
    private struct SendableBuffer<Element>: @unchecked Sendable {
        let buffer: UnsafeMutableBufferPointer<Element>
    }

    /// The work closure only reads shared state that does not change during the map.
    private struct SendableBox<Value>: @unchecked Sendable {
        let value: Value
        init(_ value: Value) { self.value = value }
    }
}
