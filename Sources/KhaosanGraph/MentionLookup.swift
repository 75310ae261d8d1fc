import KhaosanCore
import KhaosanResolve

/// Finds the entity IRI of a mention by its document and source range (scalar offsets),
/// by binary search in the document's mentions (sorted by range). Where two mentions
/// share a range, the entity that comes last in entity order answers.
struct MentionLookup: Sendable {
    /// The documents, mentions sorted by range.
    let documents: [DocumentExtraction]
    /// Global number of each document's first mention.
    let firstMention: [Int]
    /// Entity number of each mention (negative: none).
    let entityOfMention: [Int32]
    /// Entity IRIs by entity number.
    let ids: [String]

    init(resolution: EntityResolution, ids: [String]) {
        documents = resolution.documents
        firstMention = resolution.firstMention
        entityOfMention = resolution.entityOfMention
        self.ids = ids
    }

    /// The lookup over the mentions of `table` (the same arrays the resolution gave it).
    init(_ table: AnnotationTable) {
        documents = table.documents
        firstMention = table.firstMention
        entityOfMention = table.entityOfMention
        ids = table.entityIDs
    }

    /// The IRI of the entity of the mention at `range` in document number `document`, if any.
    func entity(document: Int, range: ScalarRange) -> String? {
        let mentions = documents[document].mentions
        var low = 0, high = mentions.count
        while low < high {
            let mid = (low + high) / 2
            if mentions[mid].range < range { low = mid + 1 } else { high = mid }
        }
        var best: Int32 = -1
        let first = firstMention[document]
        while low < mentions.count && mentions[low].range == range {
            best = max(best, entityOfMention[first + low])
            low += 1
        }
        return best >= 0 ? ids[Int(best)] : nil
    }
}
