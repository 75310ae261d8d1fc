import KhaosanCore

/// The compact result of resolving a set of extractions (`EntityResolver.resolution`):
/// one `Int32` per mention naming its entity, and the entities as lists of mention
/// numbers, so that a graph of an archive does not copy its mentions.
///
/// Mentions are numbered globally: the documents in canonical order (sorted by id),
/// each document's mentions in their stored order.
package struct EntityResolution {
    /// One entity: its label, keys and member mentions.
    package struct Entity {
        package var label: MentionLabel
        /// The key the entity's id derives from (see `EntityResolver`).
        package var idKey: String
        /// Every matching key merged into the entity, sorted.
        package var keys: [String]
        /// The lexicon entry the entity matched, if any.
        package var known: KnownEntity?
        /// Global numbers of the member mentions, ascending (document id, then stored order).
        package var members: [Int32]
    }

    /// The documents in canonical order.
    package let documents: [DocumentExtraction]
    /// Global number of each document's first mention, plus the total at the end.
    package let firstMention: [Int]
    /// Document index of each mention.
    let documentOfMention: [Int32]
    /// Matching key of each mention (an index into `keyTexts`).
    let keyOfMention: [Int32]
    /// The interned matching keys.
    let keyTexts: [String]
    /// Entities sorted by label, then id key.
    package var entities: [Entity]
    /// Entity index of each mention.
    package var entityOfMention: [Int32]

    /// Number of mentions.
    var mentionCount: Int { documentOfMention.count }

    /// The mention numbered `index`.
    package func mention(_ index: Int32) -> Mention {
        let document = Int(documentOfMention[Int(index)])
        return documents[document].mentions[Int(index) - firstMention[document]]
    }

    /// The document of the mention numbered `index`.
    func document(of index: Int32) -> DocumentExtraction { documents[Int(documentOfMention[Int(index)])] }

    /// The matching key of the mention numbered `index`.
    func key(of index: Int32) -> String { keyTexts[Int(keyOfMention[Int(index)])] }

    /// The entities in the public form (members with copies of their mentions).
    var resolvedEntities: [ResolvedEntity] {
        entities.map { entity in
            ResolvedEntity(label: entity.label, idKey: entity.idKey, keys: entity.keys, known: entity.known,
                           members: entity.members.map { index in
                               let document = document(of: index)
                               return EntityMember(documentID: document.id, datePublished: document.metadata.datePublished,
                                                   mention: mention(index), key: key(of: index))
                           })
        }
    }
}
