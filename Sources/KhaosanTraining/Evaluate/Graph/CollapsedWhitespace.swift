import KhaosanText

/// A normalised text with every run of whitespace (spaces, line breaks) written as one
/// space, for matching gold strings attested with single, double or no-break spaces; each
/// scalar remembers its offset in the normalised text.
struct CollapsedWhitespace {
    /// The scalars, whitespace runs collapsed to one U+0020.
    let scalars: [Unicode.Scalar]
    /// For each scalar of `scalars`, its offset in the text it was made from.
    let origin: [Int32]

    init(_ text: [Unicode.Scalar]) {
        var scalars: [Unicode.Scalar] = []
        var origin: [Int32] = []
        scalars.reserveCapacity(text.count)
        origin.reserveCapacity(text.count)
        var previousWasSpace = false
        for (offset, scalar) in text.enumerated() {
            let isSpace = scalar.properties.isWhitespace
            if isSpace && previousWasSpace { continue }
            scalars.append(isSpace ? " " : scalar)
            origin.append(Int32(offset))
            previousWasSpace = isSpace
        }
        self.scalars = scalars
        self.origin = origin
    }

    /// The matching form of a gold string: normalised like a document (`TextNormalizer`),
    /// whitespace runs collapsed, no whitespace at either end.
    static func key(_ string: String, normalizer: TextNormalizer) -> String {
        let collapsed = CollapsedWhitespace(normalizer.normalize(string).scalars).scalars
        let trimmed = collapsed.drop { $0 == " " }.reversed().drop { $0 == " " }.reversed()
        return String(String.UnicodeScalarView(trimmed))
    }
}
