// swift-tools-version:6.0
// Throughput benchmarks of the text and extraction stages, one core, release builds
// (scripts/bench-segment.sh, bench-dates.sh, bench-normalise.sh, bench.sh). Not part of CI.
import PackageDescription

let package = Package(
    name: "TextBench",
    // `.root/khaosan` is a symlink to the repository (made by scripts/lib/text-bench.sh), so
    // the dependency is called `khaosan` whatever the checkout directory is named.
    dependencies: [
        .package(path: ".root/khaosan"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        .executableTarget(name: "text-bench", dependencies: [
            .product(name: "Khaosan", package: "khaosan"),
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
    ],
    swiftLanguageModes: [.v5]
)
