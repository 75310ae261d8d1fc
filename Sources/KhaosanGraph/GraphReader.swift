import Foundation
import KhaosanCore
import KhaosanIO

/// Reads a graph that `JSONLDWriter` wrote back into a `KnowledgeGraph` (for
/// `khaosan diff`), with the project's JSON parser (`JSONLineParser`). It reads khaosan's
/// own layout, not arbitrary JSON-LD.
public enum GraphReader {
    public struct ReadError: Error, CustomStringConvertible {
        public let path: String
        public let reason: String
        public var description: String { "\(path): \(reason)" }
    }

    public static func read(path: String) throws -> KnowledgeGraph {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw ReadError(path: path, reason: "no such file or directory")
        }
        guard !isDirectory.boolValue else { throw ReadError(path: path, reason: "is a directory, not a graph file") }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ReadError(path: path, reason: "cannot read file")
        }
        return try read(data: data, origin: path)
    }

    public static func read(data: Data, origin: String = "<data>") throws -> KnowledgeGraph {
        guard !data.isEmpty else { throw ReadError(path: origin, reason: "empty file, not a JSON-LD graph") }
        let root: GraphJSON
        do { root = try data.withUnsafeBytes { try GraphJSON.parse($0.bindMemory(to: UInt8.self)) } } catch {
            throw ReadError(path: origin, reason: "not JSON (\(error)), so not a JSON-LD graph")
        }
        guard case .array(let items)? = root["@graph"] else {
            throw ReadError(path: origin, reason: "not a khaosan JSON-LD graph (no @graph array)")
        }
        var nodes: [GraphNode] = []
        var annotations: [GraphAnnotation] = []
        var base = GraphIRI.defaultBase, version = ""
        for (index, item) in items.enumerated() {
            switch try self.item(item, index: index, origin: origin) {
            case .annotation(let annotation):
                annotations.append(annotation)
            case .node(let node):
                if let dataset = datasetFacts(node) { (base, version) = dataset }
                nodes.append(node)
            }
        }
        var labelOf: [String: MentionLabel] = [:]
        for annotation in annotations { labelOf[annotation.body] = annotation.label }
        nodes = nodes.map { node in
            var node = node
            node.label = labelOf[node.id]
            return node
        }
        return KnowledgeGraph(base: base, version: version, nodes: nodes, annotations: annotations)
    }

    /// One element of a graph's `@graph` array: a node, or a mention (`oa:Annotation`).
    public enum Item: Sendable {
        case node(GraphNode)
        case annotation(GraphAnnotation)

        /// The element's `@id`.
        public var id: String {
            switch self {
            case .node(let node): return node.id
            case .annotation(let annotation): return annotation.id
            }
        }
    }

    /// The item the JSON object `bytes` (one element of `@graph`) holds; `index` and `origin`
    /// name it in errors.
    static func item(bytes: UnsafeBufferPointer<UInt8>, index: Int, origin: String) throws -> Item {
        let json: GraphJSON
        do { json = try GraphJSON.parse(bytes) } catch {
            throw ReadError(path: origin, reason: "node \(index) of @graph is not JSON (\(error))")
        }
        return try item(json, index: index, origin: origin)
    }

    /// The item `json` (element `index` of `@graph`) holds; node labels are not set (they
    /// come from the annotations whose body the node is).
    static func item(_ json: GraphJSON, index: Int, origin: String) throws -> Item {
        guard case .object(let members) = json else {
            throw ReadError(path: origin, reason: "not a khaosan JSON-LD graph (node \(index) of @graph is not an object)")
        }
        guard let id = json["@id"]?.string else {
            throw ReadError(path: origin, reason: "node \(index) of @graph has no @id")
        }
        let types = json["@type"]?.strings ?? []
        if types == ["oa:Annotation"] {
            guard let annotation = annotation(json, id: id) else {
                throw ReadError(path: origin, reason: "annotation \(id) lacks body, target or selectors")
            }
            return .annotation(annotation)
        }
        var node = GraphNode(id: id, types: types)
        for (key, value) in members where !key.hasPrefix("@") {
            switch key {
            case "name":
                node.names = (value.object ?? [:]).compactMapValues(\.string)
            case "alternateName":
                node.alternateNames = (value.object ?? [:]).mapValues { $0.strings.sorted() }
            default:
                node.properties[key] = graphValues(value).sorted()
            }
        }
        return .node(node)
    }

    /// The IRI base and the khaosan version recorded on the dataset node, nil for other nodes.
    static func datasetFacts(_ node: GraphNode) -> (base: String, version: String)? {
        guard node.types == ["Dataset"] else { return nil }
        return (String(node.id.dropLast("graph".count)), node.properties["version"]?.first?.string ?? "")
    }

    private static func annotation(_ item: GraphJSON, id: String) -> GraphAnnotation? {
        guard let body = item["oa:hasBody"]?["@id"]?.string,
              let target = item["oa:hasTarget"],
              let source = target["oa:hasSource"]?["@id"]?.string,
              case .array(let selectors)? = target["oa:hasSelector"],
              let label = MentionLabel(rawValue: item["khaosan:label"]?.string ?? "") else { return nil }
        var start: Int?, end: Int?, exact: String?
        for selector in selectors {
            switch selector["@type"]?.strings.first {
            case "oa:TextPositionSelector":
                start = integer(selector["oa:start"])
                end = integer(selector["oa:end"])
            case "oa:TextQuoteSelector":
                exact = selector["oa:exact"]?.string
            default: break
            }
        }
        guard let start, let end, let exact else { return nil }
        let documentID = source.components(separatedBy: "/doc/").last?.removingPercentEncoding ?? source
        return GraphAnnotation(id: id, document: source, documentID: documentID, body: body, label: label,
                               start: start, end: end, exact: exact)
    }

    private static func integer(_ value: GraphJSON?) -> Int? {
        switch value {
        case .object?: return integer(value?["@value"])
        case .number(let text)?, .string(let text)?: return Int(text)
        default: return nil
        }
    }

    private static func graphValues(_ value: GraphJSON) -> [GraphValue] {
        switch value {
        case .array(let items): return items.flatMap(graphValues)
        case .string(let text): return [.text(text)]
        case .number(let text): return [.text(text)]
        case .object:
            if let id = value["@id"]?.string { return [.reference(id)] }
            if let literal = value["@value"] {
                let text: String
                switch literal {
                case .string(let s), .number(let s): text = s
                default: return []
                }
                if let type = value["@type"]?.string { return [.typed(text, datatype: type)] }
                return [.text(text)]
            }
            return []
        case .other: return []
        }
    }
}
