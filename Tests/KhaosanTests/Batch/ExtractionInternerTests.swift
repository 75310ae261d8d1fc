import Testing
@testable import Khaosan
@testable import KhaosanCore
@testable import KhaosanResolve
@testable import KhaosanBatch

@Suite struct ExtractionInternerTests {
    static func extraction(_ id: String, text: String, attributes: [MentionAttribute: String] = [:]) -> DocumentExtraction {
        DocumentExtraction(id: id, metadata: DocumentMetadata(), contentHash: id, sourceLength: 100, mentions: [
            Mention(range: ScalarRange(0, text.unicodeScalars.count), label: .person, text: text,
                    person: PersonTitles.parts(of: text), source: "person.title", attributes: attributes),
        ])
    }

    @Test func keepsEveryValueAndItsBytes() {
        var interner = ExtractionInterner()
        // Canonically equivalent (String ==) but different bytes: both must come back as written.
        let composed = "Mr. Jyri J\u{E4}rviaho", decomposed = "Mr. Jyri Ja\u{308}rviaho"
        let thaiA = "นายสมชาย ผู\u{E38}\u{E48}ใหญ่", thaiB = "นายสมชาย ผู\u{E48}\u{E38}ใหญ่"
        #expect(composed == decomposed && thaiA == thaiB)
        for text in [composed, decomposed, thaiA, thaiB, composed] {
            let original = Self.extraction("a", text: text, attributes: [MentionAttribute.alias: text, MentionAttribute.wikidata: "Q1"])
            let interned = interner.intern(original)
            #expect(interned == original)
            #expect(Array(interned.mentions[0].text.utf8) == Array(text.utf8))
            #expect(Array(interned.mentions[0].attributes[MentionAttribute.alias]!.utf8) == Array(text.utf8))
            #expect(Array(interned.mentions[0].person!.family!.utf8) == Array(original.mentions[0].person!.family!.utf8))
        }
    }
}
