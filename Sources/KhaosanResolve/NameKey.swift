import Foundation
import KhaosanCore
import KhaosanText

/// Canonical matching keys of names: the form two names must share to be
/// merged without further evidence.
///
/// `normalize` lower-cases Latin letters and removes whitespace and
/// punctuation (and ASCII symbols) except `+` and `&` (which change meaning: "ASEAN+"), so
/// "UN-Habitat" ≡ "UN Habitat" and "อาเซียนบวก 3" ≡ "อาเซียนบวก3".
public enum NameKey {
    /// Place heads dropped from PLACE keys: "กรุงฮานอย" ≡ "ฮานอย",
    /// "จังหวัดพะเยา" ≡ "พะเยา", "ประเทศไทย" ≡ "ไทย". `เมือง`, `อำเภอ`, `ตำบล`
    /// stay: "เมืองพะเยา" is not the province "พะเยา".
    public static let placeHeads = ["จังหวัด", "ประเทศ", "กรุง"]

    /// The normalised form of `text` (see the type's documentation).
    public static func normalize(_ text: String) -> String {
        // Thai has no canonical compositions (sara am is a compatibility one) and ASCII
        // none at all: only other scripts need NFC first.
        let needsNFC = text.unicodeScalars.contains { !$0.isASCII && !(0x0E00...0x0E7F).contains($0.value) }
        let source = needsNFC ? text.precomposedStringWithCanonicalMapping : text
        var out = String.UnicodeScalarView()
        var previous: UInt32 = 0
        for scalar in source.unicodeScalars {
            let value = scalar.value
            defer { previous = value }
            // Typed look-alikes the text normaliser folds too: "เเ" (two sara e) is "แ", and
            // a nikhahit before sara aa is sara am.
            if value == 0x0E40, previous == 0x0E40, let last = out.last, last.value == 0x0E40 {
                out.removeLast(); out.append("\u{0E41}"); continue
            }
            if value == 0x0E32, previous == 0x0E4D, let last = out.last, last.value == 0x0E4D {
                out.removeLast(); out.append("\u{0E33}"); continue
            }
            if ScalarClass.isThaiLetterOrSign(scalar) || (0x0E50...0x0E59).contains(value) { out.append(scalar); continue }
            if scalar.isASCII {
                switch value {
                case 0x41...0x5A: out.append(Unicode.Scalar(value + 0x20)!)
                case 0x61...0x7A, 0x30...0x39, 0x2B, 0x26: out.append(scalar)   // letters, digits, + &
                default: break                                                  // spaces, punctuation, symbols
                }
                continue
            }
            let props = scalar.properties
            if props.isWhitespace || scalar == "\u{200B}" || scalar == "\u{FEFF}" { continue }
            switch props.generalCategory {
            case .otherPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
                 .initialPunctuation, .finalPunctuation, .connectorPunctuation, .format:
                continue
            default:
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
            let key = templeName(normalize(expandingPlaceHead(text)))
            for head in placeHeads where key.hasPrefix(head) && key.count > head.count + 1 {
                return String(key.dropFirst(head.count))
            }
            return key
        case .event:
            return normalize(eventMainTitle(text))
        case .organization:
            var key = companyName(normalize(text))
            // "(องค์การมหาชน)" (public organisation) is a designation written after some names, not part of them.
            if key.hasSuffix(publicOrganization), key.unicodeScalars.count > publicOrganization.unicodeScalars.count + 4 {
                key = String(key.unicodeScalars.dropLast(publicOrganization.unicodeScalars.count))
            }
            // "กระทรวงการคลัง" ≡ "กระทรวงคลัง": ministries are written with and without การ.
            return key.hasPrefix("กระทรวงการ") && key.unicodeScalars.count > 12
                ? "กระทรวง" + key.dropFirst("กระทรวงการ".count) : key
        case .date:
            return normalize(text)
        }
    }

    /// The designation of a Thai public organisation, dropped from ORG keys.
    static let publicOrganization = "องค์การมหาชน"

    /// A normalised PLACE key of a temple without its royal grade ("วัดไตรมิตรวิทยารามวรวิหาร" ≡
    /// "วัดไตรมิตรวิทยาราม"): the grade is written after the name only some of the time.
    static func templeName(_ key: String) -> String {
        guard key.hasPrefix("วัด") else { return key }
        for grade in templeGrades where key.hasSuffix(grade) {
            let name = key.dropLast(grade.count)
            return name.unicodeScalars.count >= 6 ? String(name) : key
        }
        return key
    }

    /// Royal temple grades written after a temple's name, longest first.
    static let templeGrades = ["ราชวรมหาวิหาร", "ราชวรวิหาร", "วรมหาวิหาร", "วรวิหาร", "พระอารามหลวง"]

    /// A normalised ORG key without the designations of a Thai company: "บริษัท อสมท จำกัด (มหาชน)",
    /// "บมจ. อสมท" and "อสมท" are one company (บมจ. = บริษัทมหาชนจำกัด, a public limited company).
    /// "บริษัท" alone is also a common noun ("บริษัทพลังงาน", an energy company): it counts as a
    /// designation only with จำกัด after the name. A key that would keep under 2 scalars stays whole.
    static func companyName(_ key: String) -> String {
        var name = Substring(key)
        if name.hasPrefix(publicCompany) {
            name = name.dropFirst(publicCompany.count)
        } else if name.hasPrefix(company), let suffix = companySuffixes.first(where: { name.hasSuffix($0) }) {
            name = name.dropFirst(company.count).dropLast(suffix.count)
        } else {
            return key
        }
        if let suffix = companySuffixes.first(where: { name.hasSuffix($0) }) { name = name.dropLast(suffix.count) }
        return name.unicodeScalars.count >= 2 ? String(name) : key
    }

    /// The designation of a public limited company before its name (normalised "บมจ.").
    static let publicCompany = "บมจ"
    /// "Company", before a company's name.
    static let company = "บริษัท"
    /// Company designations after the name (normalised), longest first.
    static let companySuffixes = ["จำกัดมหาชน", "จำกัด"]

    /// Abbreviated place heads written out, so "อ.เสนา" ≡ "อำเภอเสนา" and "จ.ยะลา" ≡ "ยะลา"
    /// (the dot is what tells the abbreviation from a name that starts with the letter).
    static let abbreviatedPlaceHeads: [(String, String)] = [
        ("จว.", "จังหวัด"), ("จ.", "จังหวัด"), ("อ.", "อำเภอ"), ("ต.", "ตำบล"), ("ถ.", "ถนน"),
    ]

    static func expandingPlaceHead(_ text: String) -> String {
        for (abbreviation, head) in abbreviatedPlaceHeads where text.hasPrefix(abbreviation) {
            let rest = text.dropFirst(abbreviation.count).drop(while: { $0 == " " || $0 == "\u{00A0}" })
            return rest.isEmpty ? text : head + rest
        }
        return text
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
