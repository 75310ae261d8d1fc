import KhaosanCore

/// The compact result of resolving a set of extractions (`EntityResolver.resolution`):
/// one `Int32` per mention naming its entity, and the entities as lists of mention
/// numbers, so that a graph of an archive does not copy its mentions.
///
/// Mentions are numbered globally: the documents in canonical order (sorted by id),
/// each document's mentions in their stored order. The one form of a resolution: the graph
/// is built from it and `EntityResolver.resolve` returns it.
public struct EntityResolution: Equatable, Sendable {
    /// One entity: its label, keys and member mentions.
    public struct Entity: Equatable, Sendable {
        public package(set) var label: MentionLabel
        /// The key the entity's id derives from (see `EntityResolver`).
        public package(set) var idKey: String
        /// Every matching key merged into the entity, sorted.
        public package(set) var keys: [String]
        /// The lexicon entry the entity matched, if any.
        public package(set) var known: KnownEntity?
        /// Global numbers of the member mentions, ascending (document id, then stored order).
        public package(set) var members: [Int32]
    }

    /// The documents in canonical order.
    public let documents: [DocumentExtraction]
    /// Global number of each document's first mention, plus the total at the end.
    package let firstMention: [Int]
    /// Document index of each mention.
    let documentOfMention: [Int32]
    /// Matching key of each mention (an index into `keyTexts`).
    let keyOfMention: [Int32]
    /// The interned matching keys.
    let keyTexts: [String]
    /// Entities sorted by label, then id key.
    public package(set) var entities: [Entity]
    /// Entity index of each mention.
    package var entityOfMention: [Int32]

    /// Number of mentions.
    var mentionCount: Int { documentOfMention.count }

    /// The mention numbered `index`.
    public func mention(_ index: Int32) -> Mention {
        let document = Int(documentOfMention[Int(index)])
        return documents[document].mentions[Int(index) - firstMention[document]]
    }

    /// The document of the mention numbered `index`.
    func document(of index: Int32) -> DocumentExtraction { documents[Int(documentOfMention[Int(index)])] }

    /// The matching key of the mention numbered `index`.
    func key(of index: Int32) -> String { keyTexts[Int(keyOfMention[Int(index)])] }

    /// The id of the document of the mention numbered `index`.
    public func documentID(of index: Int32) -> String { document(of: index).id }

    /// The member mentions of `entity`, in member order.
    public func mentions(of entity: Entity) -> [Mention] { entity.members.map(mention) }
}
