import Foundation
import KhaosanCore
import KhaosanIO

/// One real-world entity of a graph gold registry (`entities.jsonl`, see the gold README):
/// its label and the exact surface strings that name it.
public struct GoldEntity: Hashable, Codable, Sendable {
    /// Registry id, e.g. `E001`.
    public var id: String
    /// `PERSON`, `ORG` or `PLACE`.
    public var label: MentionLabel
    /// The entity's usual name (for listings).
    public var name: String
    /// Surface strings that refer to this entity wherever they stand as a name: scored.
    public var variants: [String]
    /// Strings that sometimes refer to it: never scored, but they still hide a variant
    /// written inside them (longest match).
    public var ambiguous: [String]

    public init(id: String, label: MentionLabel, name: String, variants: [String], ambiguous: [String] = []) {
        self.id = id
        self.label = label
        self.name = name
        self.variants = variants
        self.ambiguous = ambiguous
    }

    private enum CodingKeys: String, CodingKey { case id, label, name, variants, ambiguous }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(String.self, forKey: .id)
        label = try c.decode(MentionLabel.self, forKey: .label)
        name = try c.decode(String.self, forKey: .name)
        variants = try c.decode([String].self, forKey: .variants)
        ambiguous = try c.decodeIfPresent([String].self, forKey: .ambiguous) ?? []
    }
}

/// The entity registry of a graph gold directory (`entities.jsonl`, one JSON object a line).
public struct GoldRegistry: Sendable {
    public var entities: [GoldEntity]

    public init(entities: [GoldEntity]) { self.entities = entities }

    /// Reads `path`; a malformed line or a label other than PERSON, ORG, PLACE is an error
    /// naming the line.
    public static func load(path: String) throws -> GoldRegistry {
        var entities: [GoldEntity] = []
        let decoder = JSONDecoder()
        try GoldJSONLines.forEachLine(path: path) { line, number in
            let entity: GoldEntity
            do { entity = try decoder.decode(GoldEntity.self, from: line) } catch {
                throw InputError(location: "\(path):\(number)", reason: "not a registry entity (id, label, name, variants)")
            }
            guard [.person, .organization, .place].contains(entity.label) else {
                throw InputError(location: "\(path):\(number)", reason: "label \(entity.label.rawValue) is not PERSON, ORG or PLACE")
            }
            entities.append(entity)
        }
        return GoldRegistry(entities: entities)
    }
}
