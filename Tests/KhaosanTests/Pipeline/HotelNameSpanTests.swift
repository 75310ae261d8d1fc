import Testing
@testable import Khaosan
@testable import KhaosanCore
@testable import KhaosanIO
@testable import KhaosanExtract

@Suite struct HotelNameSpanTests {
    let span = HotelNameSpan.bundled

    /// PLACE mentions (tagger, unless given) of `names` at their first occurrences in `sentence`, run through the
    /// validator: the texts of the PLACEs it returns.
    func places(_ names: [String], in sentence: String, sources: [String: String] = [:]) throws -> [String] {
        let text = Array(sentence.unicodeScalars)
        let mentions = try names.map { name in
            let scalars = Array(name.unicodeScalars)
            let start = try #require(text.indices.first { text.matches(scalars, at: $0) })
            return Mention(range: ScalarRange(start, start + scalars.count), label: .place, text: name,
                           source: sources[name] ?? "tagger")
        }
        return span.extend(mentions, text: text).filter { $0.label == .place }.map(\.text)
    }

    @Test func aVenuesHotelRunsOverItsSpacedName() throws {
        // thaigov-94025, thaigov-93118 (public domain): both judged cut in the seed-17 sample.
        #expect(try places(["โรงแรม ดิ", "ถนนวิทยุ", "กรุงเทพฯ"],
                           in: "ให้การต้อนรับ ณ โรงแรม ดิ แอทธินี โฮเทล แบงค็อก ถนนวิทยุ กรุงเทพฯ\nรัฐมนตรีฯ")
                == ["โรงแรม ดิ แอทธินี โฮเทล แบงค็อก", "ถนนวิทยุ", "กรุงเทพฯ"])
        #expect(try places(["โรงแรม Park", "เมืองย่างกุ้ง"], in: "ฝ่ายเมียนมา ณ โรงแรม Park Royal เมืองย่างกุ้ง สาธารณรัฐ")
                == ["โรงแรม Park Royal", "เมืองย่างกุ้ง"])
    }

    @Test func aPlaceInsideTheNameGoesAndOneAfterItStays() throws {
        // thaigov-99990 (public domain): ดอนเมือง, judged wrong alone, is inside the hotel's name; the city after it is not.
        #expect(try places(["โรงแรมไมด้า", "ดอนเมือง", "กรุงเทพมหานคร"],
                           in: "เข้าร่วม ณ โรงแรมไมด้า ดอนเมือง แอร์พอร์ต กรุงเทพมหานคร\nสำหรับการอบรม",
                           sources: ["กรุงเทพมหานคร": "place.gazetteer"])
                == ["โรงแรมไมด้า ดอนเมือง แอร์พอร์ต", "กรุงเทพมหานคร"])
        // A place written last stays outside (ThaiNER: "โรงแรมดุสิตธานี| หัวหิน"), and so does a conjunction's hotel.
        #expect(try places(["โรงแรมดิเอ็มเพรส", "เชียงใหม่"], in: "ที่โรงแรมดิเอ็มเพรส เชียงใหม่ นายวิชัย ไชยมงคล")
                == ["โรงแรมดิเอ็มเพรส", "เชียงใหม่"])
        #expect(try places(["โรงแรมอวานี", "กรุงเทพฯ"], in: "ณ โรงแรมอนันตรา ริเวอร์ไซด์ และโรงแรมอวานี พลัส ริเวอร์ไซด์ กรุงเทพฯ\nสำหรับ")
                == ["โรงแรมอวานี พลัส ริเวอร์ไซด์", "กรุงเทพฯ"])
    }

    @Test func aHotelThatIsNoVenueOrWhoseNameDoesNotEndIsLeft() throws {
        // thaigov-95297 (public domain): "hotels in Macau" in a job advert; the words after it are common words.
        #expect(try places(["โรงแรม มาเก๊า"], in: "การจัดหางานเปิดรับสมัครสาวไทย ทำงานโรงแรม มาเก๊า เงินเดือนงาม สวัสดิการเพียบ")
                == ["โรงแรม มาเก๊า"])
        // No word that ends it within five words.
        #expect(try places(["โรงแรม Alpha"], in: "ณ โรงแรม Alpha Beta Gamma Delta Epsilon Zeta Eta Theta")
                == ["โรงแรม Alpha"])
    }
}
