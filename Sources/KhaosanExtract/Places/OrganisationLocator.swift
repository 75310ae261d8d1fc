import KhaosanCore

/// Records where an organisation is, from a place written inside its name:
/// "มหาวิทยาลัยพะเยา" → `location = พะเยา`, "องค์การบริหารส่วนจังหวัดพะเยา" → `พะเยา`.
///
/// ThaiNER gives such a name one ORG span (no PLACE inside), so the place is kept
/// as the ORG mention's `location` attribute (the gazetteer's canonical name) for
/// the graph. Run it on the pipeline's final mentions (after overlap resolution).
public struct OrganisationLocator: Sendable {
    private let gazetteer: PlaceGazetteer

    public init(lexicon: Lexicon) {
        gazetteer = PlaceGazetteer(lexicon: lexicon)
    }

    /// `mentions` with `attributes[MentionAttribute.location]` set on each ORG mention whose text contains
    /// a known place (the longest, leftmost one); other mentions are returned unchanged.
    public func annotate(_ mentions: [Mention]) -> [Mention] {
        mentions.map { mention in
            guard mention.label == .organization, mention.attributes[MentionAttribute.location] == nil,
                  let place = place(in: mention.text) else { return mention }
            var located = mention
            located.attributes[MentionAttribute.location] = place
            return located
        }
    }

    /// The canonical name of the longest known place written in `text` (ambiguous
    /// entries such as เลย count only after a head like จังหวัด).
    func place(in text: String) -> String? {
        let scalars = Array(text.unicodeScalars)
        var best: (length: Int, entry: Int)?
        for start in scalars.indices {
            let afterHead = PlaceExtractor.isAfterHead(start, scalars: scalars)
            // Names inside an organisation's name are glued to their neighbours: any end counts.
            for match in gazetteer.matches(in: scalars, at: start, afterHead: afterHead, isEnd: { _ in true })
            where match.end - start > (best?.length ?? 1) {
                best = (match.end - start, match.entry)
            }
        }
        return best.map { gazetteer.entries[$0.entry].name }
    }
}
