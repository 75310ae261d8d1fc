import KhaosanCore

/// Named word lists whose hits are tagger features (titles, organisation heads,
/// place names…). The lists are saved inside the model file, so a model always
/// sees the lists it was trained with, whatever the bundled files say later.
public struct TaggerGazetteer: Sendable, Equatable {
    /// The lists, in a fixed order: (name, entries).
    public let lists: [(name: String, entries: [String])]
    /// Every entry; its payloads are the indices of the lists holding it.
    private let trie: ScalarTrie
    /// The first two scalars of every entry: units where no entry starts are not walked.
    private let starts: ScalarPrefilter

    public init(lists: [(name: String, entries: [String])]) {
        self.lists = lists
        var trie = ScalarTrie()
        for (l, list) in lists.enumerated() {
            for entry in list.entries { trie.insert(entry, payload: l) }
        }
        self.trie = trie.compacted()
        starts = ScalarPrefilter(tries: [self.trie])
    }

    public static func == (a: TaggerGazetteer, b: TaggerGazetteer) -> Bool {
        a.lists.map(\.name) == b.lists.map(\.name) && a.lists.map(\.entries) == b.lists.map(\.entries)
    }

    /// The bundled tagger lists (`BundledList.all(.tagger)`, in `lexicons/tagger/`, named
    /// by their file name without `.txt`) plus, per label, the names and aliases of
    /// `lexicon` (lists `lexicon-PERSON`, `lexicon-ORG`…). Every list of kind `.tagger`
    /// becomes a training list: word lists for other uses must not take that kind, or the
    /// next `scripts/train-model.sh` learns from them.
    public static func bundled(lexicon: Lexicon = Lexicon()) throws -> TaggerGazetteer {
        var lists: [(name: String, entries: [String])] = []
        for list in BundledList.all(.tagger) {
            lists.append((String(list.file.dropLast(4)), try BundledResources.wordList(list)))
        }
        for label in MentionLabel.allCases {
            let names = lexicon.entries(labeled: label).flatMap(\.allNames).filter { $0.unicodeScalars.count > 1 }
            if !names.isEmpty { lists.append(("lexicon-\(label.rawValue)", names)) }
        }
        return TaggerGazetteer(lists: lists)
    }

    /// Word clusters (`word⇥cluster` lines, `#` comments; `scripts/make-word-clusters.py`) as one
    /// list per cluster, named `cluster-N`, in cluster order: extra gazetteer lists for training
    /// (`khaosan train --word-clusters`); a model trained with them carries them.
    /// - Throws: `InputError` naming `origin` and the line for a line without a word and a cluster number.
    public static func wordClusterLists(parsing text: String, origin: String) throws -> [(name: String, entries: [String])] {
        var members: [Int: [String]] = [:]
        for (number, line) in ResourceText.numberedEntries(of: text) {
            let fields = line.split(separator: "\t")
            guard fields.count == 2, let cluster = Int(fields[1]), cluster >= 0 else {
                throw InputError(location: "\(origin):\(number)", reason: "expected 'word<TAB>cluster number', got '\(line)'")
            }
            members[cluster, default: []].append(String(fields[0]))
        }
        return members.keys.sorted().map { ("cluster-\($0)", members[$0]!) }
    }

    /// For each unit, the gazetteer hits touching it, as codes `list * 4 + position`
    /// (position 0 begin, 1 inside, 2 last, 3 single-unit). A hit must start and end on
    /// unit boundaries; per list and start, the longest hit counts.
    public func hits(units: [TaggerUnit], scalars: [Unicode.Scalar]) -> [[UInt16]] {
        var result = [[UInt16]](repeating: [], count: units.count)
        guard !lists.isEmpty, !units.isEmpty else { return result }
        let base = units[0].range.start
        let span = units[units.count - 1].range.end - base
        var unitEndingAt = [Int32](repeating: -1, count: span + 1)
        for (u, unit) in units.enumerated() { unitEndingAt[unit.range.end - base] = Int32(u) }
        var longest = [Int](repeating: -1, count: lists.count)
        for (u, unit) in units.enumerated() where unit.kind != .space && unit.range.start < scalars.count
            && starts.mayStart(in: scalars, at: unit.range.start) {
            var any = false
            trie.forEachMatch(in: scalars, at: unit.range.start) { end, lists in
                let last = end - base <= span ? Int(unitEndingAt[end - base]) : -1
                guard last >= 0 else { return true }
                for l in lists { longest[l] = last }
                any = true
                return true
            }
            guard any else { continue }
            for (l, last) in longest.enumerated() where last >= 0 {
                let code = UInt16(l * 4)
                if last == u {
                    result[u].append(code + 3)
                } else {
                    result[u].append(code)
                    for k in (u + 1)..<last { result[k].append(code + 1) }
                    result[last].append(code + 2)
                }
            }
            for l in longest.indices { longest[l] = -1 }
        }
        return result
    }
}
