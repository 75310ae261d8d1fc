import Foundation
import KhaosanBatch
import KhaosanCore
import KhaosanGraph
import KhaosanIO

/// One PERSON, ORG or PLACE mention of a graph (an `oa:Annotation`) and the entity node it
/// names.
public struct GraphMention: Hashable, Sendable {
    /// Scalar offsets into the article's source text (the annotation's `#char=start,end`).
    public var range: ScalarRange
    public var label: MentionLabel
    /// Index of the entity node (`oa:hasBody`) in `GraphMentionIndex.nodeIRIs`.
    public var node: Int

    public init(range: ScalarRange, label: MentionLabel, node: Int) {
        self.range = range
        self.label = label
        self.node = node
    }
}

/// The PERSON, ORG and PLACE mentions of a graph written by `khaosan build`, per article, and
/// the names of their entity nodes. It reads the graph as a stream, one node per line as
/// `JSONLDWriter` writes it (a 20k-article graph is ~660 MB), and parses only annotation
/// lines and entity-node names; other lines are skipped unparsed.
public struct GraphMentionIndex: Sendable {
    /// Mentions per article, keyed by the article id as written in the IRI (percent-encoded),
    /// sorted by start, then end.
    public private(set) var mentionsByDocumentKey: [String: [GraphMention]] = [:]
    /// Entity node IRIs, in order of first annotation.
    public private(set) var nodeIRIs: [String] = []
    /// `name` of each node of `nodeIRIs` (Thai, else any language; the IRI when it has none).
    public private(set) var nodeNames: [String] = []

    public init() {}

    /// The mentions of the article `id`.
    public func mentions(document id: String) -> [GraphMention] {
        mentionsByDocumentKey[GraphIRI.percentEncode(id)] ?? []
    }

    /// Reads the graph at `path`; fails when the file is missing or holds no `@graph` line.
    public static func read(path: String) throws -> GraphMentionIndex {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
            throw InputError(location: path, reason: "is a directory, not a graph file")
        }
        var index = GraphMentionIndex()
        var nodeOfIRI: [String: Int] = [:]
        var names: [String: String] = [:]
        var sawGraph = false
        try ExtractOutputReader(path: path).forEach { line, _ in
            line.withUnsafeBytes { raw in
                let bytes = raw.bindMemory(to: UInt8.self)
                guard let id = GraphLineScanner.string(after: GraphLineScanner.idKey, in: bytes, from: 0, limit: 64) else {
                    if !sawGraph, GraphLineScanner.find(GraphLineScanner.graphKey, in: bytes, from: 0) != nil { sawGraph = true }
                    return
                }
                if GraphLineScanner.find(GraphLineScanner.annotationType, in: bytes, from: id.end) == id.end {
                    guard let mention = annotation(bytes, iri: id.value, nodeOfIRI: &nodeOfIRI, index: &index) else { return }
                    index.mentionsByDocumentKey[mention.key, default: []].append(mention.mention)
                } else if GraphLineScanner.isEntityIRI(id.value), let name = GraphLineScanner.name(in: bytes) {
                    names[id.value] = name
                }
            }
        }
        guard sawGraph else { throw InputError(location: path, reason: "not a khaosan JSON-LD graph (no @graph)") }
        for key in index.mentionsByDocumentKey.keys {
            index.mentionsByDocumentKey[key]!.sort { ($0.range.start, $0.range.end, $0.node) < ($1.range.start, $1.range.end, $1.node) }
        }
        index.nodeNames = index.nodeIRIs.map { names[$0] ?? $0 }
        return index
    }

    private static func annotation(_ bytes: UnsafeBufferPointer<UInt8>, iri: String, nodeOfIRI: inout [String: Int],
                                   index: inout GraphMentionIndex) -> (key: String, mention: GraphMention)? {
        guard let label = GraphLineScanner.string(after: GraphLineScanner.labelKey, in: bytes, from: 0)
                .flatMap({ MentionLabel(rawValue: $0.value) }),
              [.person, .organization, .place].contains(label),
              let body = GraphLineScanner.string(after: GraphLineScanner.bodyKey, in: bytes, from: 0)?.value,
              let hash = iri.range(of: "#char=", options: .backwards) else { return nil }
        let offsets = iri[hash.upperBound...].split(separator: ",")
        guard offsets.count == 2, let start = Int(offsets[0]), let end = Int(offsets[1]) else { return nil }
        let document = iri[..<hash.lowerBound]
        guard let slash = document.lastIndex(of: "/") else { return nil }
        let node: Int
        if let known = nodeOfIRI[body] {
            node = known
        } else {
            node = index.nodeIRIs.count
            nodeOfIRI[body] = node
            index.nodeIRIs.append(body)
        }
        return (String(document[document.index(after: slash)...]),
                GraphMention(range: ScalarRange(start, end), label: label, node: node))
    }
}
