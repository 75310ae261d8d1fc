// swift-tools-version:6.0
// Synthetic benchmark of resolve + emit (scripts/bench-graph.sh). Not part of CI.
import PackageDescription

let package = Package(
    name: "GraphBench",
    // `.root/khaosan` is a symlink to the repository (made by scripts/bench-graph.sh), so the
    // dependency is called `khaosan` whatever the checkout directory is named.
    dependencies: [.package(path: ".root/khaosan")],
    targets: [
        .executableTarget(name: "graph-bench", dependencies: [.product(name: "Khaosan", package: "khaosan")]),
    ],
    swiftLanguageModes: [.v5]
)
