import Testing
@testable import Khaosan
@testable import KhaosanExtract

@Suite struct ModelFileFormatTests {
    private func trainedModel() throws -> PerceptronModel {
        let training = TaggerTestSupport.training(rowBits: 10, epochs: 2)
        let (examples, _) = try training.examples(Array(try TaggerTestSupport.sample().prefix(10)))
        return training.train(examples, dev: []) { _, _, _ in }
    }

    @Test func saveLoadRoundTrip() throws {
        let model = try trainedModel()
        let bytes = ModelFileFormat.encode(model)
        let loaded = try ModelFileFormat.decode(bytes, origin: "memory")
        #expect(loaded.weights == model.weights)   // the trainer's models are already quantised
        #expect(loaded.transitions == model.transitions)
        #expect(loaded.scheme == model.scheme && loaded.rowBits == model.rowBits && loaded.usesHints == model.usesHints)
        #expect(loaded.gazetteer == model.gazetteer)
        #expect(loaded.splitPrefixes == model.splitPrefixes)
        #expect(ModelFileFormat.encode(loaded) == bytes)
        #expect(model.weights.contains { $0 != 0 })
    }

    @Test func rejectsDamagedFiles() throws {
        let bytes = ModelFileFormat.encode(try trainedModel())
        var flipped = bytes
        flipped[bytes.count / 2] ^= 0x01
        #expect(throws: InputError.self) { try ModelFileFormat.decode(flipped, origin: "flipped") }
        #expect(throws: InputError.self) { try ModelFileFormat.decode(Array(bytes.prefix(bytes.count - 100)), origin: "cut") }
        #expect(throws: InputError.self) { try ModelFileFormat.decode(Array("not a model at all".utf8), origin: "text") }
    }

    @Test func shippedModelLoads() throws {
        let model = try #require(TaggerExtractor.bundledModel)
        #expect(model.scheme == .standard)
        #expect(model.gazetteer.lists.contains { $0.name == "tagger-titles" })
    }
}
