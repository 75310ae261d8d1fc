import Testing
@testable import Khaosan
@testable import KhaosanCore
@testable import KhaosanResolve

/// Names one letter or one head apart that are different things (graph review, session 9: records
/// 8,001–10,000 of thaigov-20k).
@Suite struct EntityResolverLinkGuardTests {
    typealias T = EntityResolverTests

    @Test func committeesOfAcronymsOneLetterApartStayApart() {
        // thaigov-49190 "คณะกรรมการ อสป." (the Fish Marketing Organization's board) and thaigov-51104
        // "คณะกรรมการ อ.ส.ค." (the Dairy Promotion Organization's) were one node, and so were the boards
        // of ป.ป.ช., ป.ป.ท. and ธปท.
        let docs = [T.document("a", [T.mention("คณะกรรมการ อสป.", .organization, at: 0)]),
                    T.document("b", [T.mention("คณะกรรมการ อ.ส.ค.", .organization, at: 0)]),
                    T.document("c", [T.mention("คณะกรรมการ ป.ป.ช.", .organization, at: 0)]),
                    T.document("d", [T.mention("คณะกรรมการ ป.ป.ท.", .organization, at: 0)])]
        #expect(T.groups(docs).count == 4)
        // A long name one typo apart still merges.
        let typo = [T.document("a", [T.mention("กระทรวงสาธารณสุข", .organization, at: 0)]),
                    T.document("b", [T.mention("กระทรวงสาธาณสุข", .organization, at: 0)])]
        #expect(T.groups(typo).count == 1)
    }

    @Test func aDistrictNamedLikeItsProvinceIsNotTheProvince() {
        // thaigov-45313: the gazetteer gives "อำเภอพระนครศรีอยุธยา" the canonical name of the province it lies in.
        let attributes = [MentionAttribute.containedIn: "พระนครศรีอยุธยา"]
        let docs = [T.document("a", [T.mention("อำเภอพระนครศรีอยุธยา", .place, at: 0, attributes: attributes, value: "พระนครศรีอยุธยา"),
                                     T.mention("จังหวัดพระนครศรีอยุธยา", .place, at: 30, attributes: attributes, value: "พระนครศรีอยุธยา")]),
                    T.document("b", [T.mention("อ.พระนครศรีอยุธยา", .place, at: 0, attributes: attributes, value: "พระนครศรีอยุธยา"),
                                     T.mention("พระนครศรีอยุธยา", .place, at: 30, attributes: attributes, value: "พระนครศรีอยุธยา")])]
        #expect(T.groups(docs) == [["อำเภอพระนครศรีอยุธยา", "อ.พระนครศรีอยุธยา"], ["จังหวัดพระนครศรีอยุธยา", "พระนครศรีอยุธยา"]])
        // Another district still joins its canonical name.
        let other = [T.document("a", [T.mention("อ.บ้านแพ้ว", .place, at: 0, attributes: [.containedIn: "สมุทรสาคร"], value: "บ้านแพ้ว"),
                                      T.mention("บ้านแพ้ว", .place, at: 20)])]
        #expect(T.groups(other).count == 1)
    }

    @Test func aBodyNamedWithAnotherPlaceIsNotTheBody() {
        // thaigov-52530 "วท.สัตหีบ" (a technical college) was the Ministry of Science; "ตร.เมียนมา" (Myanmar's
        // police) was the Royal Thai Police; "ศุลกากรหนองคาย" is the customs house there.
        let ministry = "กระทรวงวิทยาศาสตร์และเทคโนโลยี"
        let docs = [T.document("a", [T.mention(ministry, .organization, at: 0),
                                     T.mention("วท.สัตหีบ", .organization, at: 40,
                                               attributes: [.lexiconName: ministry, .location: "สัตหีบ"])]),
                    T.document("b", [T.mention("ตร.เมียนมา", .organization, at: 0,
                                               attributes: [.lexiconName: "สำนักงานตำรวจแห่งชาติ", .location: "เมียนมา"]),
                                     T.mention("สำนักงานตำรวจแห่งชาติ", .organization, at: 30)])]
        #expect(T.groups(docs) == [[ministry], ["วท.สัตหีบ"], ["ตร.เมียนมา"], ["สำนักงานตำรวจแห่งชาติ"]])
        // With Thailand as the place it is the body itself.
        let thai = [T.document("a", [T.mention("อย.ไทย", .organization, at: 0,
                                               attributes: [.lexiconName: "สำนักงานคณะกรรมการอาหารและยา", .location: "ไทย"]),
                                     T.mention("สำนักงานคณะกรรมการอาหารและยา", .organization, at: 30)])]
        #expect(T.groups(thai).count == 1)
    }
}
