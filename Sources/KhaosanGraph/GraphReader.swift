import Foundation
import KhaosanCore

/// Reads a graph that `JSONLDWriter` wrote back into a `KnowledgeGraph` (for
/// `khaosan diff`). It reads khaosan's own layout, not arbitrary JSON-LD.
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
        let root: Any
        guard !data.isEmpty else { throw ReadError(path: origin, reason: "empty file, not a JSON-LD graph") }
        do { root = try JSONSerialization.jsonObject(with: data) } catch {
            // Foundation's localizedDescription is only "The data is not in the correct format";
            // the debug description says where.
            let detail = (error as NSError).userInfo["NSDebugDescription"] as? String
            throw ReadError(path: origin, reason: "not JSON\(detail.map { " (\($0))" } ?? ""), so not a JSON-LD graph")
        }
        guard let object = root as? [String: Any], let items = object["@graph"] as? [[String: Any]] else {
            throw ReadError(path: origin, reason: "not a khaosan JSON-LD graph (no @graph array)")
        }
        var nodes: [GraphNode] = []
        var annotations: [GraphAnnotation] = []
        var base = GraphIRI.defaultBase, version = ""
        for (index, item) in items.enumerated() {
            guard let id = item["@id"] as? String else {
                throw ReadError(path: origin, reason: "node \(index) of @graph has no @id")
            }
            let types = strings(item["@type"])
            if types == ["oa:Annotation"] {
                guard let annotation = annotation(item, id: id) else {
                    throw ReadError(path: origin, reason: "annotation \(id) lacks body, target or selectors")
                }
                annotations.append(annotation)
                continue
            }
            var node = GraphNode(id: id, types: types)
            for (key, value) in item where !key.hasPrefix("@") {
                switch key {
                case "name":
                    node.names = (value as? [String: Any] ?? [:]).compactMapValues { $0 as? String }
                case "alternateName":
                    node.alternateNames = (value as? [String: Any] ?? [:]).mapValues { strings($0).sorted() }
                default:
                    node.properties[key] = graphValues(value).sorted()
                }
            }
            if types == ["Dataset"] {
                base = String(id.dropLast("graph".count))
                version = node.properties["version"]?.first?.string ?? ""
            }
            nodes.append(node)
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

    private static func annotation(_ item: [String: Any], id: String) -> GraphAnnotation? {
        guard let body = (item["oa:hasBody"] as? [String: Any])?["@id"] as? String,
              let target = item["oa:hasTarget"] as? [String: Any],
              let source = (target["oa:hasSource"] as? [String: Any])?["@id"] as? String,
              let selectors = target["oa:hasSelector"] as? [[String: Any]],
              let label = MentionLabel(rawValue: item["khaosan:label"] as? String ?? "") else { return nil }
        var start: Int?, end: Int?, exact: String?
        for selector in selectors {
            switch strings(selector["@type"]).first {
            case "oa:TextPositionSelector":
                start = integer(selector["oa:start"])
                end = integer(selector["oa:end"])
            case "oa:TextQuoteSelector":
                exact = selector["oa:exact"] as? String
            default: break
            }
        }
        guard let start, let end, let exact else { return nil }
        let documentID = source.components(separatedBy: "/doc/").last?.removingPercentEncoding ?? source
        return GraphAnnotation(id: id, document: source, documentID: documentID, body: body, label: label,
                               start: start, end: end, exact: exact)
    }

    private static func integer(_ value: Any?) -> Int? {
        if let object = value as? [String: Any] { return integer(object["@value"]) }
        if let number = value as? NSNumber { return number.intValue }
        if let string = value as? String { return Int(string) }
        return nil
    }

    private static func strings(_ value: Any?) -> [String] {
        if let string = value as? String { return [string] }
        if let array = value as? [Any] { return array.compactMap { $0 as? String } }
        return []
    }

    private static func graphValues(_ value: Any) -> [GraphValue] {
        if let array = value as? [Any] { return array.flatMap(graphValues) }
        if let string = value as? String { return [.text(string)] }
        if let object = value as? [String: Any] {
            if let id = object["@id"] as? String { return [.reference(id)] }
            if let literal = object["@value"] {
                let text = (literal as? String) ?? (literal as? NSNumber)?.stringValue ?? "\(literal)"
                if let type = object["@type"] as? String { return [.typed(text, datatype: type)] }
                return [.text(text)]
            }
        }
        if let number = value as? NSNumber { return [.text(number.stringValue)] }
        return []
    }
}
