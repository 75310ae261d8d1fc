import Foundation

/// Canonical matching keys of names: the form two names must share to be
/// merged without further evidence.
///
/// `normalize` lower-cases Latin letters and removes whitespace and
/// punctuation except `+` and `&` (which change meaning: "ASEAN+"), so
/// "UN-Habitat" ≡ "UN Habitat" and "อาเซียนบวก 3" ≡ "อาเซียนบวก3".
public enum NameKey {
    /// Place heads dropped from PLACE keys: "กรุงฮานอย" ≡ "ฮานอย",
    /// "จังหวัดพะเยา" ≡ "พะเยา", "ประเทศไทย" ≡ "ไทย". `เมือง`, `อำเภอ`, `ตำบล`
    /// stay: "เมืองพะเยา" is not the province "พะเยา".
    public static let placeHeads = ["จังหวัด", "ประเทศ", "กรุง"]

    /// The normalised form of `text` (see the type's documentation).
    public static func normalize(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in text.precomposedStringWithCanonicalMapping.unicodeScalars {
            let props = scalar.properties
            if props.isWhitespace || scalar == "\u{200B}" || scalar == "\u{FEFF}" { continue }
            if scalar == "+" || scalar == "&" { out.append(scalar); continue }
            if props.generalCategory == .otherPunctuation || props.generalCategory == .dashPunctuation
                || props.generalCategory == .openPunctuation || props.generalCategory == .closePunctuation
                || props.generalCategory == .initialPunctuation || props.generalCategory == .finalPunctuation
                || props.generalCategory == .connectorPunctuation {
                // Keep Thai signs that are letters in all but category (ฯ, ๆ are Lo/Lm).
                continue
            }
            if scalar.isASCII, let lower = props.lowercaseMapping.unicodeScalars.first,
               props.lowercaseMapping.unicodeScalars.count == 1 {
                out.append(lower)
            } else {
                out.append(scalar)
            }
        }
        return String(out)
    }

    /// The matching key of a mention's name under `label` (no document scope):
    /// PERSON without titles, PLACE without a leading head, EVENT without a
    /// subtitle after ": ".
    public static func key(for label: MentionLabel, text: String, person: PersonNameParts? = nil) -> String {
        switch label {
        case .person:
            return normalize(personName(text: text, person: person))
        case .place:
            let key = normalize(text)
            for head in placeHeads where key.hasPrefix(head) && key.count > head.count + 1 {
                return String(key.dropFirst(head.count))
            }
            return key
        case .event:
            return normalize(eventMainTitle(text))
        case .organization, .date:
            return normalize(text)
        }
    }

    /// The name of a person without titles: "given family" from `person`, else split from `text`.
    public static func personName(text: String, person: PersonNameParts?) -> String {
        let parts = (person?.given != nil) ? person! : PersonTitles.parts(of: text)
        let name = [parts.given, parts.family].compactMap { $0 }.joined(separator: " ")
        return name.isEmpty ? PersonTitles.split(text).name : name
    }

    /// The part of an event name before a subtitle ("Forum 2023: Urban …" → "Forum 2023"),
    /// when that part is at least 8 scalars long.
    public static func eventMainTitle(_ text: String) -> String {
        guard let colon = text.range(of: ": ") ?? text.range(of: " : ") else { return text }
        let main = text[..<colon.lowerBound].trimmingCharacters(in: .whitespaces)
        return main.unicodeScalars.count >= 8 ? main : text
    }

    /// True when `text` looks like an acronym: short, no spaces, mostly capitals
    /// or Thai letters with dots ("บพท.", "UNDP", "UN-Habitat" is not one).
    public static func isAcronym(_ text: String) -> Bool {
        let scalars = Array(text.unicodeScalars)
        guard scalars.count >= 2, scalars.count <= 12, !scalars.contains(" ") else { return false }
        let latinUpper = scalars.filter { $0.properties.isUppercase }.count
        let latinLower = scalars.filter { $0.properties.isLowercase }.count
        if latinUpper >= 2 && latinLower <= 1 { return true }
        let dots = scalars.filter { $0 == "." }.count
        return dots >= 1 && scalars.allSatisfy { ($0.value >= 0x0E01 && $0.value <= 0x0E5B) || $0 == "." }
    }
}
