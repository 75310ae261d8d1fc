/// Where each Thai-block scalar (U+0E00…U+0E7F) occurs in a text, in increasing
/// offset order: one flat array grouped by scalar (a counting sort), so that a
/// search for a word visits only the offsets of its first scalar.
///
/// Offsets are Unicode scalar offsets of the scanned array.
struct ThaiScalarOccurrences {
    /// Offsets grouped by scalar; the group of scalar `s` is `positions[offsets(of: s)]`.
    let positions: [Int32]
    /// Group starts per Thai-block slot, plus the end (`0x81` entries).
    private let groupStarts: [Int32]

    init(_ scalars: [Unicode.Scalar]) {
        var counts = [Int32](repeating: 0, count: 0x81)
        counts.withUnsafeMutableBufferPointer { counts in
            scalars.withUnsafeBufferPointer { scalars in
                for scalar in scalars {
                    let slot = scalar.value &- 0x0E00
                    if slot < 0x80 { counts[Int(slot) + 1] += 1 }
                }
            }
            for k in 1..<counts.count { counts[k] += counts[k - 1] }
        }
        groupStarts = counts
        var fill = counts
        var positions = [Int32](repeating: 0, count: Int(counts[0x80]))
        positions.withUnsafeMutableBufferPointer { positions in
            fill.withUnsafeMutableBufferPointer { fill in
                scalars.withUnsafeBufferPointer { scalars in
                    for k in scalars.indices {
                        let slot = scalars[k].value &- 0x0E00
                        guard slot < 0x80 else { continue }
                        positions[Int(fill[Int(slot)])] = Int32(truncatingIfNeeded: k)
                        fill[Int(slot)] += 1
                    }
                }
            }
        }
        self.positions = positions
    }

    /// Indices into `positions` of the offsets holding `scalar`, or nil when it is
    /// outside the Thai block (not indexed).
    func offsets(of scalar: Unicode.Scalar) -> Range<Int>? {
        guard scalar.value &- 0x0E00 < 0x80 else { return nil }
        let slot = Int(scalar.value - 0x0E00)
        return Int(groupStarts[slot])..<Int(groupStarts[slot + 1])
    }
}
