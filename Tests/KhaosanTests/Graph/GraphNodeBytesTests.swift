import Foundation
import Testing
@testable import Khaosan
@testable import KhaosanGraph

@Suite struct GraphNodeBytesTests {
    private func viaTree(_ node: GraphNode) -> [UInt8] {
        var out: [UInt8] = []
        JSONWriter(pretty: true, prettyDepth: 2).append(JSONLDWriter().object(for: node), indent: 2, to: &out)
        return out
    }

    private func direct(_ node: GraphNode) -> [UInt8] {
        var out: [UInt8] = []
        GraphNodeBytes.append(node, to: &out)
        return out
    }

    @Test func writesTheBytesOfTheJSONValueTree() {
        var node = GraphNode(id: "https://example.org/khaosan/person/x-1", label: .person, types: ["Person"],
                             names: ["th": "สมชาย \"ก\"", "und-Latn": "somchai", "th-Latn": "somchay"],
                             alternateNames: ["th": ["ก", "ข\\"], "en": ["A"]])
        node.add("jobTitle", .text("รัฐมนตรี\n"))
        node.add("worksFor", .reference("https://example.org/khaosan/org/b"))
        node.add("worksFor", .reference("https://example.org/khaosan/org/a"))
        node.add("datePublished", .typed("2020-01-01", datatype: "xsd:date"))
        node.add("Zeta", .text("upper case sorts first"))
        node.add("_under", .text("after upper case"))
        node.properties["empty"] = []
        #expect(direct(node) == viaTree(node))
        let bare = GraphNode(id: "x", types: [])
        #expect(direct(bare) == viaTree(bare))
        let twoTypes = GraphNode(id: "y", types: ["Place", "City"])
        #expect(direct(twoTypes) == viaTree(twoTypes))
    }

    @Test func aPropertyNamedLikeAnOwnKeyReplacesItAsInTheTree() {
        var node = GraphNode(id: "x", types: ["Thing"], names: ["en": "a"])
        node.add("name", .text("b"))
        node.add("@type", .text("Other"))
        node.add("alternateName", .text("c"))
        #expect(direct(node) == viaTree(node))
        #expect(String(decoding: direct(node), as: UTF8.self).contains(#""name":"b""#))
        node.properties["name"] = []
        #expect(direct(node) == viaTree(node))
        #expect(String(decoding: direct(node), as: UTF8.self).contains(#""name":{"en":"a"}"#))
    }
}
