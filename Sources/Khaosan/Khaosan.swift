// The `Khaosan` library: every layer under one import. The layers themselves are
// separate targets (see Package.swift and docs/ARCHITECTURE.md); code inside the package
// imports the layers it needs, clients of the library import this module.
@_exported import KhaosanCore
@_exported import KhaosanText
@_exported import KhaosanIO
@_exported import KhaosanExtract
@_exported import KhaosanResolve
@_exported import KhaosanGraph
@_exported import KhaosanBatch
@_exported import KhaosanTraining
