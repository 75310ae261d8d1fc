import Testing
@testable import Khaosan
@testable import KhaosanTraining

@Suite struct SpanScorerTests {
    @Test func countsEachErrorKindLikeNervaluate() {
        var scorer = SpanScorer()
        let gold = [
            GoldSpan(start: 0, end: 5, label: "ORG"),      // exact
            GoldSpan(start: 10, end: 15, label: "PERSON"), // boundary error
            GoldSpan(start: 20, end: 25, label: "PLACE"),  // label error
            GoldSpan(start: 30, end: 35, label: "DATE"),   // missed
        ]
        let predicted = [
            GoldSpan(start: 0, end: 5, label: "ORG"),
            GoldSpan(start: 10, end: 17, label: "PERSON"),
            GoldSpan(start: 20, end: 25, label: "ORG"),
            GoldSpan(start: 40, end: 45, label: "DATE"),   // spurious
        ]
        scorer.add(documentID: "d", gold: gold, predicted: predicted)
        let micro = scorer.micro
        #expect(micro.correct == 1)
        #expect(micro.boundaryErrors == 1)
        #expect(micro.labelErrors == 1)
        #expect(micro.missed == 1)
        #expect(micro.spurious == 1)
        #expect(micro.gold == 4 && micro.predicted == 4)
        #expect(abs(micro.f1 - 0.25) < 1e-9)
        #expect(scorer.byLabel["ORG"]?.predicted == 2)
        #expect(scorer.byLabel["PLACE"]?.recall == 0)
    }

    @Test func restrictsToLabels() {
        var scorer = SpanScorer()
        scorer.add(documentID: "d", gold: [GoldSpan(start: 0, end: 2, label: "DATE"), GoldSpan(start: 3, end: 4, label: "ORG")],
                   predicted: [GoldSpan(start: 0, end: 2, label: "DATE")], labels: ["DATE"])
        #expect(scorer.micro.f1 == 1)
        #expect(scorer.byLabel["ORG"] == nil)
    }
}
