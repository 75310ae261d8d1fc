import KhaosanCore
import KhaosanResolve

/// Chooses schema.org types for an entity: the lexicon's `type` when it has one
/// and it is a schema.org type of the entity's label, else a subtype only where
/// the name's head makes it sure.
enum EntityTyping {
    /// The schema.org types a lexicon or mention may give, per label; anything else
    /// (e.g. `type=royal` in a person list) never reaches `@type`.
    static let allowedTypes: [MentionLabel: Set<String>] = [
        .person: ["Person"],
        .organization: ["Organization", "GovernmentOrganization", "CollegeOrUniversity", "EducationalOrganization",
                        "NGO", "Corporation", "PoliticalParty", "SportsOrganization", "NewsMediaOrganization",
                        "MedicalOrganization", "Hospital", "ResearchOrganization", "Consortium", "Project"],
        .place: ["Place", "Country", "City", "AdministrativeArea", "State", "Continent", "LandmarksOrHistoricalBuildings",
                 "TouristAttraction", "Airport", "Hospital", "School", "CivicStructure", "BodyOfWater", "Mountain"],
        .event: ["Event"],
        .date: [],
    ]

    /// `type` when it is a schema.org type allowed for `label`, else nil.
    static func accepted(_ type: String?, label: MentionLabel) -> String? {
        guard let type, allowedTypes[label]?.contains(type) == true else { return nil }
        return type
    }

    static let universityHeads = ["มหาวิทยาลัย", "วิทยาลัย", "University", "College"]
    static let governmentHeads = ["กระทรวง", "กรม", "องค์การบริหารส่วน", "เทศบาล", "สำนักงานจังหวัด",
                                  "ศาลากลางจังหวัด", "สำนักนายกรัฐมนตรี", "Ministry of", "Department of"]

    static func types(label: MentionLabel, names: [String], known: KnownEntity?) -> [String] {
        if let type = accepted(known?.schemaType, label: label) { return [type] }
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
