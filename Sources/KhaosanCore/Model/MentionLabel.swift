/// The type of thing a mention refers to (ThaiNER-style labels).
public enum MentionLabel: String, Codable, Sendable, CaseIterable, Comparable {
    case person = "PERSON"
    case organization = "ORG"
    case place = "PLACE"
    case date = "DATE"
    case event = "EVENT"

    public static func < (lhs: MentionLabel, rhs: MentionLabel) -> Bool { lhs.rawValue < rhs.rawValue }
}
