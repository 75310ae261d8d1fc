import ArgumentParser

/// The two graphs the comparing commands read (diff, iri-map): an old one and a new one, both
/// JSON-LD written by `khaosan build` or `khaosan merge`.
struct GraphPairArguments: ParsableArguments {
    @Argument(help: "The old graph (JSON-LD written by khaosan build).")
    var old: String

    @Argument(help: "The new graph.")
    var new: String
}
