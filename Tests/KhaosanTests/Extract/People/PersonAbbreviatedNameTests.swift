import Testing
@testable import Khaosan
@testable import KhaosanCore

/// Names shortened with ไปยาลน้อย ("นายสุทธิพงษ์ฯ"): the span keeps ฯ (ThaiNER: "นายจตุพรฯ"), the given
/// name is read without it, and no family name follows. Sentences of the thaigov archive.
@Suite struct PersonAbbreviatedNameTests {
    @Test func faiYaNoiEndsTheNameBeforeAVerb() throws {
        // thaigov-932 (was "พล.อ. ประวิตรฯ เชิญชวนประชาชนทุกภาค" with that family name)
        let found = try personMentions("รองนายกรัฐมนตรี พล.อ. ประวิตรฯ เชิญชวนประชาชนทุกภาคส่วนร่วมกิจกรรมโครงการ")
        #expect(found.map(\.text) == ["พล.อ. ประวิตรฯ"])
        #expect(found.first?.person?.given == "ประวิตร" && found.first?.person?.family == nil)
        #expect(found.first?.person?.titles == ["พล.อ."])
    }

    @Test func faiYaNoiBeforeAShortVerb() throws {
        // thaigov-2012, thaigov-6306
        #expect(try personMentions("ของลูกหลานนักเรียน\nม.ล.ปนัดดาฯ คาดว่าโครงการโรงเรียนคุณธรรม").map(\.text) == ["ม.ล.ปนัดดาฯ"])
        let found = try personMentions("258,419 ล้านบาท\nนายกฤษฎาฯ สรุปว่า “การเร่งรัดการเบิกจ่าย")
        #expect(found.map(\.text) == ["นายกฤษฎาฯ"])
        #expect(found.first?.person == PersonNameParts(titles: ["นาย"], given: "กฤษฎา"))
    }

    @Test func laterMentionByGivenNameKeepsFaiYaNoi() throws {
        // thaigov-50247 (order changed: the full name first, then the shortened form without a title)
        let found = try personMentions("นายสุทธิพงษ์ จุลเจริญ ปลัดกระทรวงมหาดไทย กล่าว ต่อมา สุทธิพงษ์ฯ กล่าวเน้นย้ำ")
        #expect(found.map(\.text) == ["นายสุทธิพงษ์ จุลเจริญ", "สุทธิพงษ์ฯ"])
        #expect(found.last?.person?.given == "สุทธิพงษ์" && found.last?.person?.family == nil)
    }

    @Test func quotedShortenedNameIsNotAGivenFamilyPair() throws {
        #expect(try personMentions("“ประวิตรฯ เน้น” ให้ทุกหน่วยงาน").isEmpty)
    }
}
