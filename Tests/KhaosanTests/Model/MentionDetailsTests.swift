import Foundation
import Testing
@testable import KhaosanCore

/// `Mention`'s rarely used fields live in a shared `MentionDetails` box: the mention stays as
/// it was to every user (values, equality, hashing, coding) and small in memory.
@Suite struct MentionDetailsTests {
    @Test func aMentionIsSmall() {
        #expect(MemoryLayout<Mention>.stride <= 80)
    }

    @Test func fieldsSetAndClearAsStoredProperties() {
        var mention = Mention(range: ScalarRange(0, 4), label: .date, text: "2565", source: "date.year")
        #expect(mention.details == nil && mention.value == nil && mention.attributes.isEmpty)
        mention.value = "2022"
        mention.qualifier = "late"
        mention.attributes[MentionAttribute.location] = "พะเยา"
        #expect(mention.value == "2022" && mention.qualifier == "late" && mention.attributes == [.location: "พะเยา"])
        let copy = mention
        mention.value = nil
        #expect(copy.value == "2022" && mention.value == nil && mention.qualifier == "late")
        mention.qualifier = nil
        mention.attributes = [:]
        #expect(mention.details == nil)
        #expect(mention == Mention(range: ScalarRange(0, 4), label: .date, text: "2565", source: "date.year"))
    }

    @Test func equalityAndHashingFollowTheFieldsNotTheBox() {
        let a = Mention(range: ScalarRange(1, 3), label: .person, text: "นายก", value: "x",
                        person: PersonNameParts(titles: ["นาย"]), source: "s")
        var b = Mention(range: ScalarRange(1, 3), label: .person, text: "นายก", source: "s")
        #expect(a != b)
        b.value = "x"
        b.person = PersonNameParts(titles: ["นาย"])
        #expect(a == b && a.details !== b.details)
        #expect(Set([a, b]).count == 1)
        b.share(a.details!)
        #expect(a.details === b.details && a == b)
    }

    @Test func codingIsTheMemberwiseStructs() throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let plain = Mention(range: ScalarRange(0, 2), label: .place, text: "ไทย", source: "place")
        #expect(String(decoding: try encoder.encode(plain), as: UTF8.self)
                == #"{"attributes":{},"confidence":1,"label":"PLACE","range":{"end":2,"start":0},"source":"place","text":"ไทย"}"#)
        let full = Mention(range: ScalarRange(0, 2), label: .date, text: "ปี", value: "2022", qualifier: "late",
                           person: PersonNameParts(given: "ก"), confidence: 0.5, source: "d", attributes: [.acronym: "X"])
        let data = try encoder.encode(full)
        #expect(try JSONDecoder().decode(Mention.self, from: data) == full)
        #expect(String(decoding: data, as: UTF8.self).contains(#""qualifier":"late""#))
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode(Mention.self, from: Data(#"{"confidence":1,"label":"PLACE","range":{"end":2,"start":0},"source":"p","text":"x"}"#.utf8))
        }
    }
}
