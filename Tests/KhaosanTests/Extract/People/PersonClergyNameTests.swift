import Testing
@testable import Khaosan
@testable import KhaosanCore
@testable import KhaosanExtract

/// Buddhist clergy in person mentions: the Supreme Patriarch's style (`persons-clergy.tsv`), an
/// ecclesiastical rank that is part of a monk's name (`person-clergy-rank-titles.txt`), a temple's name
/// that begins like a title (`person-title-false-leads.txt`) and เจ้าคณะ as a role. Sentences of the
/// thaigov archive (public domain), session 11.
@Suite struct PersonClergyNameTests {
    static let patriarch = "สมเด็จพระอริยวงศาคตญาณ สมเด็จพระสังฆราช สกลมหาสังฆปริณายก"

    @Test func theSupremePatriarchsStyleIsOneMention() throws {
        // thaigov-96747: the tagger read "สมเด็จพระอริยวง" and "สมเด็จพระสังฆราช สกลมหา" (ICU cut both words).
        let found = try personMentions("25/05/2568\nพิมพ์\n\(Self.patriarch) ทรงมีพระบัญชามอบหมายให้ สมเด็จพระมหาวีรวงศ์",
                                       lexicon: try Lexicon.bundled())
        let royal = found.filter { $0.source == "person.royal" }
        #expect(royal.map(\.text) == [Self.patriarch])
        #expect(royal.first?.value == Self.patriarch)
    }

    @Test func theLatePatriarchIsNotTheLivingOne() throws {
        // Articles recalling the 19th Supreme Patriarch write his name part before the shared style.
        let found = try personMentions("ถวายแด่สมเด็จพระญาณสังวร สมเด็จพระสังฆราช สกลมหาสังฆปริณายก และ", lexicon: try Lexicon.bundled())
        let royal = found.filter { $0.source == "person.royal" }
        #expect(royal.map(\.text) == ["สมเด็จพระญาณสังวร สมเด็จพระสังฆราช สกลมหาสังฆปริณายก"])
        #expect(royal.first?.value == "สมเด็จพระญาณสังวร สมเด็จพระสังฆราช สกลมหาสังฆปริณายก")
    }

    @Test func theSharedStyleDoesNotJoinAKingToThePatriarch() throws {
        // สังฆราช continues only a name whose canonical style contains it: a king before it stays alone.
        let found = try personMentions("พระบาทสมเด็จพระวชิรเกล้าเจ้าอยู่หัว สมเด็จพระสังฆราช สกลมหาสังฆปริณายก", lexicon: try Lexicon.bundled())
        #expect(found.filter { $0.source == "person.royal" }.map(\.text) == ["พระบาทสมเด็จพระวชิรเกล้าเจ้าอยู่หัว"])
    }

    @Test func anInstituteNamedAfterThePatriarchIsNoPerson() throws {
        // thaigov-95199: the person.royal run inside the institute's name is skipped (person-royal-name-heads.txt).
        let found = try personMentions("สถาบันเวชศาสตร์สมเด็จพระสังฆราชญาณสังวรเพื่อผู้สูงอายุ และกองทุนการออมแห่งชาติ", lexicon: try Lexicon.bundled())
        #expect(found.isEmpty)
        // thaigov-992, thaigov-7152: a library and an island named after a royal.
        #expect(try personMentions("ณ พิพิธภัณฑ์และหอสมุดสมเด็จฯ กรมพระยาดำรงราชานุภาพ วังวรดิศ", lexicon: try Lexicon.bundled()).isEmpty)
        #expect(try personMentions("จังหวัดกาญจนบุรี  เกาะสมเด็จญาณสังวร\nจังหวัดตาก", lexicon: try Lexicon.bundled()).isEmpty)
    }

    @Test func princeDamrongIsARoyalNotADepartment() throws {
        // thaigov-99576: "กรมพระยา…" was read as an ORG (head กรม) and the tagger cut "สมเด็จพระเจ้าบรมวงศ์|เธอ".
        let found = try personMentions("ให้สมเด็จพระเจ้าบรมวงศ์เธอ กรมพระยาดำรงราชานุภาพ เสนาบดีกระทรวงมหาดไทยคนแรก ทดลอง", lexicon: try Lexicon.bundled())
        let royal = found.filter { $0.source == "person.royal" }
        #expect(royal.map(\.text) == ["สมเด็จพระเจ้าบรมวงศ์เธอ กรมพระยาดำรงราชานุภาพ"])
        #expect(royal.first?.value == "สมเด็จพระเจ้าบรมวงศ์เธอ กรมพระยาดำรงราชานุภาพ")
    }

    @Test func anEcclesiasticalRankGluedToTheNameIsTheName() throws {
        // thaigov-92303: พระพรหมบัณฑิต is one monk; "บัณฑิต" with the title พระพรหม named a layman's given name.
        let found = try personMentions("เวลา 18.30 น. พระพรหมบัณฑิต กรรมการมหาเถรสมาคมและเจ้าอาวาสวัดประยุรวงศาวาส กล่าว")
        #expect(found.map(\.text) == ["พระพรหมบัณฑิต"])
        #expect(found.first?.person?.given == "พระพรหมบัณฑิต")
        #expect(found.first?.person?.titles == [])
        // พระมหา stays a title: the monk's own given name follows it.
        let scholar = try personMentions("โดยมี พระมหาวุฒิชัย วชิรเมธี เป็นประธาน")
        #expect(scholar.first?.person?.titles == ["พระมหา"])
        #expect(scholar.first?.person?.given == "วุฒิชัย")
    }

    @Test func aTempleNameIsNoPerson() throws {
        // thaigov-98302 and the 20k archive (15 person.title mentions of "พระมหาธาตุ…" after วัด).
        #expect(try personMentions("สักการะพระบรมสารีริกธาตุ ณ วัดพระมหาธาตุ อำเภอเมืองนครศรีธรรมราช จังหวัดยโสธร").isEmpty)
        #expect(try personMentions("ที่บริเวณถนนราชดำเนิน วัด พระมหาธาตุ วรมหาวิหาร อ.เมืองนครศรีธรรมราช").isEmpty)
        // จังหวัด ends with วัด but is no temple: the person after it stays.
        #expect(try personMentions("ผู้ว่าราชการจังหวัดนายสมชาย ใจดี กล่าว").map(\.text) == ["นายสมชาย ใจดี"])
    }

    @Test func aChiefMonksRoleIsNoFamilyName() throws {
        // thaigov-97404 style: "เจ้า" of เจ้าคณะ… was read as the family name.
        let found = try personMentions("ได้รับความเมตตาจาก สมเด็จพระมหารัชมงคลมุนี เจ้าคณะใหญ่หนกลาง กรรมการมหาเถรสมาคม")
        #expect(found.allSatisfy { $0.person?.family == nil })
        #expect(!found.map(\.text).contains { $0.hasSuffix("เจ้า") })
        // thaigov-64587: "รอง" of รองเจ้าคณะ… is no given name after ดร.
        #expect(try personMentions("พระครูวรพุทธาภิรักษ์ ดร. รองเจ้าคณะอำเภอเมืองยะลา เจ้าอาวาสวัดพุทธภูมิ").allSatisfy { $0.person?.given != "รอง" })
        // thaigov 20k: "รอง" glued before a role is no family name either; "ลี เซียน ลุง" keeps its last syllable.
        #expect(try personMentions("อ.นาแห้ว พระครูศรีธีราภรณ์ รองเจ้าคณะจังหวัดเลย เมตตา").map(\.text) == ["พระครูศรีธีราภรณ์"])
        #expect(try personMentions("พบกับ นายลีเซียน ลุง นายกรัฐมนตรีสิงคโปร์").first?.person?.family == "ลุง")
    }
}
