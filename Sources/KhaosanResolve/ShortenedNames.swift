/// Organisation names shortened with ฯ ("กระทรวงเกษตรฯ", "สำนักงาน ก.พ.ร.ฯ"): each is
/// linked (`MergeEvidence.Kind.shortened`) to the one full name of the archive that it
/// begins, when that name has at least twice the mentions of all other candidates
/// together (the name written before ฯ is a candidate too: "กระทรวงการต่างประเทศฯ"; and "บริษัท Xฯ" begins
/// the key X of "บริษัท X จำกัด"). A
/// short form that begins several names equally ("กระทรวงฯ") links to none.
enum ShortenedNames {
    /// Shortest part before ฯ that may stand for a name (scalars): shorter ones begin too many.
    static let minimumPrefix = 5
    /// The mark of a shortened name (ไปยาลน้อย).
    static let mark = "ฯ"

    /// The part of `key` before its closing ฯ, when `key` is shortened with ฯ and that part has at
    /// least `minimumPrefix` scalars; nil otherwise.
    static func prefix(ofShortened key: String) -> String? {
        guard key.hasSuffix(mark) else { return nil }
        let prefix = String(key.unicodeScalars.dropLast())
        return prefix.unicodeScalars.count >= minimumPrefix ? prefix : nil
    }

    static func link(_ evidence: inout MergeEvidence, keys: KeyTable, mentionNodes: [Int32]) {
        var mentionsOfNode: [Int: Int] = [:]
        for node in mentionNodes { mentionsOfNode[Int(node), default: 0] += 1 }
        var full: [(key: String, node: Int)] = []
        var shortened: [(prefix: String, node: Int)] = []
        for node in mentionsOfNode.keys.sorted() where keys.label(of: node) == .organization {
            let key = keys.key(of: node)
            if key.hasPrefix("d:") { continue }
            if key.hasSuffix(mark) {
                if let prefix = prefix(ofShortened: key) { shortened.append((prefix, node)) }
            } else {
                full.append((key, node))
            }
        }
        full.sort { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }
        for (prefix, node) in shortened {
            var candidates: [(node: Int, mentions: Int)] = []
            for start in searchedPrefixes(prefix) {
                var index = lowerBound(start, in: full)
                while index < full.count, full[index].key.utf8.starts(with: start.utf8) {
                    if !candidates.contains(where: { $0.node == full[index].node }) {
                        candidates.append((full[index].node, mentionsOfNode[full[index].node] ?? 0))
                    }
                    index += 1
                }
            }
            let total = candidates.reduce(0) { $0 + $1.mentions }
            guard let best = candidates.max(by: { ($0.mentions, -$0.node) < ($1.mentions, -$1.node) }),
                  best.mentions >= 2 * (total - best.mentions) else { continue }
            evidence.add(.shortened, node, best.node, support: mentionsOfNode[node] ?? 1)
        }
    }

    /// `prefix`, and without "บริษัท" when it has it: "บริษัท ฟู้ดแพชชั่นฯ" also begins "บริษัท ฟู้ดแพชชั่น
    /// จำกัด", whose key has no company designations (`NameKey.companyName`).
    static func searchedPrefixes(_ prefix: String) -> [String] {
        guard prefix.hasPrefix(NameKey.company) else { return [prefix] }
        let rest = String(prefix.dropFirst(NameKey.company.count))
        return rest.unicodeScalars.count >= minimumPrefix ? [prefix, rest] : [prefix]
    }

    /// The first index of `full` whose key is not below `prefix` (by UTF-8 bytes).
    private static func lowerBound(_ prefix: String, in full: [(key: String, node: Int)]) -> Int {
        var low = 0, high = full.count
        while low < high {
            let mid = (low + high) / 2
            if full[mid].key.utf8.lexicographicallyPrecedes(prefix.utf8) { low = mid + 1 } else { high = mid }
        }
        return low
    }
}
