import Testing
@testable import Khaosan
@testable import KhaosanCore
@testable import KhaosanExtract

/// Royal names (`PersonRoyalNames`, `persons-royal.tsv`) on sentences of the thaigov archive.
@Suite struct PersonRoyalNamesTests {
    static let rama9 = "พระบาทสมเด็จพระบรมชนกาธิเบศร มหาภูมิพลอดุลยเดชมหาราช บรมนาถบพิตร"
    static let rama10 = "พระบาทสมเด็จพระวชิรเกล้าเจ้าอยู่หัว"
    static let sirikit = "สมเด็จพระนางเจ้าสิริกิติ์ พระบรมราชินีนาถ พระบรมราชชนนีพันปีหลวง"

    private func royals(_ text: String) throws -> [Mention] {
        try personMentions(text, lexicon: try Lexicon.bundled())
    }

    @Test func wholeRunOfTitlesIsOneMentionValuedWithTheCanonicalName() throws {
        // thaigov-1860: two kings joined by และ are two mentions; the first is not title พระ + given "บาทสมเด็จ…".
        let found = try royals("โอกาสนี้พลเรือเอกแฮร์รีฯ แสดงความเสียใจต่อการสวรรคตของพระบาทสมเด็จพระปรมินทรมหาภูมิพลอดุลยเดช และถวายพระพรสมเด็จพระเจ้าอยู่หัวมหาวชิราลงกรณ บดินทรเทพยวรางกูร")
        let royal = found.filter { $0.source == "person.royal" }
        #expect(royal.map(\.text) == ["พระบาทสมเด็จพระปรมินทรมหาภูมิพลอดุลยเดช", "สมเด็จพระเจ้าอยู่หัวมหาวชิราลงกรณ บดินทรเทพยวรางกูร"])
        #expect(royal.map(\.value) == [Self.rama9, Self.rama10])
        #expect(royal.first?.person == PersonNameParts(given: "พระบาทสมเด็จพระปรมินทรมหาภูมิพลอดุลยเดช"))
    }

    @Test func kingRamaIIsOneName() throws {
        // Session 10, 2,000 thaigov articles: the tagger read the tail จุฬาโลกมหาราช as a PLACE 41 times.
        let found = try royals("เนื่องในวันที่ระลึกพระบาทสมเด็จพระพุทธยอดฟ้าจุฬาโลกมหาราชและวันที่ระลึกมหาจักรีบรมราชวงศ์")
        let royal = found.filter { $0.source == "person.royal" }
        #expect(royal.map(\.text) == ["พระบาทสมเด็จพระพุทธยอดฟ้าจุฬาโลกมหาราช"])
        #expect(royal.first?.value == "พระบาทสมเด็จพระพุทธยอดฟ้าจุฬาโลกมหาราช")
    }

    @Test func trailingEpithetsAcrossSpacesBelongToTheName() throws {
        // thaigov-22211
        let found = try royals("ซึ่งเป็นเพลงพระราชนิพนธ์ในพระบาทสมเด็จพระบรมชนกาธิเบศร มหาภูมิพลอดุลยเดชมหาราช บรมนาถบพิตร ทรงพระราชนิพนธ์เมื่อ พ.ศ. 2495")
        #expect(found.map(\.text) == [Self.rama9])
        #expect(found.first?.value == Self.rama9)
    }

    @Test func reignNumberNamesTheKing() throws {
        // thaigov-1027
        let found = try royals("ว่า สมเด็จพระเจ้าอยู่หัวรัชกาลที่ 10 ทรงมีรับสั่งกับนายกรัฐมนตรีและรัฐมนตรี")
        #expect(found.map(\.text) == ["สมเด็จพระเจ้าอยู่หัวรัชกาลที่ 10"])
        #expect(found.first?.value == Self.rama10)
    }

    @Test func queenWithReignSuffixStaysTheQueen() throws {
        // thaigov-14020: "ในรัชกาลที่ 9" after the queen's titles is part of her name, not the king.
        let found = try royals("อุทิศถวายในหลวงรัชกาลที่ 9 และเจริญพระพุทธมนต์ถวายพระพรชัยมงคล สมเด็จพระนางเจ้าฯ พระบรมราชินีนาถ ในรัชกาลที่ 9 และสมเด็จพระเจ้าอยู่หัว")
        let royal = found.filter { $0.source == "person.royal" }
        #expect(royal.map(\.text) == ["ในหลวงรัชกาลที่ 9", "สมเด็จพระนางเจ้าฯ พระบรมราชินีนาถ ในรัชกาลที่ 9"])
        #expect(royal.map(\.value) == [Self.rama9, Self.sirikit])
    }

    @Test func spacedFormsAndTheSpaceBeforeFaiYaNoi() throws {
        // thaigov-25291
        let found = try royals("จัดงานสโมสรสันนิบาตเฉลิมพระเกียรติ สมเด็จพระกนิษฐาธิราชเจ้า กรมสมเด็จพระเทพรัตนราชสุดา ฯ สยามบรมราชกุมารี\nรัฐบาล")
        #expect(found.map(\.text) == ["สมเด็จพระกนิษฐาธิราชเจ้า กรมสมเด็จพระเทพรัตนราชสุดา ฯ สยามบรมราชกุมารี"])
        #expect(found.first?.value == "สมเด็จพระกนิษฐาธิราชเจ้า กรมสมเด็จพระเทพรัตนราชสุดาฯ สยามบรมราชกุมารี")
    }

    @Test func royalNamesInsideOrganisationAndFacilityNamesAreNotPeople() throws {
        // thaigov-5308, thaigov-2124, thaigov-1368
        #expect(try royals("ร่วมกับมูลนิธิสวนสมเด็จพระนางเจ้าสิริกิติ์ฯ พร้อมด้วยกระทรวง").isEmpty)
        #expect(try royals("ณ ห้อง Meeting room 1-2 ศูนย์การประชุมแห่งชาติสิริกิติ์ ถนนรัชดาภิเษก").isEmpty)
        #expect(try royals("ชั้นปีที่ 4 โรงเรียนนายร้อยพระจุลจอมเกล้า พร้อมมอบของที่ระลึก").isEmpty)
    }

    @Test func aRunWithoutAName() throws {
        let names = PersonRoyalNames(entries: [], titleLines: ["สมเด็จ\tstarts", "พระ\tweak"], epithets: ["พระเจ้าอยู่หัว"], heads: [])
        let scalars = Array("สมเด็จพระเจ้าอยู่หัว ทรงห่วงใย".unicodeScalars)
        #expect(names.match(in: scalars, at: 0, isWordEnd: { _ in true }) == nil)
    }
}
