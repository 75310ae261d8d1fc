import Foundation
import Testing
@testable import Khaosan
@testable import KhaosanGraph

/// Entities whose slug changed (a new romanisation) keep the stable part of their IRI:
/// `khaosan iri-map` lists where each went and `khaosan diff` compares them as one entity.
@Suite struct IRIRedirectsTests {
    static let base = "https://example.org/khaosan/"

    /// A graph file with one article mentioning a person (`personSlug`) who works for an org
    /// (`orgSlug`), plus a place only this graph has (`placeHash`), sorted by `@id`.
    static func graph(personSlug: String, personLatin: String, orgSlug: String, placeHash: String) -> String {
        let person = base + "person/\(personSlug)-0123456789ab", org = base + "org/\(orgSlug)-ba9876543210"
        let mention = { (start: Int, end: Int, label: String, body: String) in
            #"{"@id":"\#(base)doc/a#char=\#(start),\#(end)","@type":"oa:Annotation","khaosan:label":"\#(label)","oa:hasBody":{"@id":"\#(body)"},"oa:hasTarget":{"@id":"\#(base)doc/a#char=\#(start),\#(end);target","@type":"oa:SpecificResource","oa:hasSelector":[{"@id":"\#(base)doc/a#char=\#(start),\#(end);position","@type":"oa:TextPositionSelector","oa:end":{"@type":"xsd:nonNegativeInteger","@value":\#(end)},"oa:start":{"@type":"xsd:nonNegativeInteger","@value":\#(start)}},{"@id":"\#(base)doc/a#char=\#(start),\#(end);quote","@type":"oa:TextQuoteSelector","oa:exact":"x"}],"oa:hasSource":{"@id":"\#(base)doc/a"}}}"#
        }
        var nodes = [
            mention(0, 13, "PERSON", person), mention(20, 28, "ORG", org), mention(30, 35, "PLACE", base + "place/x-" + placeHash),
            #"{"@id":"\#(base)doc/a","@type":"NewsArticle"}"#,
            #"{"@id":"\#(org)","@type":"Organization","name":{"th":"กระทรวง","th-Latn":"Krasuang"}}"#,
            #"{"@id":"\#(person)","@type":"Person","name":{"th":"เศรษฐา ทวีสิน","th-Latn":"\#(personLatin)"},"worksFor":[{"@id":"\#(org)"}]}"#,
            #"{"@id":"\#(base)place/x-\#(placeHash)","@type":"Place","name":{"th":"ที่"}}"#,
        ]
        nodes.sort { id($0) < id($1) }
        return "{\"@context\":{},\"@graph\":[\n" + nodes.joined(separator: ",\n") + "\n]}\n"
    }

    static func id(_ node: String) -> String {
        String(node.dropFirst(8).prefix { $0 != "\"" })
    }

    static func files(_ name: String) throws -> (old: String, new: String) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("iri-redirects-\(name)-\(getpid())").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let old = folder + "/old.jsonld", new = folder + "/new.jsonld"
        try graph(personSlug: "sersth-a-thwi-sin", personLatin: "sersth a thwi sin", orgSlug: "krathrwng", placeHash: "aaaaaaaaaaaa")
            .write(toFile: old, atomically: true, encoding: .utf8)
        try graph(personSlug: "settha-thawisin", personLatin: "Settha Thawisin", orgSlug: "krasuang", placeHash: "bbbbbbbbbbbb")
            .write(toFile: new, atomically: true, encoding: .utf8)
        return (old, new)
    }

    @Test func theStableKeyIsKindAndHash() {
        #expect(GraphIRI.stableKey(of: Self.base + "person/settha-thawisin-0123456789ab") == "person/0123456789ab")
        #expect(GraphIRI.stableKey(of: "https://x.example/org/k/place/a-b-c-00ff00ff00ff") == "place/00ff00ff00ff")
        #expect(GraphIRI.stableKey(of: Self.base + "doc/a#char=1,2") == nil)
        #expect(GraphIRI.stableKey(of: Self.base + "date/2020-01-02") == nil)
        #expect(GraphIRI.stableKey(of: Self.base + "person/no-hash-here") == nil)
    }

    @Test func redirectsListEveryMovedEntityAndNothingElse() throws {
        let (old, new) = try Self.files("map")
        let map = try IRIRedirects.compare(oldPath: old, newPath: new)
        #expect(map.moved.map { "\($0.old) \($0.new)" } == [
            "\(Self.base)org/krathrwng-ba9876543210 \(Self.base)org/krasuang-ba9876543210",
            "\(Self.base)person/sersth-a-thwi-sin-0123456789ab \(Self.base)person/settha-thawisin-0123456789ab",
        ])
        #expect(map.unchanged == 0)
        #expect(map.onlyOld == [Self.base + "place/x-aaaaaaaaaaaa"])
        #expect(map.onlyNew == 1)
    }

    @Test func diffPairsRenamedEntitiesAndFollowsTheirReferences() throws {
        let (old, new) = try Self.files("diff")
        let report = try GraphDiff.compare(oldPath: old, newPath: new)
        #expect(report.renamedIRIs.count == 2)
        // Only the place (another hash: another entity key) is added, removed and re-identified.
        #expect(report.addedEntities.map(\.id) == [Self.base + "place/x-bbbbbbbbbbbb"])
        #expect(report.removedEntities.map(\.id) == [Self.base + "place/x-aaaaaaaaaaaa"])
        #expect(report.moves.map { "\($0.kind) \($0.from.map(\.id))" } == ["reidentified [\"\(Self.base)place/x-aaaaaaaaaaaa\"]"])
        // The person's new romanised name is the one property change: worksFor follows the renamed org.
        #expect(report.propertyChanges.map(\.property) == ["name"])
        #expect(report.propertyChanges.flatMap(\.added).contains("Settha Thawisin@th-Latn"))
    }

    @Test func theCommandWritesTSVAndSameAs() throws {
        let (old, new) = try Self.files("cli")
        let tsv = try CommandLineRunner.run(["iri-map", old, new])
        #expect(tsv.status == 0, "\(tsv.stderr)")
        #expect(tsv.stdout.split(separator: "\n").count == 3)
        #expect(tsv.stdout.hasPrefix("old\tnew\n"))
        #expect(tsv.stderr.contains("2 moved, 0 unchanged, 1 only in the old graph, 1 only in the new graph"))
        let sameAs = try CommandLineRunner.run(["iri-map", "--format", "sameas", old, new])
        #expect(sameAs.stdout.contains("<\(Self.base)org/krathrwng-ba9876543210> <http://www.w3.org/2002/07/owl#sameAs> <\(Self.base)org/krasuang-ba9876543210> ."))
        let missing = try CommandLineRunner.run(["iri-map", old, old + ".absent"])
        #expect(missing.status == 2)
    }
}
