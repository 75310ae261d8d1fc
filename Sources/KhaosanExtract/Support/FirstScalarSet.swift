/// The scalars that can begin an entry of some word lists: a cheap test before
/// walking their tries at every word start (most positions start nothing).
struct FirstScalarSet: Sendable {
    private var low = [Bool](repeating: false, count: 0x0E80)
    private var high: Set<UInt32> = []

    init<S: Sequence>(words: S) where S.Element == String {
        for word in words {
            guard let first = word.unicodeScalars.first else { continue }
            if first.value < 0x0E80 { low[Int(first.value)] = true } else { high.insert(first.value) }
        }
    }

    @inline(__always)
    func contains(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x0E80 ? low[Int(scalar.value)] : high.contains(scalar.value)
    }
}
