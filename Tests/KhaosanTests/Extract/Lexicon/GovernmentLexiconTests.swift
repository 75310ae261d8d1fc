import Testing
@testable import Khaosan
@testable import KhaosanCore
@testable import KhaosanExtract

/// The government-body lexicon mined from the thaigov archive (organizations-government.tsv)
/// and the ambiguous-acronym list beside it (org-ambiguous-acronyms.txt).
@Suite struct GovernmentLexiconTests {
    static let ministries = ["กระทรวงกลาโหม", "กระทรวงการคลัง", "กระทรวงการต่างประเทศ", "กระทรวงการท่องเที่ยวและกีฬา",
                             "กระทรวงการพัฒนาสังคมและความมั่นคงของมนุษย์", "กระทรวงเกษตรและสหกรณ์", "กระทรวงคมนาคม",
                             "กระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม", "กระทรวงทรัพยากรธรรมชาติและสิ่งแวดล้อม",
                             "กระทรวงพลังงาน", "กระทรวงพาณิชย์", "กระทรวงมหาดไทย", "กระทรวงยุติธรรม", "กระทรวงแรงงาน",
                             "กระทรวงวัฒนธรรม", "กระทรวงศึกษาธิการ", "กระทรวงสาธารณสุข", "กระทรวงอุตสาหกรรม",
                             "กระทรวงการอุดมศึกษา วิทยาศาสตร์ วิจัยและนวัตกรรม", "สำนักนายกรัฐมนตรี"]

    @Test func minedEntriesLoadWithProvenance() throws {
        let mined = try Lexicon.bundled().entries.filter { $0.origin.hasPrefix("organizations-government.tsv") }
        #expect(mined.count >= 200)
        #expect(mined.allSatisfy { $0.label == .organization && $0.properties["source"] == "thaigov" })
        #expect(mined.allSatisfy { ($0.properties["ex"]?.split(separator: ",").count ?? 0) >= 1 })
        #expect(mined.contains { $0.name == "กรมทางหลวงชนบท" })
        #expect(mined.contains { $0.name == "กรมพัฒนาสังคมและสวัสดิการ" && $0.aliases.contains("พส.") })
        let cabinet = try #require(try Lexicon.bundled().entries(labeled: .organization).first { $0.name == "คณะรัฐมนตรี" })
        #expect(cabinet.aliases.contains("ครม.") && cabinet.english != nil)
    }

    /// Resolution takes one lexicon entry's properties per node: a name in two entries would
    /// drop one entry's English name, Wikidata id and aliases, or chain two bodies.
    @Test func everyOrganisationNameIsInOneEntry() throws {
        var owner: [String: String] = [:]
        for entry in try Lexicon.bundled().entries(labeled: .organization) {
            for name in entry.allNames {
                let previous = owner.updateValue(entry.origin, forKey: name)
                #expect(previous == nil, "\(name): \(previous ?? "") and \(entry.origin)")
            }
        }
    }

    @Test func ambiguousAcronymsAreListedAndNeverAliases() throws {
        let ambiguous = try AmbiguousAcronyms.bundled()
        #expect(ambiguous.contains("ทช."))
        #expect(ambiguous.longForms["ทช."]?.contains("กรมทางหลวงชนบท") == true)
        #expect(ambiguous.longForms["ทช."]?.contains("กรมทรัพยากรทางทะเลและชายฝั่ง") == true)
        #expect(ambiguous.contains("กพร."))
        #expect(!ambiguous.contains("ครม."))
        for entry in try Lexicon.bundled().entries(labeled: .organization) {
            let listed = entry.aliases.filter(ambiguous.contains)
            #expect(listed.isEmpty, "\(entry.origin): \(entry.name) has ambiguous aliases \(listed)")
        }
    }

    /// Entries that share a name become one node in resolution: no chain of shared names may
    /// join two ministries.
    @Test func sharedNamesNeverJoinTwoMinistries() throws {
        var root: [String: String] = [:]
        func find(_ name: String) -> String {
            var x = name
            while let parent = root[x], parent != x { x = parent }
            return x
        }
        for entry in try Lexicon.bundled().entries(labeled: .organization) {
            for name in entry.aliases {
                let a = find(entry.name), b = find(name)
                if a != b { root[max(a, b)] = min(a, b) }
            }
        }
        let components = Self.ministries.map(find)
        #expect(Set(components).count == Self.ministries.count)
    }

    @Test func cabinetIsExtractedWithoutAHeadWord() throws {
        let text = "ที่ประชุมคณะรัฐมนตรี (ครม.) มีมติเห็นชอบ ต่อมา ครม.เห็นชอบอีกครั้ง ส่วน ครม.เศรษฐกิจ จะประชุมที่รัฐสภา"
        let found = try OrganizationTestSupport.mentions(in: text)
        #expect(found.map(\.text) == ["คณะรัฐมนตรี", "ครม.", "ครม.", "ครม.เศรษฐกิจ", "รัฐสภา"])
        // The long form carries its defined acronym; both uses of the acronym name the lexicon entry.
        #expect(found[0].attributes[MentionAttribute.acronym] == "ครม.")
        #expect(found[1...2].allSatisfy { $0.attributes[MentionAttribute.lexiconName] == "คณะรัฐมนตรี" })
        #expect(found[3].attributes[MentionAttribute.lexiconName] == "คณะรัฐมนตรีเศรษฐกิจ")
    }

    /// Government House is a place in the gold registry (E077), not a body.
    @Test func governmentHouseIsAPlace() throws {
        let lexicon = try Lexicon.bundled()
        #expect(lexicon.entries(labeled: .place).contains { $0.name == "ทำเนียบรัฐบาล" })
        #expect(!lexicon.entries(labeled: .organization).contains { $0.allNames.contains("ทำเนียบรัฐบาล") })
    }

    @Test func listParsingSkipsCommentsAndUnitNotesAndNamesBadLines() throws {
        let text = "# comment\nกก.\tกระทรวงการท่องเที่ยวและกีฬา (22: thaigov-1,thaigov-2) | กิโลกรัม (6: thaigov-3) | "
            + "a unit after a number in 5 of 50 uses\n"
        let list = try AmbiguousAcronyms(parsing: text, origin: "t.txt")
        #expect(list.longForms == ["กก.": ["กระทรวงการท่องเที่ยวและกีฬา", "กิโลกรัม"]])
        #expect(throws: InputError.self) { _ = try AmbiguousAcronyms(parsing: "ทช. no tab\n", origin: "t.txt") }
    }
}
