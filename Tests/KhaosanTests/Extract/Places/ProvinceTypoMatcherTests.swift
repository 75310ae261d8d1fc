import Testing
@testable import Khaosan
@testable import KhaosanExtract

@Suite struct ProvinceTypoMatcherTests {
    @Test func oneEditAway() {
        func check(_ written: String, _ name: String) -> Bool {
            ProvinceTypoMatcher.isOneEditAway(Array(written.unicodeScalars)[...], Array(name.unicodeScalars))
        }
        #expect(check("มุกดาหา", "มุกดาหาร"))      // deleted
        #expect(check("นครสรรค์", "นครสวรรค์"))    // deleted
        #expect(check("สุราษฎรืธานี", "สุราษฎร์ธานี"))  // replaced
        #expect(check("จันทบุรีี", "จันทบุรี"))     // inserted
        #expect(!check("จันทบุรี", "จันทบุรี"))     // the same name is no typo
        #expect(!check("เชิงราย", "เชียงราย"))     // two edits
    }

    @Test func misspeltProvinceAfterAHeadIsThatProvince() throws {
        // thaigov-9729 and thaigov-7284 (public domain): typos in the province name.
        let found = try placeMentions("อาสาสมัครพิทักษ์ทะเลในพื้นที่จังหวัดจันบุรีและจังหวัดตราด")
        let typo = try #require(found.first { $0.text.hasPrefix("จังหวัด") })
        #expect(found.map(\.text) == ["จังหวัดจันบุรี", "จังหวัดตราด"])
        #expect(typo.value == "จันทบุรี")
        #expect(typo.source == "place.head+typo")
        let nakhon = try placeMentions("แม่น้ำเจ้าพระยาที่ จ.นครสรรค์อยู่ที่ 2,468").first { $0.text.hasPrefix("จ.") }
        #expect(nakhon?.text == "จ.นครสรรค์")
        #expect(nakhon?.value == "นครสวรรค์")
        // A short unknown word is no province typo ("จังหวัดราย" is not จังหวัดตาก or ยะลา).
        #expect(try placeMentions("ผู้ว่าราชการจังหวัดรายงานว่า").isEmpty)
    }
}
