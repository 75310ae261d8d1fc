import KhaosanCore

/// A small list of Thai person titles and ranks, used to split a PERSON mention
/// into titles and name when the PERSON extractor did not fill
/// `Mention.person` (gold spans, a tagger). The PERSON extractor's own title
/// lexicon is the complete one; this covers the frequent forms.
public enum PersonTitles {
    /// Titles, longest first so that `นางสาว` wins over `นาง`.
    public static let all: [String] = [
        "ผู้ช่วยศาสตราจารย์", "รองศาสตราจารย์", "ศาสตราจารย์", "ศ.ดร.", "รศ.ดร.", "ผศ.ดร.",
        "พลตำรวจเอก", "พลตำรวจโท", "พลตำรวจตรี", "พลเอก", "พลโท", "พลตรี",
        "พล.ต.อ.", "พล.ต.ท.", "พล.ต.ต.", "พ.ต.อ.", "พ.ต.ท.", "พ.ต.ต.", "พล.อ.", "พล.ท.", "พล.ต.",
        "พ.อ.", "พ.ท.", "พ.ต.", "ร.ต.อ.", "ว่าที่ร้อยตรี", "ว่าที่ ร.ต.",
        "นางสาว", "น.ส.", "นาง", "นาย", "ดร.", "ศ.", "รศ.", "ผศ.", "นพ.", "พญ.", "ทพ.", "ทพญ.",
        "คุณหญิง", "คุณ", "พระ", "Mr.", "Mrs.", "Ms.", "Dr.",
    ]

    /// Splits `text` into leading titles and the remaining name (trimmed).
    public static func split(_ text: String) -> (titles: [String], name: String) {
        var rest = Substring(text)
        var titles: [String] = []
        while true {
            rest = rest.drop(while: { $0 == " " || $0 == "\u{A0}" })
            guard let title = all.first(where: { rest.hasPrefix($0) }) else { break }
            let after = rest.dropFirst(title.count)
            // A title must leave a name behind it.
            if after.trimmingCharacters(in: .whitespaces).isEmpty { break }
            titles.append(title)
            rest = after
        }
        return (titles, rest.trimmingCharacters(in: .whitespaces))
    }

    /// Name parts for a PERSON surface `text`: titles, then given and family
    /// name split at the first space.
    public static func parts(of text: String) -> PersonNameParts {
        let (titles, name) = split(text)
        let words = name.split(separator: " ", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
        return PersonNameParts(titles: titles, given: words.first.flatMap { $0.isEmpty ? nil : $0 },
                               family: words.count > 1 && !words[1].isEmpty ? words[1] : nil)
    }
}
