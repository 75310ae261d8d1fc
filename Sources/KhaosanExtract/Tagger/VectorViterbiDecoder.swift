/// Viterbi decoding over `Float` scores, eight tags at a time, that gives exactly
/// the tags `ViterbiDecoder.decode` gives (same sums, same comparisons, same ties).
///
/// Built once per model from its scheme and transitions. Tags are grouped by the
/// number of predecessors the scheme allows them (BILOU: `O`, `B-*`, `U-*` follow the
/// nine closed tags; `I-*`, `L-*` follow only `B`/`I` of their label). Each group is
/// cut into chunks of eight lanes; step `j` of a chunk compares, in every lane, the
/// lane's `j`-th allowed predecessor (in increasing tag order, as the scalar decoder
/// tries them), so ties keep the lowest predecessor as before. Scores are kept in
/// chunk-lane order (tag `t` at `position[t]`), so a chunk's results are one vector store.
struct VectorViterbiDecoder: Sendable {
    typealias Lanes = SIMD8<Float>
    static let width = 8
    static let forbidden = -Float.greatestFiniteMagnitude

    let tagCount: Int
    let chunkCount: Int
    /// Per chunk: its steps are `stepStart[c]..<stepStart[c + 1]`.
    let stepStart: [Int]
    /// Whether all lanes of the chunk share each step's predecessor (a broadcast, not a gather).
    let uniform: [Bool]
    /// Per chunk, the target tag of each lane (unused lanes: tag 0, results never read).
    let targets: [SIMD8<Int32>]
    /// Per chunk, the lanes in use (a one-lane chunk is decoded with scalars).
    let laneCounts: [Int]
    /// Per step: each lane's predecessor as a position, as a tag, and the transition score.
    let stepPositions: [SIMD8<Int32>]
    let stepTags: [SIMD8<Int32>]
    let stepTransitions: [Lanes]
    /// Per tag, its position in a score row (`chunk * 8 + lane`).
    let position: [Int]
    /// Transitions from the start row.
    let startScores: [Float]
    let canStart: [Bool]
    let canEnd: [Bool]

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
        // Chunks and positions first (a step refers to its predecessors' positions).
        var chunkTags: [[Int]] = []
        for count in byCount.keys.sorted() where count > 0 {
            let tags = byCount[count]!
            for first in stride(from: 0, to: tags.count, by: Self.width) {
                chunkTags.append(Array(tags[first..<min(tags.count, first + Self.width)]))
            }
        }
        // Tags no tag may follow never get a score after the first unit; they keep a
        // position (a chunk of their own with no steps) so that the first row has room.
        let orphans = (0..<t).filter { predecessorsOf[$0].isEmpty }
        for first in stride(from: 0, to: orphans.count, by: Self.width) {
            chunkTags.append(Array(orphans[first..<min(orphans.count, first + Self.width)]))
        }
        var position = [Int](repeating: 0, count: t)
        for (c, tags) in chunkTags.enumerated() { for (lane, tag) in tags.enumerated() { position[tag] = c * Self.width + lane } }
        var stepStart = [0], uniform: [Bool] = [], targets: [SIMD8<Int32>] = []
        var stepPositions: [SIMD8<Int32>] = [], stepTags: [SIMD8<Int32>] = [], stepTransitions: [Lanes] = []
        for tags in chunkTags {
            var laneTargets = SIMD8<Int32>(repeating: 0)
            for (lane, tag) in tags.enumerated() { laneTargets[lane] = Int32(tag) }
            targets.append(laneTargets)
            var same = true
            for step in 0..<predecessorsOf[tags[0]].count {
                let lead = predecessorsOf[tags[0]][step]
                var positions = SIMD8<Int32>(repeating: Int32(position[lead]))
                var from = SIMD8<Int32>(repeating: Int32(lead))
                var scores = Lanes(repeating: 0)
                for (lane, tag) in tags.enumerated() {
                    let previous = predecessorsOf[tag][step]
                    positions[lane] = Int32(position[previous])
                    from[lane] = Int32(previous)
                    scores[lane] = transitions[previous * t + tag]
                    if previous != lead { same = false }
                }
                stepPositions.append(positions)
                stepTags.append(from)
                stepTransitions.append(scores)
            }
            uniform.append(same)
            stepStart.append(stepPositions.count)
        }
        chunkCount = chunkTags.count
        self.stepStart = stepStart
        self.uniform = uniform
        self.targets = targets
        laneCounts = chunkTags.map(\.count)
        self.stepPositions = stepPositions
        self.stepTags = stepTags
        self.stepTransitions = stepTransitions
        self.position = position
        startScores = Array(transitions[(t * t)..<(t * t + t)])
        canStart = (0..<t).map { scheme.canStart($0) }
        canEnd = (0..<t).map { scheme.canEnd($0) }
    }

    /// The best tag sequence for `count` units; `emissions` holds `count * tagCount` scores, unit-major.
    func decode(emissions: UnsafeBufferPointer<Float>, count n: Int) -> [Int] {
        let t = tagCount
        guard n > 0 else { return [] }
        let forbidden = Self.forbidden
        let w = chunkCount * Self.width
        // Only the best scores are kept: the backtrace repeats, for the one tag it follows
        // per unit, the comparisons that chose its predecessor (same values, same order).
        var score = [Float](repeating: forbidden, count: n * w)
        for tag in 0..<t where canStart[tag] { score[position[tag]] = emissions[tag] + startScores[tag] }
        score.withUnsafeMutableBufferPointer { score in
        stepStart.withUnsafeBufferPointer { stepStart in
        uniform.withUnsafeBufferPointer { uniform in
        targets.withUnsafeBufferPointer { targets in
        laneCounts.withUnsafeBufferPointer { laneCounts in
        stepPositions.withUnsafeBufferPointer { stepPositions in
        stepTransitions.withUnsafeBufferPointer { stepTransitions in
            let scores = UnsafeMutableRawPointer(score.baseAddress!)
            for i in stride(from: 1, to: n, by: 1) {
                let previous = score.baseAddress! + (i - 1) * w
                let unit = emissions.baseAddress! + i * t
                for c in 0..<chunkCount {
                    if laneCounts[c] == 1 {
                        // The same comparisons for one tag, without seven idle lanes.
                        var best = forbidden
                        for step in stepStart[c]..<stepStart[c + 1] {
                            let value = previous[Int(stepPositions[step][0])]
                            if value == forbidden { continue }
                            let candidate = value + stepTransitions[step][0]
                            if candidate > best { best = candidate }
                        }
                        if best != forbidden { score[i * w + c * Self.width] = best + unit[Int(targets[c][0])] }
                        continue
                    }
                    var best = Lanes(repeating: forbidden)
                    for step in stepStart[c]..<stepStart[c + 1] {
                        let from = stepPositions[step]
                        let s: Lanes
                        let valid: SIMDMask<SIMD8<Int32>>
                        if uniform[c] {
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
                        let candidate = s + stepTransitions[step]
                        let better = valid .& (candidate .> best)
                        best.replace(with: candidate, where: better)
                    }
                    let laneTargets = targets[c]
                    var emitted = Lanes()
                    for lane in 0..<Self.width { emitted[lane] = unit[Int(laneTargets[lane])] }
                    var next = best + emitted
                    next.replace(with: forbidden, where: best .== Lanes(repeating: forbidden))
                    let offset = (i * w + c * Self.width) * 4
                    scores.storeBytes(of: next, toByteOffset: offset, as: Lanes.self)
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
        let lastRow = (n - 1) * w
        for tag in 0..<t where canEnd[tag] && score[lastRow + position[tag]] > best {
            best = score[lastRow + position[tag]]
            bestTag = tag
        }
        var tags = [Int](repeating: 0, count: n)
        tags[n - 1] = bestTag
        if n > 1 {
            for i in stride(from: n - 1, to: 0, by: -1) { tags[i - 1] = predecessor(of: tags[i], at: i, score, width: w) }
        }
        return tags
    }

    /// The predecessor the forward pass chose for `tag` at unit `i` (0 if none was allowed):
    /// the same candidates, skipped and compared in the same order.
    private func predecessor(of tag: Int, at i: Int, _ score: [Float], width w: Int) -> Int {
        let c = position[tag] / Self.width, lane = position[tag] % Self.width
        let previousRow = (i - 1) * w
        var best = Self.forbidden
        var bestPrevious: Int32 = 0
        for step in stepStart[c]..<stepStart[c + 1] {
            let value = score[previousRow + Int(stepPositions[step][lane])]
            if value == Self.forbidden { continue }
            let candidate = value + stepTransitions[step][lane]
            if candidate > best { best = candidate; bestPrevious = stepTags[step][lane] }
        }
        return Int(bestPrevious)
    }
}
