// swift-tools-version:6.0
// Throughput probe of khaosan's normalisation and clause splitting (not a test).
// Run through ../bench-normalise.sh.
import PackageDescription

let package = Package(
    name: "bench-normalise",
    // .deps/khaosan is a symlink to the repository, made by ../bench-normalise.sh: a path
    // dependency is named after its directory, and clones are not always called "khaosan".
    dependencies: [.package(path: ".deps/khaosan")],
    targets: [
        .executableTarget(name: "bench-normalise",
                          dependencies: [.product(name: "Khaosan", package: "khaosan")]),
    ],
    swiftLanguageModes: [.v5]
)
