import Testing
@testable import Khaosan
@testable import KhaosanIO

@Suite struct ThaiLegacyTextHeuristicTests {
    private func assess(_ bytes: [UInt8]) -> ThaiLegacyTextHeuristic.Assessment {
        bytes.withUnsafeBufferPointer { ThaiLegacyTextHeuristic.assess($0) }
    }

    @Test func thaiNewsIsPlausible() {
        let text = "เมื่อวันที่ 2 กันยายน 2565 ที่ผ่านมา เมืองพะเยาได้รับการรับรองจากองค์การยูเนสโก"
        #expect(assess(IngestFixtures.tis620(text)).isPlausible)
    }

    @Test func utf8ThaiReadAsBytesIsNot() {
        // UTF-8 Thai has continuation bytes 0x80–0x9F that windows-874 leaves undefined.
        #expect(assess(Array("กข".utf8)) == .init(isPlausible: false, reason: "byte 0x81 at offset 2 is not a windows-874 character"))
    }

    @Test func latinOneIsNot() {
        #expect(assess(Array("d".utf8) + [0xE9, 0x6A, 0xE0]).isPlausible == false)
    }

    @Test func controlBytesAreNot() {
        #expect(assess([0xA1, 0x01, 0xA2]) == .init(isPlausible: false, reason: "control byte 0x01 at offset 1"))
    }

    @Test func mostlyNonLetterHighBytesAreNot() {
        // Only quotes and dashes from 0x80–0xA0, hardly any Thai letters.
        let assessment = assess([0x93, 0x94, 0x96, 0x97, 0xA0, 0xA1])
        #expect(assessment == .init(isPlausible: false, reason: "only 1 of 6 non-ASCII bytes are Thai characters"))
    }

    @Test func marksAfterNonConsonantsAreNot() {
        // Tone marks (0xE8) after spaces, as random bytes would put them.
        #expect(assess([0x20, 0xE8, 0x20, 0xE8, 0xA1, 0xE8]).isPlausible == false)
        // A tone mark stacked on a vowel mark on a consonant is normal Thai: ที่ = ท ี ่.
        #expect(assess(IngestFixtures.tis620("ที่นี่")).isPlausible)
    }
}
