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

    @Test func sharesOneDetailsBoxPerDistinctDetails() {
        var interner = ExtractionInterner()
        let first = interner.intern(Self.extraction("a", text: "นายสมชาย ใจดี", attributes: [MentionAttribute.wikidata: "Q1"]))
        let second = interner.intern(Self.extraction("b", text: "นายสมชาย ใจดี", attributes: [MentionAttribute.wikidata: "Q1"]))
        let other = interner.intern(Self.extraction("c", text: "นายสมชาย ใจดี", attributes: [MentionAttribute.wikidata: "Q2"]))
        #expect(first.mentions[0].details === second.mentions[0].details)
        #expect(first.mentions[0].details !== other.mentions[0].details)
        #expect(other.mentions[0].attributes[MentionAttribute.wikidata] == "Q2")
        // Canonically equivalent values with other bytes get boxes of their own.
        let composed = interner.intern(Self.extraction("d", text: "Mr. Jyri J\u{E4}rviaho"))
        let decomposed = interner.intern(Self.extraction("e", text: "Mr. Jyri Ja\u{308}rviaho"))
        #expect(composed.mentions[0].details !== decomposed.mentions[0].details)
        #expect(Array(decomposed.mentions[0].person!.family!.utf8) == Array("Ja\u{308}rviaho".utf8))
    }
}
