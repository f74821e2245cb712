// swift-tools-version:6.0
import PackageDescription

// The libFuzzer harness, a package of its own so the root package's `swift build` and
// `swift test` never see it. Build and run it with `fuzz/run` (see fuzz/README.md).
let package = Package(
    name: "glossary-fuzz",
    dependencies: [
        .package(name: "glossary", path: ".."),
    ],
    targets: [
        // Declares libFuzzer's LLVMFuzzerRunDriver for Swift.
        .target(name: "CLibFuzzer"),
        .executableTarget(
            name: "GlossaryFuzz",
            dependencies: ["CLibFuzzer", .product(name: "GlossaryTestSupport", package: "glossary")],
            // libFuzzer is linked here only: `fuzz/run` instruments every module (ASan and
            // coverage) with -Xswiftc, and -sanitize=fuzzer there would also link libFuzzer's
            // `main` into the build's own tool (EmbedThemeTool), which then fails to link.
            linkerSettings: [.unsafeFlags(["-sanitize=fuzzer,address"])]
        ),
    ]
)
