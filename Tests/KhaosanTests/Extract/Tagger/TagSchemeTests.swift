import Testing
@testable import Khaosan
@testable import KhaosanExtract

@Suite struct TagSchemeTests {
    @Test func bilouEncodeDecodeRoundTrip() {
        let scheme = TagScheme.standard
        let spans: [(start: Int, end: Int, label: Int)] = [(0, 1, 0), (2, 5, 1), (6, 8, 3)]
        let tags = scheme.encode(count: 9, spans: spans)
        #expect(tags.map(scheme.name) == ["U-PERSON", "O", "B-ORG", "I-ORG", "L-ORG", "O", "B-DATE", "L-DATE", "O"])
        let decoded = scheme.decode(tags)
        #expect(decoded.map(\.start) == [0, 2, 6])
        #expect(decoded.map(\.end) == [1, 5, 8])
        #expect(decoded.map(\.label) == [0, 1, 3])
    }

    @Test func bilouForbidsBrokenSequences() {
        let s = TagScheme.standard
        let bPerson = 1, iPerson = 2, lPerson = 3, uPerson = 4, bOrg = 5
        #expect(s.allows(bPerson, iPerson) && s.allows(bPerson, lPerson) && s.allows(lPerson, 0))
        #expect(!s.allows(bPerson, 0) && !s.allows(0, iPerson) && !s.allows(bPerson, bOrg) && !s.allows(uPerson, lPerson))
        #expect(!s.canStart(iPerson) && !s.canEnd(bPerson))
    }

    @Test func bioSchemeEncodes() {
        let scheme = TagScheme(kind: .bio, labels: [.person, .place])
        #expect(scheme.count == 5)
        let tags = scheme.encode(count: 4, spans: [(1, 3, 1)])
        #expect(tags.map(scheme.name) == ["O", "B-PLACE", "I-PLACE", "O"])
    }

    @Test func viterbiFollowsEmissionsWithinTheScheme() {
        let scheme = TagScheme(kind: .bio, labels: [.person])
        // Unit 0 prefers I-PERSON, which cannot start a sequence: B-PERSON is the best allowed.
        let emissions: [Float] = [0, 1, 2,   0, 0, 3,   5, 0, 0]
        let transitions = [Float](repeating: 0, count: 4 * 3)
        let tags = ViterbiDecoder.decode(emissions: emissions, transitions: transitions, count: 3, scheme: scheme,
                                         allowed: TagScheme.allowedTable(scheme))
        #expect(tags == [1, 2, 0])
    }
}
