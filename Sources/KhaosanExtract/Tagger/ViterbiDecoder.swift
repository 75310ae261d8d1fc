/// First-order Viterbi decoding over per-unit tag scores and tag-to-tag
/// transition scores, restricted to the sequences a `TagScheme` allows.
package enum ViterbiDecoder {
    /// The best tag sequence.
    /// - Parameters:
    ///   - emissions: `n * tagCount` scores, unit-major.
    ///   - transitions: `(tagCount + 1) * tagCount` scores; row `tagCount` is the start row.
    ///   - allowed: `TagScheme.allowedTable(scheme)`.
    package static func decode<S: FloatingPoint>(emissions: [S], transitions: [S], count n: Int, scheme: TagScheme,
                                         allowed: [Bool]) -> [Int] {
        let t = scheme.count
        guard n > 0 else { return [] }
        let forbidden = -S.greatestFiniteMagnitude
        var score = [S](repeating: forbidden, count: n * t)
        var back = [Int32](repeating: 0, count: n * t)
        // Allowed predecessors of each tag, flat: predecessors[predecessorStart[tag]..<predecessorStart[tag + 1]],
        // in increasing order (ties keep the first, as before).
        var predecessors: [Int] = []
        var predecessorStart = [Int](repeating: 0, count: t + 1)
        for tag in 0..<t {
            for previous in 0..<t where allowed[previous * t + tag] { predecessors.append(previous) }
            predecessorStart[tag + 1] = predecessors.count
        }
        for tag in 0..<t where scheme.canStart(tag) {
            score[tag] = emissions[tag] + transitions[t * t + tag]
        }
        if n > 1 {
            score.withUnsafeMutableBufferPointer { score in
                back.withUnsafeMutableBufferPointer { back in
                    emissions.withUnsafeBufferPointer { emissions in
                        transitions.withUnsafeBufferPointer { transitions in
                            predecessors.withUnsafeBufferPointer { predecessors in
                                predecessorStart.withUnsafeBufferPointer { predecessorStart in
                                    for i in 1..<n {
                                        let row = i * t, previousRow = (i - 1) * t
                                        for tag in 0..<t {
                                            var best = forbidden
                                            var bestPrevious = 0
                                            for p in predecessorStart[tag]..<predecessorStart[tag + 1] {
                                                let previous = predecessors[p]
                                                let s = score[previousRow + previous]
                                                if s == forbidden { continue }
                                                let candidate = s + transitions[previous * t + tag]
                                                if candidate > best { best = candidate; bestPrevious = previous }
                                            }
                                            if best != forbidden {
                                                score[row + tag] = best + emissions[row + tag]
                                                back[row + tag] = Int32(bestPrevious)
                                            }
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        var best = forbidden
        var bestTag = 0
        let lastRow = (n - 1) * t
        for tag in 0..<t where scheme.canEnd(tag) && score[lastRow + tag] > best {
            best = score[lastRow + tag]
            bestTag = tag
        }
        var tags = [Int](repeating: 0, count: n)
        tags[n - 1] = bestTag
        if n > 1 {
            for i in stride(from: n - 1, to: 0, by: -1) { tags[i - 1] = Int(back[i * t + tags[i]]) }
        }
        return tags
    }
}

extension TagScheme {
    /// `allowed[previous * count + next]`.
    static func allowedTable(_ scheme: TagScheme) -> [Bool] {
        let t = scheme.count
        var table = [Bool](repeating: false, count: t * t)
        for a in 0..<t { for b in 0..<t { table[a * t + b] = scheme.allows(a, b) } }
        return table
    }
}
