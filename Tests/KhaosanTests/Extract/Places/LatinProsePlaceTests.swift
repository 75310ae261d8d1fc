import Testing
@testable import Khaosan
@testable import KhaosanCore
@testable import KhaosanExtract

/// Gazetteer names in the English articles and paragraphs of Thai government news: 429 of the
/// 20,000 thaigov articles are English; before, a Latin name needed a Thai neighbour and "Thailand"
/// was found in 371 of its ≈ 4,200 occurrences.
@Suite struct LatinProsePlaceTests {
    @Test func countriesInEnglishProseArePlaces() throws {
        // thaigov-42289, thaigov-91304 (public domain), shortened.
        let text = "Throughout his tenure in Thailand, the Ambassador took on a crucial role in strengthening relations "
            + "between Thailand and Ukraine. The Prime Minister is scheduled to pay an official visit to Malaysia "
            + "during December 15-16, 2024, and to the Lao PDR."
        #expect(try placeMentions(text).map(\.text) == ["Thailand", "Thailand", "Ukraine", "Malaysia", "Lao PDR"])
        #expect(try placeMentions(text).map(\.value) == ["ไทย", "ไทย", "ยูเครน", "มาเลเซีย", "ลาว"])
    }

    @Test func aNameInsideALongerEnglishNameIsNoPlace() throws {
        // thaigov-56042, thaigov-92706, thaigov-65461-like names: a capitalised neighbour joins the name.
        let text = "The Bank of Thailand and Digital Thailand Big Bang joined the Asia-Europe Foundation Board at "
            + "the Embassy of Japan, before the signing of the Thailand-EFTA FTA, while In Thailand the rains came."
        #expect(try placeMentions(text).map(\.text) == ["Thailand"])
    }

    @Test func aLongOfficialNameIsOnePlace() throws {
        // thaigov-71728 (public domain): the official name is the country, one span.
        let text = "in accordance with His Majesty's first royal command and the Constitution of the Kingdom of Thailand. "
            + "The Prime Minister thanked members of the House of Representatives and the Senate for their support."
        let found = try placeMentions(text)
        #expect(found.map(\.text) == ["Kingdom of Thailand"])
        #expect(found.first?.value == "ไทย")
    }

    @Test func anEnglishFragmentInAThaiSentenceStillNeedsAThaiNeighbour() throws {
        // ThaiNER marks nothing inside an English fragment of a Thai sentence ("Tra Vinh – Viet Nam").
        #expect(try placeMentions("นายกรัฐมนตรีร่วมงาน Tra Vinh – Viet Nam Friendship เมื่อวันที่ 5").isEmpty)
        #expect(try placeMentions("เดินทางไป Japan เมื่อวาน").map(\.text) == ["Japan"])
    }

    @Test func latinLinesAreFoundByLineAndByDocument() {
        let english = "Bangkok, Thailand\nThe Prime Minister met the delegation of the Republic of Korea at the Government House today. "
            + "Both sides agreed to expand trade and investment, to promote tourism and cultural exchanges between the two "
            + "countries, and to cooperate closely on the digital economy, clean energy and public health."
        let lines = LatinProseLines(scalars: Array(english.unicodeScalars))
        // The dateline has too few letters alone (< 40); the document is English (≥ 200 Latin letters), so it counts.
        #expect(lines.contains(0))
        #expect(lines.contains(20))
        let mixed = "นายกรัฐมนตรีเดินทางไปเยือนประเทศญี่ปุ่นเพื่อหารือความร่วมมือทางเศรษฐกิจ\n"
            + "The Prime Minister travelled to Japan to discuss economic cooperation with his counterpart."
        let mixedLines = LatinProseLines(scalars: Array(mixed.unicodeScalars))
        let thaiLineLength = mixed.unicodeScalars.firstIndex(of: "\n").map { mixed.unicodeScalars.distance(from: mixed.unicodeScalars.startIndex, to: $0) }!
        #expect(!mixedLines.contains(3))
        #expect(mixedLines.contains(thaiLineLength + 5))
    }
}
