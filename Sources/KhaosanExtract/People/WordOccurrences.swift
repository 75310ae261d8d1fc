/// Where each of a set of words occurs in a text at a word start, found in one pass: a trie
/// of the words is walked from every word start, so the work is the number of word starts
/// times the length of the longest word, whatever the number of words (a search per word
/// would visit the text once per word).
///
/// Offsets are Unicode scalar offsets of the scanned array.
struct WordOccurrences {
    /// Start offsets of each word (indexed like `words`), increasing.
    let starts: [[Int32]]

    /// - Parameters:
    ///   - words: the words, non-empty and distinct.
    ///   - scalars: the text.
    ///   - isWordStart: whether a word may start at an offset.
    init(words: [[Unicode.Scalar]], in scalars: [Unicode.Scalar], isWordStart: (Int) -> Bool) {
        guard !words.isEmpty else { starts = []; return }
        let trie = ScalarTrie(words: words.map { String(String.UnicodeScalarView($0)) })
        var starts = [[Int32]](repeating: [], count: words.count)
        var steps = 0
        for j in scalars.indices where isWordStart(j) {
            steps += 1
            trie.forEachMatch(in: scalars, at: j) { _, payloads in
                for k in payloads { starts[k].append(Int32(j)) }
                steps += payloads.count
                return true
            }
        }
        self.starts = starts
        ExtractionWork.current?.add(steps)
    }
}
