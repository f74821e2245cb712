import CLibFuzzer
import Foundation
import GlossaryTestSupport

/// One libFuzzer input: the bytes of a term file, run through the whole single-term path
/// (`SingleTermPipeline`). Any crash, hang or sanitizer report is a bug, and so is a broken
/// invariant (`Outcome.violations`): it traps, so libFuzzer keeps the input.
func fuzzOneInput(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    let input = start.map { Data(bytes: $0, count: count) } ?? Data()
    let outcome = SingleTermPipeline.run(input)
    let violations = outcome.violations(input: input)
    if !violations.isEmpty {
        FileHandle.standardError.write(Data(("invariant broken:\n" + violations.joined(separator: "\n") + "\n").utf8))
        fatalError("invariant broken")
    }
    return 0
}

// libFuzzer runs as a library from our own `main` (SwiftPM gives every executable one), so
// it takes the command line as the usual `GlossaryFuzz corpus seeds -max_total_time=...`.
var argc = CommandLine.argc
var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
exit(LLVMFuzzerRunDriver(&argc, &argv) { fuzzOneInput($0, $1) })
