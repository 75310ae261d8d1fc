// libFuzzer harness: text (the input as UTF-8, invalid bytes → U+FFFD) through `TextNormalizer`,
// checking its `OffsetMap`. Properties: no trap; `text` and `scalars` agree; an identity map means
// an unchanged text; every normalised scalar maps to a non-empty source range inside the source;
// the map is monotone (starts and ends never decrease); mapping back round-trips: every range,
// empty ones included, maps to the source range spanning exactly its scalars, and the only source
// scalars no normalised scalar maps to are ones normalisation deletes.
import FuzzSupport
@testable import Khaosan
@testable import KhaosanCore
@testable import KhaosanText

private let normalizer = TextNormalizer()
/// Scalars normalisation may delete: invisible format characters and the letters of "พิมพ์".
private let deletable: Set<UInt32> = Set([0x00AD, 0x200B, 0x200C, 0x200D, 0x200E, 0x200F, 0x2060, 0xFEFF]
    + Array(0x202A...0x202E) + Array(0x2066...0x2069) + [0x0E1E, 0x0E34, 0x0E21, 0x0E4C])

@main
enum NormalizerFuzz {
    static func main() { runFuzzer(testOneInput) }
}

private func testOneInput(_ bytes: UnsafeBufferPointer<UInt8>) {
    let source = fuzzText(bytes)
    let sourceScalars = Array(source.unicodeScalars)
    let normalized = normalizer.normalize(source)
    let map = normalized.offsetMap
    let n = sourceScalars.count, m = normalized.scalars.count

    fuzzRequire(map.sourceLength == n, "sourceLength \(map.sourceLength), source has \(n) scalars")
    fuzzRequire(map.textLength == m, "textLength \(map.textLength), text has \(m) scalars")
    fuzzRequire(normalized.text.unicodeScalars.elementsEqual(normalized.scalars), "text and scalars differ")
    if map.isIdentity {
        fuzzRequire(normalized.scalars == sourceScalars, "identity map over a changed text")
    }

    var covered = [Bool](repeating: false, count: n)
    var previousStart = 0, previousEnd = 0
    for i in 0..<m {
        let start = map.sourceStart(i), end = map.sourceEnd(i)
        fuzzRequire(0 <= start && start < end && end <= n, "scalar \(i) maps to \(start)..<\(end) of \(n)")
        fuzzRequire(start >= previousStart && end >= previousEnd,
                    "map not monotone at \(i): \(previousStart)..<\(previousEnd) then \(start)..<\(end)")
        previousStart = start
        previousEnd = end
        for k in start..<end { covered[k] = true }
        let one = map.sourceRange(ScalarRange(i, i + 1))
        fuzzRequire(one == ScalarRange(start, end), "range \(i)..<\(i + 1) maps to \(one), not \(start)..<\(end)")
        let rest = map.sourceRange(ScalarRange(i, m))
        fuzzRequire(rest == ScalarRange(start, map.sourceEnd(m - 1)), "range \(i)..<\(m) maps to \(rest)")
    }
    for k in 0..<n where !covered[k] {
        fuzzRequire(deletable.contains(sourceScalars[k].value),
                    "source scalar \(k) U+\(String(sourceScalars[k].value, radix: 16)) lost without a deletion rule")
    }
    var previousOffset = 0
    for offset in 0...m {
        let at = map.sourceOffset(offset)
        fuzzRequire(at >= previousOffset && at <= n, "offset \(offset) maps to \(at) after \(previousOffset)")
        previousOffset = at
    }
}
