import KhaosanCore
import KhaosanResolve

/// Finds the entity IRI of a mention by its document and source range (scalar offsets),
/// by binary search in the document's mentions (sorted by range). Where two mentions
/// share a range, the entity that comes last in entity order answers.
struct MentionLookup {
    let resolution: EntityResolution
    /// Entity IRIs by entity number.
    let ids: [String]

    /// The IRI of the entity of the mention at `range` in document number `document`, if any.
    func entity(document: Int, range: ScalarRange) -> String? {
        let mentions = resolution.documents[document].mentions
        var low = 0, high = mentions.count
        while low < high {
            let mid = (low + high) / 2
            if mentions[mid].range < range { low = mid + 1 } else { high = mid }
        }
        var best: Int32 = -1
        let first = resolution.firstMention[document]
        while low < mentions.count && mentions[low].range == range {
            best = max(best, resolution.entityOfMention[first + low])
            low += 1
        }
        return best >= 0 ? ids[Int(best)] : nil
    }
}
