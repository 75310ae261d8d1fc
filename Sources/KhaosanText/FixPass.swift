/// The single pass of `TextNormalizer` over the source scalars: applies the
/// rules of `NormalizationTable` and writes the output scalars with, for each,
/// the source range it came from.
///
/// Works on raw buffers sized for the source (the pass never lengthens text).
struct FixPass {
    let src: UnsafeBufferPointer<UInt32>
    let out: UnsafeMutablePointer<UInt32>
    let starts: UnsafeMutablePointer<Int32>
    let ends: UnsafeMutablePointer<Int32>
    /// The output as UTF-8 (never longer than the source's UTF-8).
    let utf8: UnsafeMutablePointer<UInt8>
    let removesPrintButtonLines: Bool
    /// Number of scalars written.
    private(set) var count = 0
    /// Number of UTF-8 bytes written.
    private(set) var utf8Count = 0
    /// Whether any rule changed the text.
    private(set) var changed = false
    /// Whether the output may not be in NFC.
    private(set) var needsNFC = false

    init(src: UnsafeBufferPointer<UInt32>, out: UnsafeMutablePointer<UInt32>,
         starts: UnsafeMutablePointer<Int32>, ends: UnsafeMutablePointer<Int32>,
         utf8: UnsafeMutablePointer<UInt8>, removesPrintButtonLines: Bool) {
        self.src = src
        self.out = out
        self.starts = starts
        self.ends = ends
        self.utf8 = utf8
        self.removesPrintButtonLines = removesPrintButtonLines
    }

    @inline(__always)
    private mutating func emit(_ v: UInt32, _ start: Int, _ end: Int) {
        out[count] = v
        starts[count] = Int32(truncatingIfNeeded: start)
        ends[count] = Int32(truncatingIfNeeded: end)
        count += 1
        let k = utf8Count
        if v < 0x80 {
            utf8[k] = UInt8(truncatingIfNeeded: v)
            utf8Count = k + 1
        } else if v < 0x800 {
            utf8[k] = UInt8(truncatingIfNeeded: 0xC0 | (v >> 6))
            utf8[k + 1] = UInt8(truncatingIfNeeded: 0x80 | (v & 0x3F))
            utf8Count = k + 2
        } else if v < 0x10000 {
            utf8[k] = UInt8(truncatingIfNeeded: 0xE0 | (v >> 12))
            utf8[k + 1] = UInt8(truncatingIfNeeded: 0x80 | ((v >> 6) & 0x3F))
            utf8[k + 2] = UInt8(truncatingIfNeeded: 0x80 | (v & 0x3F))
            utf8Count = k + 3
        } else {
            utf8[k] = UInt8(truncatingIfNeeded: 0xF0 | (v >> 18))
            utf8[k + 1] = UInt8(truncatingIfNeeded: 0x80 | ((v >> 12) & 0x3F))
            utf8[k + 2] = UInt8(truncatingIfNeeded: 0x80 | ((v >> 6) & 0x3F))
            utf8[k + 3] = UInt8(truncatingIfNeeded: 0x80 | (v & 0x3F))
            utf8Count = k + 4
        }
    }

    mutating func run() {
        let n = src.count
        NormalizationTable.rules.withUnsafeBufferPointer { rules in
            var i = 0
            while i < n {
                var v = src[i]
                var rule: NormalizationRule
                if v < 0x10000 {
                    rule = rules[Int(v)]
                    if rule == .keep { emit(v, i, i + 1); i += 1; continue }
                    if rule == .thaiMark && (i + 1 == n || NormalizationTable.thai(src[i + 1]) != v) {
                        emit(v, i, i + 1); i += 1; continue // the common case: not typed twice
                    }
                    if rule == .legacyThai {
                        v = NormalizationTable.thai(v)
                        rule = rules[Int(v)]
                        changed = true
                    }
                } else {
                    rule = NormalizationTable.isComposable(supplementary: v) ? .composable : .keep
                }
                switch rule {
                case .keep, .legacyThai:
                    emit(v, i, i + 1)
                    i += 1
                case .space:
                    emit(0x20, i, i + 1)
                    changed = true
                    i += 1
                case .delete:
                    changed = true
                    i += 1
                case .newline:
                    emit(0x0A, i, i + 1)
                    changed = true
                    i += 1
                case .carriageReturn:
                    let end = i + 1 < n && src[i + 1] == 0x0A ? i + 2 : i + 1
                    emit(0x0A, i, end)
                    changed = true
                    i = end
                case .thaiDigit:
                    emit(v - 0x0E50 + 0x30, i, i + 1)
                    changed = true
                    i += 1
                case .saraE:
                    if i + 1 < n && NormalizationTable.thai(src[i + 1]) == 0x0E40 {
                        emit(0x0E41, i, i + 2)
                        changed = true
                        i += 2
                    } else {
                        emit(v, i, i + 1)
                        i += 1
                    }
                case .nikhahit:
                    i = nikhahit(at: i)
                case .phoPhan:
                    if removesPrintButtonLines && isPrintButtonLine(at: i) {
                        changed = true
                        i += 5
                    } else {
                        emit(v, i, i + 1)
                        i += 1
                    }
                case .thaiCombining, .thaiMark:
                    // The same mark typed twice or more ("ที่่", "ปฏิิบัติ") counts once.
                    var end = i + 1
                    while end < n && NormalizationTable.thai(src[end]) == v { end += 1 }
                    if rule == .thaiCombining { checkOrder(v) }
                    emit(v, i, end)
                    if end > i + 1 { changed = true }
                    i = end
                case .saraAm:
                    let next = i + 1 < n ? NormalizationTable.thai(src[i + 1]) : 0
                    if (0x0E48...0x0E4B).contains(next) {
                        checkOrder(next)
                        emit(next, i, i + 2)
                        emit(0x0E33, i, i + 2)
                        changed = true
                        i += 2
                    } else {
                        emit(v, i, i + 1)
                        i += 1
                    }
                case .composable:
                    needsNFC = true
                    emit(v, i, i + 1)
                    i += 1
                }
            }
        }
    }

    /// Decomposed sara am at `i` (U+0E4D): U+0E4D U+0E32 → U+0E33, and
    /// U+0E4D tone U+0E32 → tone U+0E33 (both mapped to all three source scalars).
    /// Returns the next source offset.
    private mutating func nikhahit(at i: Int) -> Int {
        let n = src.count
        let next = i + 1 < n ? NormalizationTable.thai(src[i + 1]) : 0
        if next == 0x0E32 {
            emit(0x0E33, i, i + 2)
            changed = true
            return i + 2
        }
        if (0x0E48...0x0E4B).contains(next) && i + 2 < n && NormalizationTable.thai(src[i + 2]) == 0x0E32 {
            checkOrder(next)
            emit(next, i, i + 3)
            emit(0x0E33, i, i + 3)
            changed = true
            return i + 3
        }
        emit(0x0E4D, i, i + 1)
        return i + 1
    }

    /// Flags NFC when Thai mark `v` follows a mark of a higher combining class.
    @inline(__always)
    private mutating func checkOrder(_ v: UInt32) {
        guard count > 0 else { return }
        let previous = NormalizationTable.thaiCombiningClass(out[count - 1])
        if previous > NormalizationTable.thaiCombiningClass(v) { needsNFC = true }
    }

    private static let printWord: [UInt32] = [0x0E1E, 0x0E34, 0x0E21, 0x0E1E, 0x0E4C]

    /// Whether "พิมพ์" starts at `i` and is alone on its line (spaces aside).
    private func isPrintButtonLine(at i: Int) -> Bool {
        let n = src.count
        guard i + 5 <= n else { return false }
        for k in 1..<5 where src[i + k] != FixPass.printWord[k] { return false }
        var j = i - 1
        while j >= 0 {
            let v = src[j]
            if isLineBreak(v) { break }
            if !isBlank(v) { return false }
            j -= 1
        }
        j = i + 5
        while j < n {
            let v = src[j]
            if isLineBreak(v) { break }
            if !isBlank(v) { return false }
            j += 1
        }
        return true
    }

    @inline(__always)
    private func isLineBreak(_ v: UInt32) -> Bool {
        v == 0x0A || v == 0x0D || (v < 0x10000 && NormalizationTable.rules[Int(v)] == .newline)
    }

    @inline(__always)
    private func isBlank(_ v: UInt32) -> Bool {
        guard v < 0x10000 else { return false }
        let rule = NormalizationTable.rules[Int(v)]
        return v == 0x20 || rule == .space || rule == .delete
    }
}
