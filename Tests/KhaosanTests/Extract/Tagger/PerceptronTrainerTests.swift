import Testing
@testable import Khaosan
@testable import KhaosanExtract
@testable import KhaosanTraining

@Suite struct PerceptronTrainerTests {
    @Test func sameDataSameSeedGiveTheSameModelBytes() throws {
        let documents = try TaggerTestSupport.sample()
        func bytes(seed: UInt64) throws -> [UInt8] {
            let training = TaggerTestSupport.training(epochs: 3, seed: seed)
            let (examples, _) = try training.examples(documents)
            return ModelFileFormat.encode(training.train(examples, dev: []) { _, _, _ in })
        }
        let a = try bytes(seed: 7)
        #expect(try bytes(seed: 7) == a)
        #expect(try bytes(seed: 8) != a)   // the order matters to a perceptron: the seed is really used
    }

    @Test func learnsItsTrainingData() throws {
        let documents = try TaggerTestSupport.sample()
        let training = TaggerTestSupport.training(rowBits: 14, epochs: 8)
        let (examples, stats) = try training.examples(documents)
        #expect(stats.spans == documents.reduce(0) { $0 + $1.spans.count })
        var firstEpoch = 0, lastEpoch = 0
        let model = training.train(examples, dev: examples) { epoch, _, scorer in
            if epoch == 1 { firstEpoch = scorer.micro.correct }
            lastEpoch = scorer.micro.correct
        }
        let score = TaggerTraining.score(model, on: examples).micro
        #expect(lastEpoch > firstEpoch)
        #expect(score.f1 > 0.9)   // a perceptron with word features fits 30 sentences
    }
}
