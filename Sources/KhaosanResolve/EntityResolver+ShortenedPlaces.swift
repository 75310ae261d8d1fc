import KhaosanCore

/// PLACE names shortened with ฯ, resolved inside their article (`EntityResolver`).
extension EntityResolver {
    /// The key of the one full PLACE name of `document` that the shortened place key `key` begins
    /// ("นครศรีฯ" after "จังหวัดนครศรีธรรมราช", "วัดโสธรฯ" after "วัดโสธรวรารามวรวิหาร"), or nil: when `key`
    /// is not shortened with ฯ, its part before ฯ is under `ShortenedNames.minimumPrefix` scalars, or the
    /// article has no such full name or more than one. Only the article decides: across the archive a
    /// shortened place ("อำเภอเมืองฯ", "อุทยานแห่งชาติฯ") is whichever one its article names.
    static func fullPlaceKey(ofShortened key: String, in document: DocumentExtraction, names: NameCache) -> String? {
        guard let prefix = ShortenedNames.prefix(ofShortened: key) else { return nil }
        var found: String?
        for other in document.mentions where other.label == .place {
            let otherKey = names.key(for: .place, text: other.text)
            guard otherKey != prefix, !otherKey.hasSuffix(ShortenedNames.mark), otherKey.hasPrefix(prefix) else { continue }
            if let found, found != otherKey { return nil }
            found = otherKey
        }
        return found
    }
}
