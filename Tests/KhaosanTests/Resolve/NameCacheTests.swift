import Testing
@testable import Khaosan
@testable import KhaosanCore
@testable import KhaosanResolve
@testable import KhaosanGraph

@Suite struct NameCacheTests {
    static let names = ["รองศาสตราจารย์ ดร.สุภกร พงศบางโพธิ์", "นายสมชาย", "นาง", "นาง Kamla Khalidi", "จังหวัดพะเยา",
                        "UN-Habitat", "ASEAN+ Forum 2023: Urban", "", "  นางสาวญภา  วิทย์นลากรณ์ ", "นางั สมศรี"]

    @Test func answersWhatTheUncachedFunctionsAnswerTwice() {
        let cache = NameCache()
        for _ in 0..<2 {
            for name in Self.names {
                #expect(cache.personParts(name) == PersonTitles.parts(of: name))
                #expect(cache.normalize(name) == NameKey.normalize(name))
                for label in MentionLabel.allCases {
                    #expect(cache.key(for: label, text: name) == NameKey.key(for: label, text: name))
                    let parts = PersonNameParts(titles: ["นาย"], given: "ก", family: nil)
                    #expect(cache.key(for: label, text: name, person: parts) == NameKey.key(for: label, text: name, person: parts))
                }
            }
        }
    }
}

extension NameCacheTests {
    @Test func canonicallyEquivalentSpellingsKeepTheirOwnBytes() {
        let cache = NameCache()
        let a = "นายสมชาย ผู\u{E38}\u{E48}ใหญ่", b = "นายสมชาย ผู\u{E48}\u{E38}ใหญ่"
        #expect(a == b)   // String equality is canonical equivalence
        for text in [a, b] {
            #expect(Array(cache.personParts(text).family!.utf8) == Array(PersonTitles.parts(of: text).family!.utf8))
            #expect(Array(cache.key(for: .person, text: text).utf8) == Array(NameKey.key(for: .person, text: text).utf8))
        }
    }
}

extension NameCacheTests {
    @Test func displayFormsAndAcronymsEqualTheUncachedOnes() {
        let cache = NameCache()
        for name in Self.names + ["บพท.", "UNDP", "กรุงเทพ\u{A0} มหานคร", "a\tb\n c", "a\u{1C}b\u{85}c", "ก\u{2028}ข\u{3000}"] {
            for label in MentionLabel.allCases {
                var mention = Mention(range: ScalarRange(0, 1), label: label, text: name, source: "test")
                #expect(cache.displayForm(of: mention) == EntityNaming.displayForm(of: mention))
                mention.person = PersonNameParts(titles: [], given: "สม  ชาย", family: "ใจ ดี")
                #expect(cache.displayForm(of: mention) == EntityNaming.displayForm(of: mention))
            }
            #expect(cache.isAcronym(name) == NameKey.isAcronym(name))
        }
    }
}
