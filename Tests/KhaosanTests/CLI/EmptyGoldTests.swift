import Foundation
import Testing
@testable import Khaosan

/// `eval` and `train` on a gold file without documents fail (exit 1) instead of printing
/// scores of nothing or writing a model learnt from nothing.
@Suite struct EmptyGoldTests {
    @Test func evalAndTrainRefuseAnEmptyGold() throws {
        let folder = try DataSafetyTests.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("\n".utf8).write(to: folder.appendingPathComponent("gold.jsonl"))
        let eval = try CommandLineRunner.run(["eval", "--gold", "gold.jsonl", "--no-model"], in: folder)
        #expect(eval.status == 1)
        #expect(eval.stderr.contains("gold gold.jsonl: no gold documents"), "\(eval.stderr)")
        let train = try CommandLineRunner.run(["train", "--gold", "gold.jsonl", "-o", "model.khm", "--epochs", "1"], in: folder)
        #expect(train.status == 1)
        #expect(train.stderr.contains("no training documents; no model written"), "\(train.stderr)")
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("model.khm").path))
    }
}
