/// Chooses schema.org types for an entity: the lexicon's `type` when it has one,
/// else a subtype only where the name's head makes it sure.
enum EntityTyping {
    static let universityHeads = ["มหาวิทยาลัย", "วิทยาลัย", "University", "College"]
    static let governmentHeads = ["กระทรวง", "กรม", "องค์การบริหารส่วน", "เทศบาล", "สำนักงานจังหวัด",
                                  "ศาลากลางจังหวัด", "สำนักนายกรัฐมนตรี", "Ministry of", "Department of"]

    static func types(label: MentionLabel, names: [String], known: KnownEntity?) -> [String] {
        if let type = known?.schemaType, !type.isEmpty { return [type] }
        switch label {
        case .person: return ["Person"]
        case .event: return ["Event"]
        case .date: return ["time:TemporalEntity"]
        case .organization:
            if names.contains(where: { n in universityHeads.contains { n.hasPrefix($0) } }) { return ["CollegeOrUniversity"] }
            if names.contains(where: { n in governmentHeads.contains { n.hasPrefix($0) } }) { return ["GovernmentOrganization"] }
            return ["Organization"]
        case .place:
            if names.contains(where: { $0.hasPrefix("ประเทศ") }) { return ["Country"] }
            if names.contains(where: { $0.hasPrefix("กรุง") }) { return ["City"] }
            if names.contains(where: { n in ["จังหวัด", "อำเภอ", "ตำบล"].contains { n.hasPrefix($0) } }) {
                return ["AdministrativeArea"]
            }
            return ["Place"]
        }
    }
}
