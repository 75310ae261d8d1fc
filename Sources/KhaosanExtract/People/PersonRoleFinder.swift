import KhaosanCore
import KhaosanText

/// Finds the role noun written next to a person's name: the space-delimited
/// phrase right before the name ("อธิการบดีมหาวิทยาลัยพะเยา รองศาสตราจารย์ ดร.สุภกร …")
/// or, failing that, right after it ("นายวินัย วิททวัสการเวช อธิบดีกรมสรรพากร").
/// The role is not part of the PERSON span (ThaiNER). Offsets are scalar offsets
/// of the normalised text.
struct PersonRoleFinder {
    let scalars: [Unicode.Scalar]
    let roles: ScalarTrie

    /// (role noun, whole phrase) before or after `name`, if one starts with a role noun.
    /// A phrase starting at one of `personStarts` (offsets where another PERSON mention
    /// starts) is that person's title and name, not a role: in a list of people,
    /// "… นายกฤชเทพ …" is นาย + กฤชเทพ, not the role นายก of the name before it.
    func role(around name: ScalarRange, personStarts: Set<Int> = []) -> (noun: String, phrase: String)? {
        if let before = phraseBefore(name.start), !personStarts.contains(before.start), let found = roleAt(before) { return found }
        if let after = phraseAfter(name.end), !personStarts.contains(after.start), let found = roleAt(after) { return found }
        return nil
    }

    private func roleAt(_ phrase: ScalarRange) -> (noun: String, phrase: String)? {
        guard let end = roles.longestMatchEnd(in: scalars, at: phrase.start), end <= phrase.end else { return nil }
        return (text(ScalarRange(phrase.start, end)), text(phrase))
    }

    /// The phrase ending one space before `start` (back to the previous space or line start).
    private func phraseBefore(_ start: Int) -> ScalarRange? {
        guard start >= 2, ScalarClass.isWordSpace(scalars[start - 1]) else { return nil }
        let end = start - 1
        var i = end
        while i > 0, !ScalarClass.isWordSpace(scalars[i - 1]), scalars[i - 1] != "\n" { i -= 1 }
        return i < end ? ScalarRange(i, end) : nil
    }

    /// The phrase starting one space after `end` (to the next space or line end).
    private func phraseAfter(_ end: Int) -> ScalarRange? {
        var start = end
        while start < scalars.count, ScalarClass.isInvisible(scalars[start]) { start += 1 }
        guard start + 1 < scalars.count, ScalarClass.isWordSpace(scalars[start]) else { return nil }
        start += 1
        var i = start
        while i < scalars.count, !ScalarClass.isWordSpace(scalars[i]), scalars[i] != "\n" { i += 1 }
        return i > start ? ScalarRange(start, i) : nil
    }

    private func text(_ range: ScalarRange) -> String {
        Document.string(scalars[range.start..<range.end])
    }
}
