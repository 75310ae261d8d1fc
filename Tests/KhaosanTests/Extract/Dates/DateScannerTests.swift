import Testing
@testable import Khaosan
@testable import KhaosanExtract

@Suite struct DateScannerTests {
    private func spans(_ text: String, _ convention: DateSpanConvention) -> [String] {
        let extractor = convention == .project ? DateTestSupport.extractor : DateTestSupport.thaiNER
        return DateTestSupport.dates(text, extractor: extractor).map(\.text)
    }

    @Test func yearWordIsInsideTheProjectSpanAndOutsideThaiNERs() {
        // thainer-train: "…ว่า ในปี [2538] เม็กซิโก…"; seeds gold: "[ปี 2030]".
        #expect(spans("างๆ พบว่า ในปี 2538 เม็กซิโก", .project) == ["ปี 2538"])
        #expect(spans("างๆ พบว่า ในปี 2538 เม็กซิโก", .thaiNER) == ["2538"])
        #expect(spans("ทย ปี พ.ศ.2561-2570", .thaiNER) == ["พ.ศ.2561-2570"])
    }

    @Test func thuengJoinsOnlyInTheProjectConvention() {
        // thaigov-68503
        let text = "ระหว่างวันที่ 9 ธันวาคม 2566 ถึง 30 เมษายน 2567 ซึ่ง"
        #expect(spans(text, .project) == ["9 ธันวาคม 2566 ถึง 30 เมษายน 2567"])
        #expect(spans(text, .thaiNER) == ["9 ธันวาคม 2566", "30 เมษายน 2567"])
    }

    @Test func weekdayAndWanThiStayOutside() {
        #expect(spans("วันอังคารที่ 19 กรกฎาคม 2559", .project) == ["19 กรกฎาคม 2559"])
        #expect(spans("เมื่อวันที่ 2 ก.ย. 65", .project) == ["2 ก.ย. 65"])
    }

    @Test func thaiAndASCIIDigitsGiveTheSameValue() {
        let thai = DateTestSupport.dates("๒ กันยายน ๒๕๖๕").first?.value
        let ascii = DateTestSupport.dates("2 กันยายน 2565").first?.value
        #expect(thai == "2022-09-02")
        #expect(thai == ascii)
    }

    @Test func withAndWithoutSpaces() {
        for text in ["2 ก.ย. 2565", "2ก.ย.2565", "2 ก.ย.65", "2 ก.ย. พ.ศ. 2565", "2 กันยายน พ.ศ.2565"] {
            #expect(DateTestSupport.dates(text).first?.value == "2022-09-02", "\(text)")
        }
    }
}
