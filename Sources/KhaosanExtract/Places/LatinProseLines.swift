import KhaosanCore
import KhaosanText

/// The lines of a document written in a Latin-script language (the English articles and
/// English paragraphs of Thai government news), where a gazetteer name such as "Japan" is a
/// place in running text and needs no Thai neighbour.
///
/// A line (text between line breaks) counts when it has at least `minimumLatinLetters`
/// Latin letters and `latinToThaiRatio` times as many Latin letters as Thai ones; in a
/// document that counts as a whole by the same ratio (`minimumDocumentLatinLetters`), every
/// line without Thai letters counts too (short datelines and titles: "Bangkok, Thailand").
/// ThaiNER's sentences are Thai: an English fragment inside one stays unmarked, as there.
struct LatinProseLines: Sendable {
    /// Latin letters a line needs to count on its own.
    static let minimumLatinLetters = 40
    /// Latin letters a whole document needs to count as Latin-script.
    static let minimumDocumentLatinLetters = 200
    /// How many times the Thai letters the Latin letters must be.
    static let latinToThaiRatio = 3

    /// Half-open scalar ranges of the Latin-script lines, in text order.
    private(set) var ranges: [ScalarRange] = []

    /// Reads the lines of `scalars` (normalised text).
    init(scalars: [Unicode.Scalar]) {
        var lines: [(range: ScalarRange, latin: Int, thai: Int)] = []
        var start = 0, latin = 0, thai = 0, totalLatin = 0, totalThai = 0
        for (i, s) in scalars.enumerated() {
            if ScalarClass.isLineBreak(s) {
                if latin > 0 { lines.append((ScalarRange(start, i), latin, thai)) }
                start = i + 1; latin = 0; thai = 0
            } else if ScalarClass.isLatinLetter(s) {
                latin += 1; totalLatin += 1
            } else if ScalarClass.isThaiLetterOrSign(s) {
                thai += 1; totalThai += 1
            }
        }
        if latin > 0 { lines.append((ScalarRange(start, scalars.count), latin, thai)) }
        guard totalLatin >= Self.minimumLatinLetters else { return }
        let wholeDocument = totalLatin >= Self.minimumDocumentLatinLetters && totalLatin >= Self.latinToThaiRatio * totalThai
        ranges = lines.filter { line in
            (line.latin >= Self.minimumLatinLetters && line.latin >= Self.latinToThaiRatio * line.thai)
                || (wholeDocument && line.thai == 0)
        }.map(\.range)
    }

    /// Whether scalar `index` lies on a Latin-script line.
    func contains(_ index: Int) -> Bool {
        var low = 0, high = ranges.count
        while low < high {
            let mid = (low + high) / 2
            if ranges[mid].end <= index { low = mid + 1 } else { high = mid }
        }
        return low < ranges.count && ranges[low].start <= index
    }
}
