import Testing
@testable import Khaosan
@testable import KhaosanExtract

/// Long forms found because an acronym follows them.
@Suite struct UndefinedLongFormFinderTests {
    @Test func broaderHeadBeforeAnAcronym() throws {
        // ThaiNER: "…ออสเตรเลีย จากองค์กรวิจัยวิทยาศาสตร์และอุตสาหกรรมแห่งเครือจักรภพ (CSIRO) ได้ออกมาแถลง…"
        let mentions = try OrganizationTestSupport.mentions(
            in: "ออสเตรเลีย จากองค์กรวิจัยวิทยาศาสตร์และอุตสาหกรรมแห่งเครือจักรภพ (CSIRO) ได้ออกมาแถลง", lexicon: Lexicon())
        #expect(mentions.map(\.text) == ["องค์กรวิจัยวิทยาศาสตร์และอุตสาหกรรมแห่งเครือจักรภพ", "CSIRO"])
        #expect(mentions.first?.attributes[MentionAttribute.acronym] == "CSIRO")
    }

    @Test func longFormBeforeหรือAndAnAcronym() throws {
        // ThaiNER: "…ตำรวจปราบปรามการทุจริตอาชญากรรมทางเทคโนโลยี หรือ ปอท. และเจ้าหน้าที่…"
        let mentions = try OrganizationTestSupport.mentions(
            in: "ตำรวจปราบปรามการทุจริตอาชญากรรมทางเทคโนโลยี หรือ ปอท. และเจ้าหน้าที่", lexicon: Lexicon())
        #expect(mentions.map(\.text) == ["ตำรวจปราบปรามการทุจริตอาชญากรรมทางเทคโนโลยี", "ปอท."])
    }

    @Test func shorterNameBeforeTheAcronymGrowsToTheHead() throws {
        // The head rule stops at "ใน"; the acronym shows the name goes on.
        let names = try OrganizationTestSupport.names(
            in: "ร่วมกับสำนักงานคณะกรรมการป้องกันและปราบปรามการทุจริตในภาครัฐ (ป.ป.ท.) อย่างใกล้ชิด", lexicon: Lexicon())
        #expect(names == ["สำนักงานคณะกรรมการป้องกันและปราบปรามการทุจริตในภาครัฐ", "ป.ป.ท."])
    }

    @Test func noHeadAndNoMatchingLettersGivesNothing() throws {
        #expect(try OrganizationTestSupport.names(in: "ผลการตรวจหาเชื้อด้วยชุดตรวจ (ATK) เป็นลบ", lexicon: Lexicon()).isEmpty)
    }
}
