import KhaosanCore

/// The tokens of a document with their texts and a lookup from scalar offset to
/// token index, for rules that walk token by token.
///
/// All offsets are Unicode scalar offsets of the **normalised** text.
struct TokenIndex {
    let scalars: [Unicode.Scalar]
    let tokens: [Token]
    /// Text of each token, made on demand (building a `String` per token up front
    /// cost ~9% of a one-job `extract`; the rules read only a few of them).
    var texts: Texts { Texts(scalars: scalars, tokens: tokens) }
    /// For each scalar offset, the index of the token starting there, or -1.
    private let startingAt: [Int32]
    /// For each scalar offset, the index of the token ending there, or -1.
    private let endingAt: [Int32]

    init(scalars: [Unicode.Scalar], tokens: [Token]) {
        self.scalars = scalars
        self.tokens = tokens
        var starts = [Int32](repeating: -1, count: scalars.count + 1)
        var ends = [Int32](repeating: -1, count: scalars.count + 1)
        for (i, token) in tokens.enumerated() {
            starts[token.range.start] = Int32(i)
            ends[token.range.end] = Int32(i)
        }
        self.startingAt = starts
        self.endingAt = ends
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

    /// Whether token `i` is exactly `word`, compared scalar by scalar without making
    /// its `String` (for the short Thai words the rules test, where no two distinct
    /// scalar sequences are canonically equivalent, this is `texts[i] == word`).
    func token(_ i: Int, is word: [Unicode.Scalar]) -> Bool {
        let range = tokens[i].range
        return range.count == word.count && scalars.matches(word, at: range.start)
    }

    /// Whether a word of `trie` starts where token `i` starts and ends on a token boundary.
    func startsWord(of trie: ScalarTrie, at i: Int) -> Bool {
        var found = false
        trie.forEachMatchEnd(in: scalars, at: tokens[i].range.start) { end in
            found = token(endingAt: end) != nil
            return !found
        }
        return found
    }

    /// The longest word of `trie` that starts where token `i` starts and ends on a token boundary:
    /// its end offset and the index of the token after it.
    func longestWord(of trie: ScalarTrie, at i: Int) -> (offset: Int, token: Int)? {
        var found: (offset: Int, token: Int)?
        trie.forEachMatchEnd(in: scalars, at: tokens[i].range.start) { end in
            if let last = token(endingAt: end) { found = (end, last + 1) }
            return true
        }
        return found
    }

    /// Whether token `i` holds a line feed (normalised text has no carriage returns).
    func tokenHasLineFeed(_ i: Int) -> Bool {
        let range = tokens[i].range
        return scalars[range.start..<range.end].contains("\n")
    }

    /// The texts of the tokens, by token index.
    struct Texts: RandomAccessCollection {
        let scalars: [Unicode.Scalar]
        let tokens: [Token]
        var startIndex: Int { 0 }
        var endIndex: Int { tokens.count }
        subscript(i: Int) -> String {
            TokenIndex.string(scalars[tokens[i].range.start..<tokens[i].range.end])
        }
    }

    static func string(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        Document.string(scalars)
    }
}
