import Testing
@testable import Khaosan
@testable import KhaosanExtract

@Suite struct AcronymShapeTests {
    @Test func thaiAcronyms() {
        for text in ["บพท.", "สสส.", "ก.พ.ร.", "ป.ป.ช.", "กยศ"] {
            #expect(AcronymShape.of(text) == .thaiAcronym, "\(text)")
        }
    }

    @Test func latinAcronyms() {
        for text in ["UNDP", "UN-Habitat", "OPSCD", "UNESCO", "G20"] {
            #expect(AcronymShape.of(text) == .latinAcronym, "\(text)")
        }
    }

    @Test func latinNames() {
        #expect(AcronymShape.of("UNESCO Global Network of Learning Cities") == .latinName)
        #expect(AcronymShape.of("Learning City Thailand") == .latinName)
    }

    @Test func notAcronyms() {
        // Words in parentheses are no acronyms: "(ร่าง) แถลงการณ์…" made every later ร่าง an ORG
        // (thaigov-96574 and 5 more articles, 209 mentions in 2,000 articles).
        for text in ["มหาชน", "องค์การมหาชน", "ประเทศไทย", "ผู้ป่วยติดเชื้อรายใหม่", "Covid", "x", "artificial intelligence", "2565",
                     "ร่าง", "ชุมชน", "หากมี", "ซ้าย", "ตรัง"] {
            #expect(AcronymShape.of(text) == nil, "\(text)")
        }
    }
}
