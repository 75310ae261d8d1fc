import Testing
@testable import KhaosanCore
@testable import KhaosanExtract

@Suite struct RuleTaggerCombinationTests {
    static func mention(_ start: Int, _ end: Int, _ label: MentionLabel, _ source: String, _ confidence: Double = 0.85,
                        attributes: [MentionAttribute: String] = [:]) -> Mention {
        var mention = Mention(range: ScalarRange(start, end), label: label, text: String(repeating: "x", count: end - start),
                              confidence: confidence, source: source)
        mention.attributes = attributes
        return mention
    }

    let combination = RuleTaggerCombination(precedence: ["org.head": .confirmed, "org.lexicon": .tagger, "place.head": .rule,
                                                         "person.title": .confidence])

    @Test func aStandingRuleDropsTheTaggerSpansOverIt() {
        let rule = Self.mention(0, 10, .place, "place.head", 0.8)
        let tagger = Self.mention(5, 15, .organization, "tagger")
        #expect(combination.combine([rule, tagger]) == [rule])
    }

    @Test func aRuleThatYieldsIsReplacedByTheOverlappingTaggerSpan() {
        let rule = Self.mention(0, 10, .organization, "org.lexicon", 0.95)
        let tagger = Self.mention(0, 14, .organization, "tagger")
        #expect(combination.combine([rule, tagger]) == [tagger])
        // Without a tagger span over it, a rule of precedence `tagger` stays.
        let alone = Self.mention(20, 25, .organization, "org.lexicon", 0.95)
        #expect(combination.combine([alone, tagger]) == [alone, tagger])
    }

    @Test func aConfirmedRuleNeedsATaggerSpanOverIt() {
        let unconfirmed = Self.mention(0, 10, .organization, "org.head", 0.85)
        let tagger = Self.mention(20, 30, .place, "tagger")
        #expect(combination.combine([unconfirmed, tagger]) == [tagger])
    }

    @Test func theRuleMentionStaysWhereTheTaggerAgreesExactly() {
        // The rule mention keeps the lexicon's attributes; the tagger's identical span goes.
        let rule = Self.mention(0, 10, .organization, "org.lexicon", 0.95, attributes: [.acronym: "สสส."])
        let same = Self.mention(0, 10, .organization, "tagger")
        #expect(combination.combine([rule, same]) == [rule])
        // A different label is a disagreement: the tagger's span wins.
        let other = Self.mention(0, 10, .place, "tagger")
        #expect(combination.combine([rule, other]) == [other])
    }

    @Test func unlistedRulesStandWhenSureAndCompeteOtherwise() {
        let sure = Self.mention(0, 10, .date, "date.day-month-year", 1.0)
        let unsure = Self.mention(20, 30, .person, "person.context", 0.6)
        let overSure = Self.mention(5, 12, .person, "tagger")
        let overUnsure = Self.mention(22, 32, .person, "tagger")
        #expect(combination.combine([sure, unsure, overSure, overUnsure]) == [sure, unsure, overUnsure])
        #expect(combination.precedence(of: unsure) == .confidence)
        #expect(combination.precedence(of: sure) == .rule)
    }

    @Test func withoutTaggerSpansNothingChanges() {
        let rules = [Self.mention(0, 10, .organization, "org.head"), Self.mention(12, 20, .place, "place.head")]
        #expect(combination.combine(rules) == rules)
    }

    @Test func aTableIsParsedAndABadLineNamesItsLine() throws {
        let table = try RuleTaggerCombination(parsing: "# comment\norg.head\tconfirmed\n\nplace.head\trule # sure\n", origin: "t.tsv")
        #expect(table.precedence == ["org.head": .confirmed, "place.head": .rule])
        #expect(throws: InputError.self) { try RuleTaggerCombination(parsing: "org.head\tmaybe\n", origin: "t.tsv") }
        do {
            _ = try RuleTaggerCombination(parsing: "org.head\trule\norg.lexicon\n", origin: "t.tsv")
            Issue.record("a line without a precedence was accepted")
        } catch let error as InputError {
            #expect(error.location == "t.tsv:2")
        }
    }

    @Test func theShippedTableParses() {
        // Every rule named in the shipped table is one the extractors make.
        let known = ["org.", "place.", "person.", "event.", "date."]
        for rule in RuleTaggerCombination.bundled.precedence.keys {
            #expect(known.contains { rule.hasPrefix($0) }, "\(rule)")
        }
    }
}
