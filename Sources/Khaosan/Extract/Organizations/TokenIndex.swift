/// The tokens of a document with their texts and a lookup from scalar offset to
/// token index, for rules that walk token by token.
///
/// All offsets are Unicode scalar offsets of the **normalised** text.
struct TokenIndex {
    let scalars: [Unicode.Scalar]
    let tokens: [Token]
    /// Text of each token.
    let texts: [String]
    /// For each scalar offset, the index of the token starting there, or -1.
    private let startingAt: [Int32]
    /// For each scalar offset, the index of the token ending there, or -1.
    private let endingAt: [Int32]

    init(scalars: [Unicode.Scalar], tokens: [Token]) {
        self.scalars = scalars
        self.tokens = tokens
        var starts = [Int32](repeating: -1, count: scalars.count + 1)
        var ends = [Int32](repeating: -1, count: scalars.count + 1)
        var texts: [String] = []
        texts.reserveCapacity(tokens.count)
        for (i, token) in tokens.enumerated() {
            starts[token.range.start] = Int32(i)
            ends[token.range.end] = Int32(i)
            texts.append(TokenIndex.string(scalars[token.range.start..<token.range.end]))
        }
        self.startingAt = starts
        self.endingAt = ends
        self.texts = texts
    }

    init(_ document: AnalyzedDocument) {
        self.init(scalars: document.document.textScalars, tokens: document.tokens)
    }

    var count: Int { tokens.count }

    /// Index of the token that starts at scalar offset `offset`, if one does.
    func token(startingAt offset: Int) -> Int? {
        guard offset >= 0, offset < startingAt.count, startingAt[offset] >= 0 else { return nil }
        return Int(startingAt[offset])
    }

    /// Index of the token that ends at scalar offset `offset`, if one does.
    func token(endingAt offset: Int) -> Int? {
        guard offset >= 0, offset < endingAt.count, endingAt[offset] >= 0 else { return nil }
        return Int(endingAt[offset])
    }

    func kind(_ i: Int) -> TokenKind { tokens[i].kind }

    /// Text of scalar range `range`.
    func text(_ range: ScalarRange) -> String {
        TokenIndex.string(scalars[range.start..<range.end])
    }

    /// Whether the text at scalar offset `offset` starts with `prefix`.
    func hasPrefix(_ prefix: String, at offset: Int) -> Bool {
        var i = offset
        for scalar in prefix.unicodeScalars {
            guard i < scalars.count, scalars[i] == scalar else { return false }
            i += 1
        }
        return true
    }

    static func string(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars)
        return String(view)
    }
}
