/// The triples of one node object of a khaosan graph file, as a JSON-LD processor gives them
/// (`@type` as `rdf:type`, language maps as language-tagged literals, `{"@value","@type"}` as
/// typed literals, nested objects with an `@id` — annotation targets and selectors — as nodes
/// of their own). Keys are visited in sorted order, so the triples come in a stable order.
struct NodeTriples {
    let context: JSONLDContextMap

    static let rdfType = JSONLDVocabulary.rdf + "type"

    /// Why a node cannot be turned into triples.
    struct Unsupported: Error, CustomStringConvertible {
        let reason: String
        var description: String { reason }
    }

    /// Appends the triples of `node` to `out` and returns the node's IRI.
    @discardableResult
    func append(_ node: GraphJSON, to out: inout [RDFTriple]) throws -> String {
        guard let members = node.object else { throw Unsupported(reason: "a node is not a JSON object") }
        guard let id = members["@id"]?.string else {
            throw Unsupported(reason: "a node has no @id (blank nodes are not part of khaosan graphs)")
        }
        let subject = context.expandIdentifier(id)
        for key in members.keys.sorted() where key != "@id" && key != "@context" {
            let value = members[key]!
            if key == "@type" {
                for type in value.strings { out.append(RDFTriple(subject: subject, predicate: Self.rdfType, object: .iri(context.expandVocabulary(type)))) }
                continue
            }
            guard !key.hasPrefix("@") else { continue }
            let predicate = context.expandVocabulary(key)
            if context.languageMaps.contains(key), let map = value.object {
                for language in map.keys.sorted() {
                    for text in map[language]!.strings {
                        out.append(RDFTriple(subject: subject, predicate: predicate, object: .literal(text, datatype: nil, language: language)))
                    }
                }
                continue
            }
            for object in try terms(of: value, into: &out) {
                out.append(RDFTriple(subject: subject, predicate: predicate, object: object))
            }
        }
        return subject
    }

    /// The objects a property value stands for; nested nodes add their own triples to `out`.
    private func terms(of value: GraphJSON, into out: inout [RDFTriple]) throws -> [RDFTerm] {
        switch value {
        case .string(let text): return [.literal(text, datatype: nil, language: nil)]
        case .number(let text):
            let isInteger = !text.contains { $0 == "." || $0 == "e" || $0 == "E" }
            return [.literal(text, datatype: JSONLDVocabulary.xsd + (isInteger ? "integer" : "double"), language: nil)]
        case .array(let items): return try items.flatMap { try terms(of: $0, into: &out) }
        case .other: return []
        case .object(let members):
            if let literal = members["@value"] {
                guard let text = literal.string ?? { if case .number(let n) = literal { return n } else { return nil } }() else { return [] }
                if let language = members["@language"]?.string { return [.literal(text, datatype: nil, language: language)] }
                return [.literal(text, datatype: members["@type"]?.string.map(context.expandVocabulary), language: nil)]
            }
            if members.count == 1, let id = members["@id"]?.string { return [.iri(context.expandIdentifier(id))] }
            return [.iri(try append(value, to: &out))]
        }
    }
}
