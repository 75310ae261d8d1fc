/// Whether a Latin acronym defined for a long form in an article can stand for the lexicon body
/// that long form names. `MergeEvidence.mayAbbreviate` compares Thai letters only; a Latin acronym
/// of a Thai name has none to compare. When the long form is a name of a lexicon entry with Latin
/// names ("อาเซียน": ASEAN, Association of Southeast Asian Nations), the acronym must be one of
/// them or take its letters, in order, from the initials of the words of one ("NESDC" from "Office of
/// the National Economic and Social Development Council"). "AFTA" and "AIPA", defined after
/// "…อาเซียน (AFTA)" where the long form was cut to the body it belongs to, are neither.
struct LatinAcronymCheck {
    /// ORG name key → the Latin names (aliases and English name) of its one lexicon entry.
    private var latinNamesOfKey: [String: [String]] = [:]

    init(known: [KnownEntity], names: NameCache) {
        for entity in known where entity.label == .organization {
            let latin = (entity.aliases + [entity.english].compactMap { $0 }).filter(Self.isLatin)
            guard !latin.isEmpty else { continue }
            for name in entity.allNames {
                let key = names.key(for: .organization, text: name)
                if !key.isEmpty { latinNamesOfKey[key, default: []] += latin }
            }
        }
    }

    /// False only when `acronym` is a Latin acronym, `longKey` names a lexicon entry with Latin
    /// names, and none of them is the acronym or has initials that spell it.
    func allows(_ acronym: String, longKey: String) -> Bool {
        guard Self.isLatin(acronym), NameKey.isAcronym(acronym), let latin = latinNamesOfKey[longKey] else { return true }
        let letters = Array(acronym.uppercased().unicodeScalars.filter { $0.properties.isAlphabetic })
        return latin.contains { name in
            if NameKey.normalize(name) == NameKey.normalize(acronym) { return true }
            let initials = name.split(whereSeparator: { $0 == " " || $0 == "-" || $0 == "," })
                .compactMap { $0.unicodeScalars.first }.filter { $0.properties.isAlphabetic }
                .map { Unicode.Scalar($0.properties.uppercaseMapping)! }
            return initials.containsInOrder(letters)
        }
    }

    /// Written in Latin letters (and digits, spaces, punctuation), with at least one letter.
    static func isLatin(_ text: String) -> Bool {
        text.unicodeScalars.allSatisfy(\.isASCII) && text.unicodeScalars.contains { $0.properties.isAlphabetic }
    }
}
