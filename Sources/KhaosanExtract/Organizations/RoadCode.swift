import KhaosanCore
import KhaosanText

/// Road numbers written as a two-letter province or department code glued to digits:
/// "ทล.311" (a national highway), "ชร.1016", "นม.4040" (rural roads). The code is not an
/// organisation there, although ทล. alone is the Department of Highways.
enum RoadCode {
    /// Whether `range` of `scalars` is the code of such a number: two Thai consonants, with or
    /// without their full stop ("ทล.", "ทล"), then (after the full stop) a digit (ASCII or Thai).
    static func isCode(_ range: ScalarRange, in scalars: [Unicode.Scalar]) -> Bool {
        guard range.start >= 0, range.start + 2 <= range.end, range.end <= range.start + 3,
              ScalarClass.isThaiConsonant(scalars[range.start]), ScalarClass.isThaiConsonant(scalars[range.start + 1])
        else { return false }
        var next = range.start + 2
        guard next < scalars.count, scalars[next] == "." else { return false }
        next += 1
        guard range.end == next || range.end == next - 1, next < scalars.count else { return false }
        return scalars[next].properties.numericType == .decimal
    }
}
