import KhaosanText

/// Reads a misspelt Thai province after a province head ("จังหวัดมุกดาหา", "จ.นครสรรค์",
/// "จังหวัดจันบุรี"): the gazetteer knows all 77 provinces, so an unknown name there that
/// is one edit (insert, delete or replace a scalar) away from a province's Thai name of
/// 6+ scalars is that province. Offsets are scalar offsets of the normalised text.
struct ProvinceTypoMatcher: Sendable {
    /// (gazetteer entry index, Thai name as scalars) of every province name long enough to match.
    private let provinces: [(entry: Int, name: [Unicode.Scalar])]

    /// Names shorter than this are too close to common words to accept one edit.
    static let minimumLength = 6

    init(gazetteer: PlaceGazetteer) {
        var provinces: [(entry: Int, name: [Unicode.Scalar])] = []
        for (index, entry) in gazetteer.entries.enumerated()
        where entry.properties["in"] == "ไทย" && entry.properties["type"] == "AdministrativeArea" {
            for name in entry.allNames {
                let scalars = Array(name.unicodeScalars)
                guard scalars.count >= Self.minimumLength, scalars.allSatisfy(ScalarClass.isThaiWordScalar) else { continue }
                provinces.append((index, scalars))
            }
        }
        self.provinces = provinces
    }

    /// The province written with one typo from `start` to an end that `isEnd` accepts and
    /// that is at most `limit`, the longest such end first; nil if none is.
    func match(in scalars: [Unicode.Scalar], at start: Int, limit: Int, isEnd: (Int) -> Bool) -> (end: Int, entry: Int)? {
        var best: (end: Int, entry: Int)?
        for province in provinces {
            for length in (province.name.count - 1)...(province.name.count + 1) {
                let end = start + length
                guard end <= limit, end > (best?.end ?? start), isEnd(end),
                      Self.isOneEditAway(scalars[start..<end], province.name) else { continue }
                best = (end, province.entry)
            }
        }
        return best
    }

    /// Whether `written` differs from `name` by exactly one inserted, deleted or replaced scalar.
    static func isOneEditAway(_ written: ArraySlice<Unicode.Scalar>, _ name: [Unicode.Scalar]) -> Bool {
        let a = Array(written)
        guard abs(a.count - name.count) <= 1, a != name else { return false }
        var i = 0
        while i < a.count, i < name.count, a[i] == name[i] { i += 1 }
        var j = a.count, k = name.count
        while j > i, k > i, a[j - 1] == name[k - 1] { j -= 1; k -= 1 }
        return j - i <= 1 && k - i <= 1
    }
}
