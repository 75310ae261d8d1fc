import KhaosanResolve

/// Gives DATE entities their OWL-Time structure: an ISO date value becomes a
/// `time:Instant` with an xsd-typed `time:inXSD…` value; an interval `a/b`
/// becomes a `time:Interval` whose `time:hasBeginning` / `time:hasEnd` are
/// instants (existing DATE entities of those days, or auxiliary instant nodes).
/// The raw value is kept as `khaosan:value` (and `khaosan:qualifier`, e.g. `late`).
enum DateNodes {
    static func addTemporalStructure(to nodes: inout [String: GraphNode], resolution: EntityResolution, iri: GraphIRI) {
        for entity in resolution.entities where entity.label == .date {
            guard entity.idKey.hasPrefix("v:") else { continue }
            let id = iri.entity(label: .date, key: entity.idKey, romanizer: nil)
            guard var node = nodes[id] else { continue }
            let member = entity.members.lazy.map(resolution.mention).first { $0.value != nil }
            guard let value = member?.value else { continue }
            node.add("khaosan:value", .text(value))
            if let qualifier = member?.qualifier { node.add("khaosan:qualifier", .text(qualifier)) }
            let parts = value.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
            if parts.count == 2 {
                node.types = ["time:Interval"]
                for (property, endpoint) in [("time:hasBeginning", parts[0]), ("time:hasEnd", parts[1])] {
                    guard let literal = GraphValue.isoDate(endpoint) else { continue }
                    let instantID = iri.instant(endpoint)
                    if nodes[instantID] == nil {
                        var instant = GraphNode(id: instantID, types: ["time:Instant"])
                        instant.add(inXSDProperty(literal), literal)
                        instant.add("khaosan:value", .text(endpoint))
                        nodes[instantID] = instant
                    }
                    node.add(property, .reference(instantID))
                }
            } else if let literal = GraphValue.isoDate(value) {
                node.types = ["time:Instant"]
                node.add(inXSDProperty(literal), literal)
            }
            nodes[id] = node
        }
    }

    /// `time:inXSDDate`, `time:inXSDgYear`, `time:inXSDgYearMonth` for a typed date literal.
    static func inXSDProperty(_ literal: GraphValue) -> String {
        guard case .typed(_, let datatype) = literal else { return "time:inXSDDate" }
        switch datatype {
        case "xsd:gYear": return "time:inXSDgYear"
        case "xsd:gYearMonth": return "time:inXSDgYearMonth"
        case "xsd:date": return "time:inXSDDate"
        default: return "khaosan:inXSD"
        }
    }
}
