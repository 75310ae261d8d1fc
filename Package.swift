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
    ],
    targets: [
        // C shim over the system ICU (libicu-dev) and zlib. Its public headers include
        // no ICU header: Foundation bundles its own ICU and the two cannot meet in Swift.
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
        .target(
            name: "Khaosan",
            dependencies: ["CICU", "CCompression"],
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
            dependencies: ["Khaosan", "KhaosanCLI"]
        ),
    ],
    swiftLanguageModes: [.v5]
)
