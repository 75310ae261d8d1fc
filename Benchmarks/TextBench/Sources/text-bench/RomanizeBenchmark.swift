import ArgumentParser
import Foundation
import Khaosan

/// `text-bench romanize`: cost of the `th-Latn` names of a graph, ICU's letter-by-letter
/// `Any-Latin; Latin-ASCII` (before issue 16) against the RTGS rules (`RTGSRomanizer`).
struct RomanizeBenchmark: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "romanize",
        abstract: "Any-Latin vs RTGS romanisation of every distinct Thai name of a graph (names/s, one core)."
    )

    @Argument(help: "A graph written by khaosan build (its nodes' Thai names are romanised).")
    var graph: String

    @Option(help: "Rounds; (a) and (b) alternate, each with fresh objects (no cached results), fastest round reported.")
    var rounds: Int = 5

    func run() throws {
        let nodes = try GraphReader.read(path: graph).nodes
        var seen = Set<String>()
        let names = nodes.compactMap { node -> (String, Bool)? in
            guard let thai = node.names["th"], seen.insert(thai).inserted else { return nil }
            return (thai, node.types.contains("Person"))
        }
        var icuSeconds = Double.infinity, rtgsSeconds = Double.infinity, icuSetup = Double.infinity, rtgsSetup = Double.infinity
        var bytes = 0
        for _ in 0..<max(rounds, 1) {
            var start = ThreadClock.now()
            let icu = try Transliterator()
            icuSetup = min(icuSetup, ThreadClock.now() - start)
            start = ThreadClock.now()
            for (name, _) in names { bytes &+= icu.transliterate(name).utf8.count }
            icuSeconds = min(icuSeconds, ThreadClock.now() - start)

            start = ThreadClock.now()
            let rtgs = try RTGSRomanizer.bundled()
            rtgsSetup = min(rtgsSetup, ThreadClock.now() - start)
            start = ThreadClock.now()
            for (name, person) in names { bytes &+= rtgs.romanize(name, style: person ? .person : .other).utf8.count }
            rtgsSeconds = min(rtgsSeconds, ThreadClock.now() - start)
        }
        let f = { (x: Double) in String(format: "%.2f", x * 1000) }
        print("distinct Thai names: \(names.count) (of \(nodes.count) nodes)")
        print("(a) ICU Any-Latin; Latin-ASCII: \(f(icuSeconds)) ms  (\(Int(Double(names.count) / icuSeconds)) names/s; open \(f(icuSetup)) ms)")
        print("(b) RTGS rules (RTGSRomanizer): \(f(rtgsSeconds)) ms  (\(Int(Double(names.count) / rtgsSeconds)) names/s; open \(f(rtgsSetup)) ms)")
        print("ratio (b)/(a): \(String(format: "%.2f", rtgsSeconds / icuSeconds)) names, \(String(format: "%.2f", (rtgsSeconds + rtgsSetup) / (icuSeconds + icuSetup))) with opening")
        if bytes == 42 { print("") }   // keeps the results alive
    }
}
