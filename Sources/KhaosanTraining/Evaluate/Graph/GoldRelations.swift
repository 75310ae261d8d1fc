import Foundation
import KhaosanIO
import KhaosanCore

/// One gold relation fact of an article (`relations.jsonl`): subject and object as written.
public struct GoldRelationFact: Hashable, Codable, Sendable {
    public var subject: String
    /// `jobTitle`, `worksFor` or `location`.
    public var predicate: String
    public var object: String

    public init(subject: String, predicate: String, object: String) {
        self.subject = subject
        self.predicate = predicate
        self.object = object
    }
}

/// Every relation fact of a few articles (`relations.jsonl`: `{"doc", "facts": [...]}` a line).
public struct GoldRelations: Sendable {
    /// Facts per article id.
    public var factsByDocument: [String: [GoldRelationFact]]

    public init(factsByDocument: [String: [GoldRelationFact]]) { self.factsByDocument = factsByDocument }

    private struct Line: Decodable {
        var doc: String
        var facts: [GoldRelationFact]
    }

    public static func load(path: String) throws -> GoldRelations {
        var facts: [String: [GoldRelationFact]] = [:]
        let decoder = JSONDecoder()
        try GoldJSONLines.forEachLine(path: path) { data, number in
            guard let line = try? decoder.decode(Line.self, from: data) else {
                throw InputError(location: "\(path):\(number)", reason: "not a relations line (doc, facts)")
            }
            facts[line.doc, default: []] += line.facts
        }
        return GoldRelations(factsByDocument: facts)
    }
}
