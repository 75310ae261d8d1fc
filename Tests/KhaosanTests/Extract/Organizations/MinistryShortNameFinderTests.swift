import Testing
@testable import Khaosan
@testable import KhaosanExtract

@Suite struct MinistryShortNameFinderTests {
    static let lexicon = try! Lexicon(parsing: """
        ORG\tกระทรวงสาธารณสุข\tสธ.
        ORG\tกระทรวงการคลัง\t
        ORG\tกระทรวงเกษตรและสหกรณ์\tกระทรวงเกษตรฯ
        """, origin: "test")

    @Test func shortFormAfterAMinisterTitle() throws {
        // ThaiNER: "นายแพทย์มงคล ณ สงขลา รมว.สาธารณสุข กล่าวว่า" → ORG "สาธารณสุข".
        let mentions = try OrganizationTestSupport.mentions(in: "นายแพทย์มงคล ณ สงขลา รมว.สาธารณสุข กล่าวว่า", lexicon: Self.lexicon)
        #expect(mentions.map(\.text) == ["สาธารณสุข"])
        #expect(mentions.first?.attributes[MentionAttribute.lexiconName] == "กระทรวงสาธารณสุข")
        #expect(try OrganizationTestSupport.names(in: "นายธีระ รมช.เกษตรและสหกรณ์ เผยว่า", lexicon: Self.lexicon) == ["เกษตรและสหกรณ์"])
        #expect(try OrganizationTestSupport.names(in: "อดีตรมว.คลัง ให้ความเห็น", lexicon: Self.lexicon) == ["คลัง"])
    }

    @Test func shortFormAloneIsACommonNoun() throws {
        #expect(try OrganizationTestSupport.names(in: "เจ้าหน้าที่สาธารณสุขฉีดพ่นสารเคมี", lexicon: Self.lexicon).isEmpty)
    }
}
