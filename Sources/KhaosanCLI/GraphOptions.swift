import ArgumentParser
import Foundation
import Khaosan

/// Options of the commands that write a graph (build, merge).
struct GraphOptions: ParsableArguments {
    @Option(name: .customLong("base-iri"), help: "IRI base of every node of the graph (an absolute IRI, e.g. https://example.org/kg/).")
    var baseIRI: String = GraphIRI.defaultBase

    @Option(help: "How many most-mentioned entities the summary lists.")
    var top: Int = 10

    @Option(help: ArgumentHelp("A graph written earlier whose unchanged articles are copied instead of formatted again (default: the output file being replaced; used only while its <graph>.blocks index describes it).", valueName: "graph"))
    var previousGraph: String?

    func validate() throws {
        guard top >= 0 else { throw ValidationError("--top must be 0 or more, not \(top)") }
        guard Self.isAbsoluteIRI(baseIRI) else {
            throw ValidationError("--base-iri must be an absolute IRI such as https://example.org/kg/, not '\(baseIRI)'"
                + " (every node id starts with it)")
        }
    }

    /// A scheme, a colon, then no whitespace or characters IRIs exclude (RFC 3987).
    static func isAbsoluteIRI(_ text: String) -> Bool {
        guard let colon = text.firstIndex(of: ":"), colon != text.startIndex else { return false }
        let scheme = text[..<colon]
        guard let first = scheme.unicodeScalars.first, first.isASCII, first.properties.isAlphabetic,
              scheme.unicodeScalars.allSatisfy({ $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || "+-.".unicodeScalars.contains($0)) })
        else { return false }
        let rest = text[text.index(after: colon)...]
        guard !rest.isEmpty else { return false }
        let excluded = Set("<>\"{}|\\^`".unicodeScalars)
        return !text.unicodeScalars.contains { $0.properties.isWhitespace || $0.value < 0x20 || excluded.contains($0) }
    }
}
