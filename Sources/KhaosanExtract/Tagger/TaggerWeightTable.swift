import CICU
#if canImport(Glibc)
import Glibc
#endif

/// The model's feature weights laid out for scoring: for each row, the first 16
/// tags' weights as one 64-byte-aligned block (one cache line per feature, one SIMD
/// vector), and the remaining tags' weights in a second, much smaller table.
///
/// `emissions` sums exactly what a plain loop over `weights[row * tagCount + tag]`
/// sums, in the same order (feature after feature, starting from 0), so the scores
/// are bit-identical; only the memory layout differs. Immutable after init.
final class TaggerWeightTable: @unchecked Sendable {
    static let headWidth = 16
    let tagCount: Int
    let rowCount: Int
    /// `rowCount` blocks of 16 floats, 64-byte aligned (nil when `tagCount < 16`).
    private let head: UnsafeMutablePointer<Float>?
    /// `rowCount * tailWidth` floats: tags 16… (all tags when `tagCount < 16`).
    private let tail: [Float]
    private let tailWidth: Int

    /// - Parameter weights: `rowCount * tagCount` weights, row-major.
    convenience init(weights: [Float], tagCount: Int, rowCount: Int) {
        precondition(weights.count == rowCount * tagCount)
        self.init(tagCount: tagCount, rowCount: rowCount) { weights[$0] }
    }

    /// The table of a model file's 16-bit weights: weight `k` is `Float(quantized[k]) * scale`
    /// (`ModelFileFormat`), computed here once, without a row-major copy of all weights first.
    /// - Parameter quantized: `rowCount * tagCount` little-endian Int16 values, row-major.
    convenience init(quantized: UnsafeRawBufferPointer, scale: Float, tagCount: Int, rowCount: Int) {
        precondition(quantized.count == rowCount * tagCount * 2)
        self.init(tagCount: tagCount, rowCount: rowCount) { k in
            Float(Int16(bitPattern: UInt16(littleEndian: quantized.loadUnaligned(fromByteOffset: 2 * k, as: UInt16.self))))
                * scale
        }
    }

    /// - Parameter weight: weight `k` of the row-major `rowCount * tagCount` weights.
    @inline(__always)
    private init(tagCount: Int, rowCount: Int, weight: (Int) -> Float) {
        self.tagCount = tagCount
        self.rowCount = rowCount
        let headWidth = tagCount >= Self.headWidth ? Self.headWidth : 0
        tailWidth = tagCount - headWidth
        var tail = [Float](repeating: 0, count: rowCount * tailWidth)
        if headWidth > 0 {
            // 2 MiB aligned and, on Linux, backed by huge pages where the system allows it: the
            // rows are read at random, and with 4 KiB pages most reads would also miss the TLB.
            let byteCount = rowCount * headWidth * MemoryLayout<Float>.stride
            let raw = UnsafeMutableRawPointer.allocate(byteCount: byteCount, alignment: 1 << 21)
            #if canImport(Glibc)
            _ = madvise(raw, byteCount, MADV_HUGEPAGE)
            #endif
            let head = raw.bindMemory(to: Float.self, capacity: rowCount * headWidth)
            for row in 0..<rowCount {
                for tag in 0..<headWidth { head[row * headWidth + tag] = weight(row * tagCount + tag) }
            }
            self.head = head
        } else {
            head = nil
        }
        let tailWidth = self.tailWidth
        tail.withUnsafeMutableBufferPointer { tail in
            for row in 0..<rowCount {
                for k in 0..<tailWidth { tail[row * tailWidth + k] = weight(row * tagCount + headWidth + k) }
            }
        }
        self.tail = tail
    }

    /// The weights, row-major (`rowCount * tagCount`), as given to `init(weights:…)` or computed
    /// from the quantised values.
    var weights: [Float] {
        let headWidth = head == nil ? 0 : Self.headWidth
        var weights = [Float](repeating: 0, count: rowCount * tagCount)
        for row in 0..<rowCount {
            for tag in 0..<headWidth { weights[row * tagCount + tag] = head![row * headWidth + tag] }
            for k in 0..<tailWidth { weights[row * tagCount + headWidth + k] = tail[row * tailWidth + k] }
        }
        return weights
    }

    deinit { head?.deallocate() }

    /// Per unit and tag, the sum of the unit's feature weights: `unitCount * tagCount` scores, unit-major.
    func emissions(of features: TaggerFeatures) -> [Float] {
        let t = tagCount
        let n = features.unitCount
        let tailWidth = self.tailWidth
        var emissions = [Float](repeating: 0, count: n * t)
        features.rows.withUnsafeBufferPointer { rows in
            features.starts.withUnsafeBufferPointer { starts in
                tail.withUnsafeBufferPointer { tail in
                    emissions.withUnsafeMutableBufferPointer { e in
                        // Rows are scattered over a table far larger than the caches: ask for the
                        // next unit's rows while summing this unit's (same sums, same order).
                        func prefetch(unit: Int) {
                            guard unit < n else { return }
                            for k in Int(starts[unit])..<Int(starts[unit + 1]) {
                                let row = Int(rows[k])
                                if let head { cicu_prefetch(head + row * Self.headWidth) }
                                if tailWidth > 0 { cicu_prefetch(tail.baseAddress! + row * tailWidth) }
                            }
                        }
                        prefetch(unit: 0)
                        for i in 0..<n {
                            let base = i * t
                            let first = Int(starts[i]), end = Int(starts[i + 1])
                            prefetch(unit: i + 1)
                            if let head {
                                let blocks = UnsafeRawPointer(head)
                                var sum = SIMD16<Float>(repeating: 0)
                                for k in first..<end {
                                    sum += blocks.load(fromByteOffset: Int(rows[k]) * 64, as: SIMD16<Float>.self)
                                }
                                for tag in 0..<Self.headWidth { e[base + tag] = sum[tag] }
                            }
                            if tailWidth == 1 {
                                var sum: Float = 0
                                for k in first..<end { sum += tail[Int(rows[k])] }
                                e[base + t - 1] = sum
                            } else if tailWidth > 0 {
                                let offset = base + t - tailWidth
                                for k in first..<end {
                                    let row = Int(rows[k]) * tailWidth
                                    for j in 0..<tailWidth { e[offset + j] += tail[row + j] }
                                }
                            }
                        }
                    }
                }
            }
        }
        return emissions
    }
}
