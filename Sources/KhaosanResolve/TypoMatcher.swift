/// Finds pairs of long names that differ by one typo (one scalar inserted,
/// deleted or replaced), e.g. "กองค์การยูเนสโก" and "องค์การยูเนสโก".
///
/// Guards, because Thai names of different things are often one letter apart
/// ("ระนอง"/"ระยอง", "2023"/"2024"):
/// - both keys have at least `minimumLength` scalars;
/// - the edit touches no digit;
/// - the edit lies in no protected name (a known place key) of either key;
/// - the edit lies before the end of the first head that introduces a proper
///   name (จังหวัด, อำเภอ, เทศบาล, มหาวิทยาลัย, …): the name after such a head is
///   what distinguishes the thing, so "มหาวิทยาลัยพะเยา" and "มหาวิทยาลัยขอนแก่น"
///   never merge, nor do two sub-districts one tone mark apart.
///
/// Candidates are found through single-deletion variants (each key and its
/// one-scalar deletions, hashed), so the cost is linear in the number of keys.
struct TypoMatcher {
    var minimumLength = 12
    /// Shortest person name (scalars, without spaces) matched when one of the two is rare
    /// (`EntityResolver`): "ชัย วัชรงค์" / "ชัย วัชรงศ์".
    static let rarePersonMinimumLength = 9
    /// How many times more mentions the common person name has than its rare typo, at least.
    static let rarePersonRatio = 10
    /// Whether two neighbouring scalars swapped also count as one typo ("ชุณหวชิร" / "ชุณหวิชร").
    var allowsTransposition = false
    /// Heads after which the rest of a name is a proper name that must match exactly.
    static let nameHeads = ["จังหวัด", "อำเภอ", "ตำบล", "เทศบาล", "เมือง", "บ้าน", "กรุง", "ประเทศ", "เขต", "ภาค",
                            "สาขา", "วัด", "โรงเรียน", "มหาวิทยาลัย", "วิทยาลัย", "โรงพยาบาล", "หมู่"]

    /// Pairs `(i, j)`, `i < j`, of indices into `keys` that are one safe typo apart.
    func pairs(_ keys: [String], protected: Set<String>) -> [(Int, Int)] {
        let scalars = keys.map { Array($0.unicodeScalars) }
        // Bucket each key under a polynomial hash of itself and of each one-scalar deletion
        // (computed from prefix hashes, without building the variants); a hash collision
        // only adds a candidate pair, which `isSafeTypo` then checks on the real scalars.
        let base: UInt64 = 1_000_003
        // (hash, key index) for each key and each of its deletions, sorted: equal hashes form
        // the buckets (flat arrays, not a dictionary of arrays: there are millions of them).
        var entries: [(hash: UInt64, index: Int32)] = []
        var powers: [UInt64] = [1]
        var prefix: [UInt64] = []
        for (index, key) in scalars.enumerated() where key.count >= minimumLength {
            let n = key.count
            while powers.count <= n { powers.append(powers.last! &* base) }
            prefix.removeAll(keepingCapacity: true)
            prefix.append(0)
            for i in 0..<n { prefix.append(prefix[i] &* base &+ UInt64(key[i].value)) }
            func hash(_ value: UInt64, length: Int) -> UInt64 { value ^ (UInt64(length) &* 0x9E3779B97F4A7C15) }
            entries.append((hash(prefix[n], length: n), Int32(index)))
            for p in 0..<n {
                // prefix [0, p) followed by suffix [p + 1, n)
                let suffix = prefix[n] &- prefix[p + 1] &* powers[n - p - 1]
                let variant = prefix[p] &* powers[n - p - 1] &+ suffix
                entries.append((hash(variant, length: n - 1), Int32(index)))
            }
        }
        entries.sort { $0.hash != $1.hash ? $0.hash < $1.hash : $0.index < $1.index }
        var found = Set<[Int]>()
        var runStart = 0
        while runStart < entries.count {
            var runEnd = runStart + 1
            while runEnd < entries.count && entries[runEnd].hash == entries[runStart].hash { runEnd += 1 }
            if runEnd - runStart > 1 {
                var unique: [Int] = []
                for entry in entries[runStart..<runEnd] where unique.last != Int(entry.index) { unique.append(Int(entry.index)) }
                for a in 0..<unique.count {
                    for b in (a + 1)..<unique.count {
                        let i = unique[a], j = unique[b]
                        if isSafeTypo(scalars[i], scalars[j], protected: protected) { found.insert([i, j]) }
                    }
                }
            }
            runStart = runEnd
        }
        return found.sorted { $0[0] != $1[0] ? $0[0] < $1[0] : $0[1] < $1[1] }.map { ($0[0], $0[1]) }
    }

    /// True when `a` and `b` differ by exactly one edit that passes the guards.
    func isSafeTypo(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar], protected: Set<String>) -> Bool {
        guard a.count >= minimumLength, b.count >= minimumLength, abs(a.count - b.count) <= 1, a != b else {
            return false
        }
        let (longer, shorter) = a.count >= b.count ? (a, b) : (b, a)
        var prefix = 0
        while prefix < shorter.count && longer[prefix] == shorter[prefix] { prefix += 1 }
        var suffix = 0
        while suffix < shorter.count - prefix
                && longer[longer.count - 1 - suffix] == shorter[shorter.count - 1 - suffix] { suffix += 1 }
        let oneEdit = longer.count == shorter.count ? prefix + suffix == longer.count - 1
                                                    : prefix + suffix == shorter.count
        let swapped = allowsTransposition && longer.count == shorter.count && prefix + suffix == longer.count - 2
            && longer[prefix] == shorter[prefix + 1] && longer[prefix + 1] == shorter[prefix]
        guard oneEdit || swapped else { return false }
        let position = prefix
        if longer[position].properties.numericType != nil { return false }
        if longer.count == shorter.count && shorter[position].properties.numericType != nil { return false }
        for key in [longer, shorter] {
            if editInsideProtected(key, position: position, protected: protected) { return false }
            if let headEnd = firstHeadEnd(key), position >= headEnd { return false }
        }
        return true
    }

    private func firstHeadEnd(_ key: [Unicode.Scalar]) -> Int? {
        let text = String(String.UnicodeScalarView(key))
        var best: Int?
        for head in Self.nameHeads {
            guard let range = text.range(of: head) else { continue }
            let end = text.unicodeScalars.distance(from: text.unicodeScalars.startIndex, to: range.upperBound)
            best = min(best ?? end, end)
        }
        return best
    }

    private func editInsideProtected(_ key: [Unicode.Scalar], position: Int, protected: Set<String>) -> Bool {
        let maxLength = 24
        let low = max(0, position - maxLength)
        for start in low...min(position, key.count - 1) {
            var candidate = String.UnicodeScalarView()
            for end in start..<min(key.count, start + maxLength) {
                candidate.append(key[end])
                if end >= position && candidate.count >= 3 && protected.contains(String(candidate)) { return true }
            }
        }
        return false
    }
}
