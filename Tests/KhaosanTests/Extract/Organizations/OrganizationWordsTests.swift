import Testing
@testable import Khaosan
@testable import KhaosanExtract

@Suite struct OrganizationWordsTests {
    @Test func bundledListsLoad() {
        let words = OrganizationWords.bundled
        #expect(words.heads.contains("กระทรวง"))
        #expect(words.heads.contains("มหาวิทยาลัย"))
        #expect(words.stopWords.contains("ได้"))
        #expect(words.spaceContinuations.contains("(มหาชน)"))
        #expect(words.spaceHeads.contains("บริษัท"))
        #expect(!words.heads.contains(where: { $0.hasPrefix("#") || $0.isEmpty }))
    }
}
