import Testing
@testable import Khaosan
@testable import KhaosanCore
@testable import KhaosanIO
@testable import KhaosanExtract

@Suite struct AdjectivePlaceNameValidatorTests {
    let validator = AdjectivePlaceNameValidator.bundled

    /// Tagger PLACE mentions of every "ไทย" in `sentence`: how many the validator keeps.
    func kept(in sentence: String, source: String = "tagger") -> Int {
        let text = Array(sentence.unicodeScalars), name = Array("ไทย".unicodeScalars)
        let mentions = text.indices.filter { text.matches(name, at: $0) }.map {
            Mention(range: ScalarRange($0, $0 + name.count), label: .place, text: "ไทย", source: source)
        }
        #expect(!mentions.isEmpty)
        return validator.filter(mentions, text: text).count
    }

    @Test func theBundledNamesComeFromTheCountryList() {
        #expect(validator.names == ["ไทย"])
    }

    @Test func aNationalityWordIsNoPlace() {
        // thaigov-93061, thaigov-96598 (public domain): สังคมไทย, ชุมชนไทย — Thai society, the Thai community.
        #expect(kept(in: "ร่วมก้าวสู่ “สังคมไทยไร้กระดาษ” และชุมชนไทยในอิตาลี คนไทย") == 0)
    }

    @Test func afterAPrepositionOrInADashedPairItIsThePlace() {
        // thaigov-97625, thaigov-95692 (public domain): "การดำเนินงานของไทย", "มิตรภาพ ไทย-กัมพูชา".
        #expect(kept(in: "การดำเนินงานของไทยในพื้นที่") == 1)
        #expect(kept(in: "มิตรภาพ ไทย-กัมพูชา") == 1)
        #expect(kept(in: "ความร่วมมือไทย – ญี่ปุ่น") == 1, "an en dash after spaces")
        #expect(kept(in: "ระหว่างจีน-ไทย") == 1, "a dash before")
    }

    @Test func theGazetteerAndOtherLabelsAreLeftToTheirOwnRules() {
        #expect(kept(in: "สังคมไทย", source: "place.gazetteer") == 1)
        let text = Array("สังคมไทย".unicodeScalars)
        let org = Mention(range: ScalarRange(5, 8), label: .organization, text: "ไทย", source: "tagger")
        #expect(validator.filter([org], text: text).count == 1)
    }
}
