// swift-tools-version:6.0
// libFuzzer harnesses over the Khaosan library (scripts/fuzz.sh). Not part of the main build:
// they link only with `-sanitize=fuzzer`, which scripts/fuzz.sh passes. Not part of CI.
import PackageDescription

let harnesses = [
    "fuzz-json-line", "fuzz-charset", "fuzz-normalizer", "fuzz-dates", "fuzz-extraction-line", "fuzz-graph-reader",
]

let package = Package(
    name: "KhaosanFuzz",
    platforms: [.macOS(.v13)],
    // `.root/khaosan` is a symlink to the repository (made by scripts/fuzz.sh), so the
    // dependency is called `khaosan` whatever the checkout directory is named.
    dependencies: [.package(path: ".root/khaosan")],
    targets: [
        .target(name: "CLibFuzzer"),
        .target(name: "FuzzSupport", dependencies: ["CLibFuzzer", .product(name: "Khaosan", package: "khaosan")]),
    ] + harnesses.map { name in
        .executableTarget(name: name, dependencies: ["FuzzSupport", .product(name: "Khaosan", package: "khaosan")])
    },
    swiftLanguageModes: [.v5]
)
