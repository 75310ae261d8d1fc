// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "khaosan",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "Khaosan", targets: ["Khaosan"]),
        .executable(name: "khaosan", targets: ["KhaosanCLI"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
    ],
    targets: [
        // C shim over the system ICU (libicu-dev) and zlib, and the build commit that
        // scripts/package.sh links in. Its public headers include no ICU header: Foundation
        // bundles its own ICU and the two cannot meet in Swift.
        .target(
            name: "CICU",
            linkerSettings: [
                // Foundation's ICU must bind to itself before the system ICU is searched.
                .linkedLibrary("_FoundationICU"),
                .linkedLibrary("icui18n"),
                .linkedLibrary("icuuc"),
                .linkedLibrary("icudata"),
                .linkedLibrary("z"),
            ]
        ),
        // Streaming bzip2, xz/lzma and zstd decompression for ingest (Debian: libbz2-dev,
        // liblzma-dev, libzstd-dev).
        .target(
            name: "CCompression",
            linkerSettings: [.linkedLibrary("bz2"), .linkedLibrary("lzma"), .linkedLibrary("zstd")]
        ),
        // The layers, lowest first: each imports only the earlier layers it declares here, so a
        // backward import does not compile (a module cycle), nor, with .ci/run's
        // --explicit-target-dependency-import-check, an undeclared one (docs/ARCHITECTURE.md).
        // Model, offsets, calendar, errors, the resource locator.
        .target(name: "KhaosanCore", dependencies: ["CICU"]),
        // Normalisation, segmentation, word breaking, transliteration (ICU).
        .target(name: "KhaosanText", dependencies: ["KhaosanCore", "CICU"]),
        // Byte sources (files, gzip, stdin), document readers, JSON lines, atomic files.
        .target(name: "KhaosanIO", dependencies: ["KhaosanCore", "CICU", "CCompression"]),
        // Lexicons, extractors, the tagger at run time, the per-document pipeline.
        .target(name: "KhaosanExtract", dependencies: ["KhaosanCore", "KhaosanText", "KhaosanIO", "CICU"]),
        // Entity resolution across documents.
        .target(name: "KhaosanResolve", dependencies: ["KhaosanCore", "KhaosanText", "KhaosanExtract"]),
        // The knowledge graph: building, JSON-LD writing and reading, diffs.
        .target(name: "KhaosanGraph", dependencies: [
            "KhaosanCore", "KhaosanText", "KhaosanIO", "KhaosanExtract", "KhaosanResolve",
        ]),
        // Batch extraction: parallel runs, the extraction cache, extract output files.
        .target(name: "KhaosanBatch", dependencies: [
            "KhaosanCore", "KhaosanIO", "KhaosanExtract", "KhaosanGraph", "CICU",
            .product(name: "Crypto", package: "swift-crypto"),
        ]),
        // Tagger training and evaluation against gold.
        .target(name: "KhaosanTraining", dependencies: [
            "KhaosanCore", "KhaosanText", "KhaosanIO", "KhaosanExtract", "KhaosanGraph", "KhaosanBatch",
        ]),
        // The library product: re-exports the layers and owns the one resource bundle
        // (khaosan_Khaosan.resources, found beside the executable by BundledResources).
        .target(
            name: "Khaosan",
            dependencies: [
                "KhaosanCore", "KhaosanText", "KhaosanIO", "KhaosanExtract", "KhaosanResolve",
                "KhaosanGraph", "KhaosanBatch", "KhaosanTraining",
            ],
            resources: [.copy("Resources")]
        ),
        .executableTarget(
            name: "KhaosanCLI",
            dependencies: [
                "Khaosan",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(
            name: "KhaosanTests",
            // KhaosanCLI: built before the tests, which run the real binary end to end.
            dependencies: [
                "Khaosan", "KhaosanCLI", "KhaosanCore", "KhaosanText", "KhaosanIO", "KhaosanExtract",
                "KhaosanResolve", "KhaosanGraph", "KhaosanBatch", "KhaosanTraining",
                .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),
    ],
    swiftLanguageModes: [.v5]
)
