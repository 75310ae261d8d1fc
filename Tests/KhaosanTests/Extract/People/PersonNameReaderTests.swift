import Testing
@testable import Khaosan
@testable import KhaosanCore
@testable import KhaosanText
@testable import KhaosanExtract

func nameReader(_ text: String) throws -> PersonNameReader {
    let scalars = Array(text.unicodeScalars)
    let tokens = try Segmenter().tokens(of: scalars)
    return PersonNameReader(scalars: scalars, boundaries: TokenBoundaries(tokens: tokens, length: scalars.count),
                            lists: .bundled)
}

@Suite struct PersonNameReaderTests {
    @Test func stackedTitlesWithoutSpaces() throws {
        let reader = try nameReader("ผศ.น.สพ.ดร.ทวีศักดิ์ ศิรินฤมิตร")
        let chain = try #require(reader.titleChain(at: 0))
        #expect(chain.titles == [ScalarRange(0, 3), ScalarRange(3, 8), ScalarRange(8, 11)])
        let name = try #require(reader.readName(at: chain.end))
        #expect(name.given == ScalarRange(11, 20))
        #expect(name.family == ScalarRange(21, 31))
    }

    @Test func chainOnlyTitleNeedsAnotherTitle() throws {
        #expect(try nameReader("อ.ดร.อธิป เหลืองไพโรจน์").titleChain(at: 0)?.titles.count == 2)
        #expect(try nameReader("อ.เมือง จ.ยะลา").titleChain(at: 0) == nil)
    }

    @Test func familyNameIsNotAVerb() throws {
        let reader = try nameReader("นายบรรหาร กล่าวว่า")
        let name = try #require(reader.readName(at: 3))
        #expect(name.family == nil)
    }

    @Test func familyNameStartingWithAConjunctionBeforeARole() throws {
        // thaigov-26161 and others: จึงรุ่งเรืองกิจ begins with จึง ("then") but is the family name.
        let reader = try nameReader("นายสุริยะ จึงรุ่งเรืองกิจ รัฐมนตรีว่าการกระทรวงอุตสาหกรรม")
        let name = try #require(reader.readName(at: 3))
        #expect(name.family == ScalarRange(10, 25))
        #expect(try nameReader("(นายสุริยะ จึงรุ่งเรืองกิจ) ที่ได้มอบ").readName(at: 4)?.family == ScalarRange(11, 26))
        // A clause after the name stays out of it, with or without a role after it.
        #expect(try nameReader("นายสุริยะ จึงเดินทางไป รัฐมนตรีว่าการ").readName(at: 3)?.family == nil)
        #expect(try nameReader("นายสุริยะ จึงรุ่งเรืองกิจ กล่าวว่า").readName(at: 3)?.family == nil)
    }

    @Test func roleNayokIsNotTitleNaiPlusAName() throws {
        // thaigov-5013, thaigov-8427 (public domain): นายก followed by a word or an organisation head is the role.
        #expect(try nameReader("นายกได้มีข้อความสารแสดงความยินดี").titleEnd(at: 0) == nil)
        #expect(try nameReader("นายกองค์กรบริหารส่วนจังหวัดสงขลา กล่าวว่า").titleEnd(at: 0) == nil)
        // thaigov-7036 and thainer-train: a name continuing the word is นาย + name, even where ICU cuts นายก|มล.
        #expect(try nameReader("นายกฤชเทพ สิมลี รองปลัดกระทรวงคมนาคม").titleEnd(at: 0) == 3)
        #expect(try nameReader("นายกมล เจริญเกษ").titleEnd(at: 0) == 3)
        // thaigov archive (session 3 review): a leading vowel after นายก starts the name; the role is นายก.
        #expect(try nameReader("นายกแพทองธาร ชินวัตร").titleEnd(at: 0) == nil)
        #expect(try nameReader("นายกเศรษฐา ทวีสิน").titleEnd(at: 0) == nil)
    }
}

/// Given and family names written with two spaces or no-break spaces between them.
@Suite struct PersonNameSpacingTests {
    @Test func twoSpacesBetweenGivenAndFamilyName() throws {
        // thaigov-1643
        let found = try personMentions("ตึกบัญชาการ 1 ทำเนียบรัฐบาล  พลเอก ประยุทธ์  จันทร์โอชา นายกรัฐมนตรี เป็นประธานการประชุมคณะรัฐมนตรี")
        #expect(found.map(\.text) == ["พลเอก ประยุทธ์  จันทร์โอชา"])
        #expect(found.first?.person?.given == "ประยุทธ์" && found.first?.person?.family == "จันทร์โอชา")
    }

    @Test func noBreakSpaceAndSpace() throws {
        // thaigov-5196
        let found = try personMentions("“ พลเอกฉัตรชัย กล่าว\nด้านนางกองทุน\u{00A0} หาญณรงค์ ประธานกลุ่มเกษตรกร")
        #expect(found.map(\.text).contains("นางกองทุน\u{00A0} หาญณรงค์"))
    }

    @Test func aVerbAfterTwoSpacesIsNoFamilyName() throws {
        #expect(try personMentions("นายอนุทิน  กล่าวว่า").map(\.text) == ["นายอนุทิน"])
    }
}
