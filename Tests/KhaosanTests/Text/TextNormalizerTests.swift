import Testing
@testable import Khaosan
@testable import KhaosanCore
@testable import KhaosanText

/// One test per normalisation rule, each checking the text and the offset map.
@Suite struct TextNormalizerTests {
    /// Normalised text and, per normalised scalar, its source range as "start-end".
    /// Swift's `String ==` is canonical equivalence ("é" == "e\u{0301}"), so texts
    /// are compared as scalar arrays.
    private func normalize(_ source: String, _ normalizer: TextNormalizer = TextNormalizer())
        -> (text: [Unicode.Scalar], map: [String]) {
        let result = normalizer.normalize(source)
        let map = (0..<result.offsetMap.textLength).map {
            "\(result.offsetMap.sourceStart($0))-\(result.offsetMap.sourceEnd($0))"
        }
        return (Array(result.text.unicodeScalars), map)
    }

    @Test func unchangedTextIsReturnedAsIsWithTheIdentityMap() {
        let source = "มหาวิทยาลัยพะเยา ร่วมงาน ASEAN+ 2023 😀"
        let result = TextNormalizer().normalize(source)
        #expect(Array(result.text.unicodeScalars) == Array(source.unicodeScalars))
        #expect(result.offsetMap == .identity(length: source.unicodeScalars.count))
        #expect(result.scalars == Array(source.unicodeScalars))
    }

    @Test func decomposedSaraAmBecomesSaraAm() {
        // "สํานัก" as found in thaigov-20k: nikhahit + sara aa.
        let (text, map) = normalize("ส\u{0E4D}\u{0E32}นัก")
        #expect(text == Array("สำนัก".unicodeScalars))
        #expect(map == ["0-1", "1-3", "3-4", "4-5", "5-6"])
    }

    @Test func decomposedSaraAmWithToneMarkBetweenIsReordered() {
        // "นํ้า" typed น ํ ้ า (41 times in thaigov-20k) → น ้ ำ.
        let (text, map) = normalize("น\u{0E4D}\u{0E49}\u{0E32}")
        #expect(text == Array("น\u{0E49}\u{0E33}".unicodeScalars))
        #expect(text == Array("น้ำ".unicodeScalars))
        #expect(map == ["0-1", "1-4", "1-4"])
    }

    @Test func decomposedSaraAmAfterToneMarkIsComposed() {
        // "น้ํา" typed น ้ ํ า (36 times in thaigov-20k) → น ้ ำ.
        let (text, map) = normalize("น\u{0E49}\u{0E4D}\u{0E32}")
        #expect(text == Array("น้ำ".unicodeScalars))
        #expect(map == ["0-1", "1-2", "2-4"])
    }

    @Test func toneMarkTypedAfterSaraAmIsMovedBeforeIt() {
        // "นำ้" (น ำ ้): 18 times in thaigov-20k → "น้ำ".
        let (text, map) = normalize("นำ\u{0E49}ใจ")
        #expect(text == Array("น้ำใจ".unicodeScalars))
        #expect(map == ["0-1", "1-3", "1-3", "3-4", "4-5"])
    }

    @Test func markTypedTwiceCountsOnce() {
        // thaigov-20k: "ที่่" (75 repeated marks in 60 articles), "ปฏิิบัติ", "กลุุ่ม".
        let (text, map) = normalize("ที่\u{0E48}\u{0E48} ปฏิ\u{0E34}บัติ")
        #expect(text == Array("ที่ ปฏิบัติ".unicodeScalars))
        #expect(map == ["0-1", "1-2", "2-5", "5-6", "6-7", "7-8", "8-10", "10-11", "11-12", "12-13", "13-14"])
        #expect(normalize("กลุ\u{0E38}\u{0E48}ม").text == Array("กลุ่ม".unicodeScalars))
    }

    @Test func loneNikhahitIsKept() {
        let (text, map) = normalize("ก\u{0E4D} ")
        #expect(text == Array("ก\u{0E4D} ".unicodeScalars))
        #expect(map == ["0-1", "1-2", "2-3"])
    }

    @Test func doubledSaraEBecomesSaraAe() {
        let (text, map) = normalize("\u{0E40}\u{0E40}ก้ไข")
        #expect(text == Array("แก้ไข".unicodeScalars))
        #expect(map == ["0-2", "2-3", "3-4", "4-5", "5-6"])
    }

    @Test func legacyFontCodePointsBecomeThai() {
        // From thaigov-20k: "ได\u{F70B}" (ได้), "ต\u{F70A}อ" (ต่อ), "ป\u{F712}น" (เป็น), "ป\u{F702}" (ปี).
        let (text, map) = normalize("ได\u{F70B} ต\u{F70A}อ เป\u{F712}น ป\u{F702}")
        #expect(text == Array("ได้ ต่อ เป็น ปี".unicodeScalars))
        #expect(map == (0..<15).map { "\($0)-\($0 + 1)" })
    }

    @Test func legacyNikhahitStillFormsSaraAm() {
        let (text, map) = normalize("น\u{F711}\u{F70B}\u{0E32}")
        #expect(text == Array("น้ำ".unicodeScalars))
        #expect(map == ["0-1", "1-4", "1-4"])
    }

    @Test func unicodeSpacesBecomeSpace() {
        let (text, map) = normalize("ก\u{00A0}ข\u{202F}ค\u{3000}ง\u{2003}จ\tฉ")
        #expect(text == Array("ก ข ค ง จ ฉ".unicodeScalars))
        #expect(map == (0..<11).map { "\($0)-\($0 + 1)" })
    }

    @Test func zeroWidthCharactersAndBOMAreDeleted() {
        let (text, map) = normalize("\u{FEFF}โฆษก\u{200B}รัฐบาล\u{200C}\u{200D}\u{2060}x\u{00AD}y")
        #expect(text == Array("โฆษกรัฐบาลxy".unicodeScalars))
        #expect(map == ["1-2", "2-3", "3-4", "4-5", "6-7", "7-8", "8-9", "9-10", "10-11", "11-12",
                        "15-16", "17-18"])
    }

    @Test func deletedScalarsAreIncludedInsideButNotAtTheEdgesOfAMappedRange() {
        let result = TextNormalizer().normalize("ก\u{200B}ข\u{200B}")
        #expect(Array(result.text.unicodeScalars) == Array("กข".unicodeScalars))
        #expect(result.offsetMap.sourceRange(ScalarRange(0, 2)) == ScalarRange(0, 3))
        #expect(result.offsetMap.sourceRange(ScalarRange(1, 2)) == ScalarRange(2, 3))
        #expect(result.offsetMap.sourceRange(ScalarRange(2, 2)) == ScalarRange(3, 3))
    }

    @Test func thaiDigitsBecomeASCII() {
        let (text, map) = normalize("พ.ศ. ๒๕๖๖")
        #expect(text == Array("พ.ศ. 2566".unicodeScalars))
        #expect(map == (0..<9).map { "\($0)-\($0 + 1)" })
    }

    @Test func lineEndingsBecomeLineFeed() {
        let (text, map) = normalize("ก\r\nข\rค\u{2028}ง")
        #expect(text == Array("ก\nข\nค\nง".unicodeScalars))
        #expect(map == ["0-1", "1-3", "3-4", "4-5", "5-6", "6-7", "7-8"])
    }

    @Test func printButtonLineIsDeleted() {
        // The header of thaigov-20k articles: "      พิมพ์    \n" on a line of its own.
        let (text, map) = normalize("2560\n  พิมพ์ \u{00A0}\nสรุปข่าว")
        #expect(text == Array("2560\n    \nสรุปข่าว".unicodeScalars))
        #expect(map[5] == "5-6" && map[6] == "6-7" && map[7] == "12-13" && map[8] == "13-14")
        #expect(map.count == 18)
    }

    @Test func printInsideASentenceIsKept() {
        #expect(normalize("สั่งพิมพ์เอกสาร").text == Array("สั่งพิมพ์เอกสาร".unicodeScalars))
        #expect(normalize("พิมพ์ ย้อนกลับ").text == Array("พิมพ์ ย้อนกลับ".unicodeScalars))
        #expect(normalize("x\nพิมพ์", TextNormalizer(removesPrintButtonLines: false)).text == Array("x\nพิมพ์".unicodeScalars))
    }

    @Test func combiningAccentIsComposedAndMapsToBothSourceScalars() {
        let (text, map) = normalize("Caf\u{0065}\u{0301} Babis\u{030C}")
        #expect(text == Array("Café Babiš".unicodeScalars))
        #expect(map == ["0-1", "1-2", "2-3", "3-5", "5-6", "6-7", "7-8", "8-9", "9-10", "10-12"])
    }

    @Test func thaiToneMarkBeforeSaraUIsReorderedByNFC() {
        // "ผู้" typed ผ ้ ู (thaigov-20k has such words); NFC puts sara uu (ccc 103) first.
        let (text, map) = normalize("ผ\u{0E49}\u{0E39}ว่า")
        #expect(text == Array("ผ\u{0E39}\u{0E49}ว่า".unicodeScalars))
        #expect(map == ["0-3", "0-3", "0-3", "3-4", "4-5", "5-6"])
    }

    @Test func toneMarkBeforeSaraUFoundInTheArchiveIsReordered() {
        // thaigov-20k: "สถานคุ้มครอง" typed ค ้ ุ, and "อยูุ่" typed ย ู ่ ุ.
        #expect(normalize("ค\u{0E49}\u{0E38}ม").text == Array("ค\u{0E38}\u{0E49}ม".unicodeScalars))
        #expect(normalize("ย\u{0E39}\u{0E48}\u{0E38}").text == Array("ย\u{0E39}\u{0E38}\u{0E48}".unicodeScalars))
    }

    @Test func emptyText() {
        let result = TextNormalizer().normalize("")
        #expect(result.text.isEmpty && result.offsetMap.textLength == 0 && result.offsetMap.sourceLength == 0)
    }
}
