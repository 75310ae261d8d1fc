import CICU

/// NFC (Unicode canonical composition) with ICU, keeping the offset map exact.
///
/// ICU normalises the text segment by segment (a segment starts at each scalar
/// with an NFC boundary before it). A segment NFC leaves alone keeps its
/// per-scalar map; every scalar of a changed segment maps to the whole source
/// range of that segment (e + U+0301 → é maps to both source scalars).
enum CanonicalComposer {
    /// The NFC of `scalars` (UTF-32 values) whose source ranges are
    /// `starts`/`ends` (source scalar offsets), with the composed map; nil if ICU failed.
    static func compose(_ scalars: [UInt32], starts: [Int32], ends: [Int32])
        -> (scalars: [UInt32], starts: [Int32], ends: [Int32])? {
        var capacity = scalars.count + 16
        while true {
            var out = [UInt32](repeating: 0, count: capacity)
            var segmentStart = [Int32](repeating: 0, count: capacity)
            var segmentEnd = [Int32](repeating: 0, count: capacity)
            let written = scalars.withUnsafeBufferPointer { input in
                out.withUnsafeMutableBufferPointer { o in
                    segmentStart.withUnsafeMutableBufferPointer { s in
                        segmentEnd.withUnsafeMutableBufferPointer { e in
                            cicu_nfc_segments(input.baseAddress, Int32(input.count), o.baseAddress,
                                              s.baseAddress, e.baseAddress, Int32(capacity))
                        }
                    }
                }
            }
            if written == Int32.min { return nil }
            if written < 0 { capacity = Int(-written); continue }
            let count = Int(written)
            out.removeLast(capacity - count)
            var newStarts = [Int32](repeating: 0, count: count)
            var newEnds = [Int32](repeating: 0, count: count)
            for k in 0..<count {
                newStarts[k] = starts[Int(segmentStart[k])]
                newEnds[k] = ends[Int(segmentEnd[k]) - 1]
            }
            return (out, newStarts, newEnds)
        }
    }
}
