import KhaosanCore
import KhaosanExtract

/// The long form an acronym's defining article gives, checked against the lexicon (`EntityResolver`).
extension EntityResolver {
    /// The key of the long form `long` an article defines `mention`'s acronym as; when the acronym is
    /// a lexicon name of one entry and the long form is that entry's name run on into the next word
    /// ("สำนักงานสภาพัฒนาการเศรษฐกิจและสังคมแห่งชาติกำหนด (สศช.)"), cut short ("ธนาคารเพื่อการเกษตรและ
    /// สหกรณ์ (ธ.ก.ส.)" for ธนาคารเพื่อการเกษตรและสหกรณ์การเกษตร), misspelt, itself an acronym, or (for a
    /// ministry's acronym) not a ministry's name (`namesTheMinistryResponsible`), the entry's name.
    static func longFormKey(_ long: String, of mention: Mention, names: NameCache) -> String {
        let key = names.key(for: mention.label, text: long)
        guard !key.isEmpty, let lexiconName = mention.attributes[MentionAttribute.lexiconName] else { return key }
        let lexiconKey = names.key(for: mention.label, text: lexiconName)
        guard !lexiconKey.isEmpty, key != lexiconKey else { return key }
        // "สป.อว. หรือ อว.": an acronym is no long form of another.
        if key.hasPrefix(lexiconKey) || lexiconKey.hasPrefix(key) || NameKey.isAcronym(long) { return lexiconKey }
        if namesTheMinistryResponsible(lexiconKey: lexiconKey, longKey: key) { return lexiconKey }
        if TypoMatcher().isSafeTypo(Array(key.unicodeScalars), Array(lexiconKey.unicodeScalars), protected: []) { return lexiconKey }
        // A typo after a common beginning ("กระทรวงทรัพยากรทางธรรมชาติและสิ่งแวดล้อม (ทส.)").
        let common = zip(key.unicodeScalars, lexiconKey.unicodeScalars).prefix { $0 == $1 }.count
        return common >= minimumCommonBeginning && ConstrainedMerger.isSimilar(key, lexiconKey) ? lexiconKey : key
    }

    /// Whether a ministry's acronym written after a name that is not a ministry's names the ministry
    /// (`lexiconKey`), not that name (`longKey`): lists of who does what give each body its ministry
    /// in parentheses ("กรมอุทยานแห่งชาติ สัตว์ป่า และพันธุ์พืช (ทส.)", "กรมวิชาการเกษตร (กษ.)",
    /// "กรมสนธิสัญญาและกฎหมาย (กต.)"), and a ministry is also written without its head
    /// ("รมว.การอุดมศึกษา วิทยาศาสตร์ วิจัยและนวัตกรรม (อว.)").
    static func namesTheMinistryResponsible(lexiconKey: String, longKey: String) -> Bool {
        lexiconKey.hasPrefix(MinistryShortNameFinder.ministryHead) && !longKey.hasPrefix(MinistryShortNameFinder.ministryHead)
    }

    /// Scalars a long form must share at its beginning with the lexicon's name to be taken for a
    /// misspelling of it (`longFormKey`).
    static let minimumCommonBeginning = 10
}
