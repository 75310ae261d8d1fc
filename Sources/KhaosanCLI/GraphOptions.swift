import ArgumentParser
import Khaosan

/// Options of the commands that write a graph (build, merge).
struct GraphOptions: ParsableArguments {
    @Option(name: .customLong("base-iri"), help: "IRI base of every node of the graph.")
    var baseIRI: String = GraphIRI.defaultBase

    @Option(help: "How many most-mentioned entities the summary lists.")
    var top: Int = 10
}
