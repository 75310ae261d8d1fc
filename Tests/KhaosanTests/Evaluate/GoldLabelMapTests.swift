import Foundation
import Testing
@testable import Khaosan
@testable import KhaosanCore
@testable import KhaosanTraining

/// `eval --label-map`: other gold sets' labels are renamed (or dropped) before scoring, and
/// `eval` prints DATE under both span conventions.
@Suite struct GoldLabelMapTests {
    static let text = "นายสมชาย ใจดี ไปเชียงใหม่ในปี 2538"
    static let gold = GoldDocument(id: "d1", text: text, spans: [
        GoldSpan(start: 0, end: 13, label: "PER"),
        GoldSpan(start: 16, end: 25, label: "GPE"),
        GoldSpan(start: 25, end: 27, label: "misc"),
    ])

    @Test func renamesAndDropsLabelsAndKeepsTheRest() throws {
        let map = try GoldLabelMap(parsing: ["per=PERSON,GPE=PLACE", "MISC="])
        let mapped = map.apply(to: [Self.gold])[0]
        #expect(mapped.spans.map(\.label) == ["PERSON", "PLACE"])
        #expect(mapped.spans.map(\.start) == [0, 16])
        let unmapped = try GoldLabelMap(parsing: ["LOC=PLACE"]).apply(to: [Self.gold])[0]
        #expect(unmapped.spans == Self.gold.spans)
    }

    @Test func aPairWithoutEqualsOrALabelMappedTwiceIsAnError() {
        #expect(throws: InputError(location: "--label-map", reason: "'GPE' is not FROM=TO (e.g. GPE=PLACE, or MISC= to drop MISC)")) {
            try GoldLabelMap(parsing: ["GPE"])
        }
        #expect(throws: InputError(location: "--label-map", reason: "GPE is mapped twice")) {
            try GoldLabelMap(parsing: ["GPE=PLACE", "gpe=ORG"])
        }
    }

    @Test func evalScoresAMappedGoldAndPrintsTheOtherDateConvention() throws {
        let folder = try DataSafetyTests.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let encoder = JSONEncoder()
        try encoder.encode(Self.gold).write(to: folder.appendingPathComponent("gold.jsonl"))
        let unmapped = try CommandLineRunner.run(["eval", "--gold", "gold.jsonl", "--no-model", "--labels", "PERSON,PLACE"], in: folder)
        #expect(unmapped.status == 0, "\(unmapped.stderr)")
        #expect(unmapped.stdout.contains("gold spans: 0"), "\(unmapped.stdout)")
        let mapped = try CommandLineRunner.run(
            ["eval", "--gold", "gold.jsonl", "--no-model", "--label-map", "PER=PERSON,GPE=PLACE,MISC=", "--format", "json"], in: folder)
        #expect(mapped.status == 0, "\(mapped.stderr)")
        let report = try #require(JSONSerialization.jsonObject(with: Data(mapped.stdout.utf8)) as? [String: Any])
        let labels = try #require(report["labels"] as? [String: [String: Any]])
        #expect(labels["PERSON"]?["gold"] as? Int == 1)
        #expect(labels["PLACE"]?["gold"] as? Int == 1)
        #expect(labels["PER"] == nil && labels["MISC"] == nil)
        let other = try #require(report["otherDateConvention"] as? [String: Any])
        #expect(other["convention"] as? String == "thaiNER")
        let text = try CommandLineRunner.run(["eval", "--gold", "gold.jsonl", "--no-model", "--label-map", "PER=PERSON"], in: folder)
        #expect(text.stdout.contains("(--date-convention thaiNER)"), "\(text.stdout)")
        let one = try CommandLineRunner.run(["eval", "--gold", "gold.jsonl", "--no-model", "--one-convention"], in: folder)
        #expect(!one.stdout.contains("--date-convention"), "\(one.stdout)")
    }
}
