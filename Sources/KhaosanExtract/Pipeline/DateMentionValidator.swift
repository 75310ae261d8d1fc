import KhaosanCore

/// Drops DATE mentions that cannot be dates: no normalised value, no digit (ASCII or Thai),
/// and no date word — no month, weekday or era name (ICU's, through `DateVocabulary`), no
/// relative or vague word (`date-words.txt`) and no cue word (`date-cue-words.txt`, e.g.
/// "สัปดาห์", "ปัจจุบัน"). The tagger sometimes labels a name DATE ("Chumphon" in thaigov-92898);
/// the date rules never make such a mention. Other labels pass untouched.
public struct DateMentionValidator: Sendable {
    /// Cue words, lowercased, as scalars.
    let cues: [[Unicode.Scalar]]

    public init(cues: [String]) {
        self.cues = cues.filter { !$0.isEmpty }.map { Array($0.lowercased().unicodeScalars) }
    }

    /// The bundled cue words (`BundledList.dateCueWords`).
    public static let bundled = DateMentionValidator(cues: BundledResources.requiredWordList(.dateCueWords))

    /// Whether `mention` may stay: not a DATE, or a DATE with a value, a digit or a date word.
    public func accepts(_ mention: Mention) -> Bool {
        guard mention.label == .date, mention.value == nil else { return true }
        let scalars = Array(mention.text.lowercased().unicodeScalars)
        if scalars.contains(where: { (0x30...0x39).contains($0.value) || (0x0E50...0x0E59).contains($0.value) }) {
            return true
        }
        if case .success(let vocabulary) = DateVocabulary.shared {
            for start in scalars.indices where vocabulary.mayStart(scalars, start)
                && vocabulary.longest(in: scalars, at: start) != nil { return true }
        }
        return cues.contains { cue in
            cue.count <= scalars.count && (0...(scalars.count - cue.count)).contains { start in
                scalars[start..<(start + cue.count)].elementsEqual(cue)
            }
        }
    }

    /// `mentions` without the DATE mentions `accepts` refuses, in order.
    public func filter(_ mentions: [Mention]) -> [Mention] {
        mentions.filter(accepts)
    }
}
