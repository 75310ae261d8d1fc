/// Viterbi decoding over `Float` scores, eight tags at a time, that gives exactly
/// the tags `ViterbiDecoder.decode` gives (same sums, same comparisons, same ties).
///
/// Built once per model from its scheme and transitions. Tags are grouped by the
/// number of predecessors the scheme allows them (BILOU: `O`, `B-*`, `U-*` follow the
/// nine closed tags; `I-*`, `L-*` follow only `B`/`I` of their label). Each group is
/// cut into chunks of eight lanes; step `j` of a chunk compares, in every lane, the
/// lane's `j`-th allowed predecessor (in increasing tag order, as the scalar decoder
/// tries them), so ties keep the lowest predecessor as before.
struct VectorViterbiDecoder: Sendable {
    typealias Lanes = SIMD8<Float>
    static let width = 8

    /// One chunk: up to eight target tags sharing a predecessor count.
    struct Chunk: Sendable {
        /// Target tag per lane (`-1` for unused lanes).
        var targets: SIMD8<Int32>
        var laneCount: Int
        /// `steps[j]`: the lanes' `j`-th predecessors, and the matching transition scores.
        var predecessors: [SIMD8<Int32>]
        var transitions: [Lanes]
        /// Whether all lanes share each step's predecessor (a broadcast, not a gather).
        var uniform: Bool
    }

    let tagCount: Int
    let chunks: [Chunk]
    /// Transitions from the start row.
    let startScores: [Float]
    let canStart: [Bool]
    let canEnd: [Bool]

    static let forbidden = -Float.greatestFiniteMagnitude

    init(scheme: TagScheme, transitions: [Float], allowed: [Bool]) {
        let t = scheme.count
        tagCount = t
        var byCount: [Int: [Int]] = [:]
        var predecessorsOf: [[Int]] = []
        for tag in 0..<t {
            let list = (0..<t).filter { allowed[$0 * t + tag] }
            predecessorsOf.append(list)
            byCount[list.count, default: []].append(tag)
        }
        var chunks: [Chunk] = []
        for count in byCount.keys.sorted() where count > 0 {
            let tags = byCount[count]!
            for chunkStart in stride(from: 0, to: tags.count, by: Self.width) {
                let laneTags = Array(tags[chunkStart..<min(tags.count, chunkStart + Self.width)])
                var targets = SIMD8<Int32>(repeating: -1)
                for (lane, tag) in laneTags.enumerated() { targets[lane] = Int32(tag) }
                var predecessors: [SIMD8<Int32>] = []
                var scores: [Lanes] = []
                var uniform = true
                for step in 0..<count {
                    var p = SIMD8<Int32>(repeating: Int32(predecessorsOf[laneTags[0]][step]))
                    var s = Lanes(repeating: 0)
                    for (lane, tag) in laneTags.enumerated() {
                        let previous = predecessorsOf[tag][step]
                        p[lane] = Int32(previous)
                        s[lane] = transitions[previous * t + tag]
                        if previous != predecessorsOf[laneTags[0]][step] { uniform = false }
                    }
                    predecessors.append(p)
                    scores.append(s)
                }
                chunks.append(Chunk(targets: targets, laneCount: laneTags.count, predecessors: predecessors,
                                    transitions: scores, uniform: uniform))
            }
        }
        self.chunks = chunks
        startScores = Array(transitions[(t * t)..<(t * t + t)])
        canStart = (0..<t).map { scheme.canStart($0) }
        canEnd = (0..<t).map { scheme.canEnd($0) }
    }

    /// The best tag sequence for `count` units; `emissions` holds `count * tagCount` scores, unit-major.
    func decode(emissions: UnsafeBufferPointer<Float>, count n: Int) -> [Int] {
        let t = tagCount
        guard n > 0 else { return [] }
        let forbidden = Self.forbidden
        var score = [Float](repeating: forbidden, count: n * t)
        var back = [Int32](repeating: 0, count: n * t)
        for tag in 0..<t where canStart[tag] {
            score[tag] = emissions[tag] + startScores[tag]
        }
        score.withUnsafeMutableBufferPointer { score in
            back.withUnsafeMutableBufferPointer { back in
                chunks.withUnsafeBufferPointer { chunks in
                    for i in stride(from: 1, to: n, by: 1) {
                        let row = i * t
                        let previous = UnsafeBufferPointer(rebasing: score[(row - t)..<row])
                        for chunk in chunks {
                            var best = Lanes(repeating: forbidden)
                            var bestPrevious = SIMD8<Int32>(repeating: 0)
                            for step in chunk.predecessors.indices {
                                let from = chunk.predecessors[step]
                                let s: Lanes
                                let valid: SIMDMask<SIMD8<Int32>>
                                if chunk.uniform {
                                    let value = previous[Int(from[0])]
                                    if value == forbidden { continue }
                                    s = Lanes(repeating: value)
                                    valid = SIMDMask(repeating: true)
                                } else {
                                    var gathered = Lanes()
                                    for lane in 0..<Self.width { gathered[lane] = previous[Int(from[lane])] }
                                    s = gathered
                                    valid = s .!= Lanes(repeating: forbidden)
                                }
                                let candidate = s + chunk.transitions[step]
                                let better = valid .& (candidate .> best)
                                best.replace(with: candidate, where: better)
                                bestPrevious.replace(with: from, where: better)
                            }
                            for lane in 0..<chunk.laneCount where best[lane] != forbidden {
                                let tag = Int(chunk.targets[lane])
                                score[row + tag] = best[lane] + emissions[row + tag]
                                back[row + tag] = bestPrevious[lane]
                            }
                        }
                    }
                }
            }
        }
        var best = forbidden
        var bestTag = 0
        let lastRow = (n - 1) * t
        for tag in 0..<t where canEnd[tag] && score[lastRow + tag] > best {
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
