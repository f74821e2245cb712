// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "glossary",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "glossary", targets: ["glossary"]),
        .library(name: "GlossaryKit", targets: ["GlossaryKit"]),
        // For the fuzz harness (fuzz/, a package of its own) and the tests only.
        .library(name: "GlossaryTestSupport", targets: ["GlossaryTestSupport"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.13.0"),
        // CSV reading and writing for `glossary import` / `glossary export --format csv`.
        .package(url: "https://github.com/yaslab/CSV.swift", from: "2.5.2"),
        // Property-based tests (Tests/GlossaryKitTests/Properties) for slugs, collation, escaping.
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.1"),
    ],
    targets: [
        // The system C library, found through pkg-config; Debian ships it as libcmark-dev.
        .systemLibrary(
            name: "CCmark",
            pkgConfig: "libcmark",
            providers: [.apt(["libcmark-dev"]), .brew(["cmark"])]
        ),
        // ICU (Debian: libicu-dev, ICU 72) for CLDR letters and order: only its include path and
        // link flags, for ICUShim; Swift never imports ICU itself.
        .systemLibrary(
            name: "CICU",
            pkgConfig: "icu-uc icu-i18n",
            providers: [.apt(["libicu-dev"]), .brew(["icu4c"])]
        ),
        // The collator, AlphabeticIndex (C++ only) and name folding behind extern "C" names of
        // our own, since ICU's C symbols are renamed per version (ucol_open_72).
        .target(name: "ICUShim", dependencies: ["CICU"]),
        // renameat2(RENAME_EXCHANGE), so a finished build replaces Output/ in one step.
        .target(name: "CFileSwap"),
        .target(
            name: "GlossaryKit",
            dependencies: [
                "CCmark",
                "CFileSwap",
                "ICUShim",
                .product(name: "Yams", package: "Yams"),
                .product(name: "CSV", package: "CSV.swift"),
            ],
            plugins: ["EmbedTheme"]
        ),
        // The whole path of one term file in memory, and what must hold after it: for the
        // fuzz harness and the tests, kept out of the product (it uses GlossaryKit's
        // `package` declarations).
        .target(name: "GlossaryTestSupport", dependencies: ["GlossaryKit"]),
        // Carries Templates/ into GlossaryKit at build time, for `glossary init`.
        .executableTarget(name: "EmbedThemeTool"),
        .plugin(name: "EmbedTheme", capability: .buildTool(), dependencies: ["EmbedThemeTool"]),
        // The preview server: kept out of GlossaryKit so the library (and its tests) need no
        // HTTP stack.
        .target(
            name: "GlossaryServe",
            dependencies: [
                "GlossaryKit",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ]
        ),
        .executableTarget(
            name: "glossary",
            dependencies: [
                "GlossaryKit",
                "GlossaryServe",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(
            name: "GlossaryKitTests",
            // Depending on the executable makes `swift build --build-tests` build it, so the
            // command-line tests can run the real binary.
            // swift-mustache is the oracle our own Mustache engine is checked against.
            dependencies: [
                "GlossaryKit", "GlossaryTestSupport", "GlossaryServe", "glossary",
                .product(name: "Mustache", package: "swift-mustache"),
                .product(name: "PropertyBased", package: "swift-property-based"),
            ],
            exclude: ["Fixtures"]
        ),
    ],
    cxxLanguageStandard: .cxx17
)
