import Testing
@testable import Khaosan
@testable import KhaosanExtract
@testable import KhaosanTraining

@Suite struct GoldNameListsTests {
    private let documents = [
        GoldDocument(id: "a", text: "นายสมชาย ไปเชียงใหม่", spans: [GoldSpan(start: 0, end: 8, label: "PERSON"),
                                                                    GoldSpan(start: 11, end: 20, label: "PLACE")]),
        GoldDocument(id: "b", text: "กรมป่าไม้ แถลง", spans: [GoldSpan(start: 0, end: 9, label: "ORG")]),
    ]

    @Test func listsHoldTheAnnotatedNamesPerLabel() {
        let lists = GoldNameLists.lists(from: documents)
        #expect(lists.map(\.name) == ["gold-PERSON", "gold-ORG", "gold-PLACE"])
        #expect(lists[0].entries == ["นายสมชาย"])
        #expect(lists[1].entries == ["กรมป่าไม้"])
        #expect(lists[2].entries == ["เชียงใหม่"])
        // Empty input still gives every list, so list indices (feature codes) stay fixed.
        #expect(GoldNameLists.lists(from: []).map(\.entries.count) == [0, 0, 0])
    }

    @Test func trainingExamplesSeeOnlyOtherFoldsNames() throws {
        var settings = TaggerTraining.Settings()
        settings.rowBits = 10
        settings.nameFolds = 2
        var training = TaggerTraining(settings: settings, gazetteer: TaggerGazetteer(lists: []), splitPrefixes: ["นาย"])
        training.learnNames(from: documents)
        // The model keeps all names.
        #expect(training.template.gazetteer.lists.map(\.entries.count) == [1, 1, 1])
        // Document "a" (fold 0) is featurised with fold 1's names only: its own person is not a hit.
        let (jackknifed, _) = try training.trainingExamples(documents)
        let (plain, _) = try training.examples(documents)
        #expect(jackknifed[0].features.rows != plain[0].features.rows)
        #expect(jackknifed[0].features.rows.count < plain[0].features.rows.count)
        #expect(jackknifed[0].gold == plain[0].gold)
    }
}
