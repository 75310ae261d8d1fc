import Foundation
import Testing
@testable import Khaosan
@testable import KhaosanCore
@testable import KhaosanExtract

@Suite struct ModelFileFormatTests {
    private func trainedModel(_ featureSet: TaggerFeatureSet = .standard) throws -> PerceptronModel {
        let training = TaggerTestSupport.training(rowBits: 10, epochs: 2, featureSet: featureSet)
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

    /// A standard model is written as format version 1 (older readers and older files agree);
    /// an extended one as version 2 with its feature set, which survives the round trip.
    @Test func featureSetIsSavedFromVersion2() throws {
        let standard = ModelFileFormat.encode(try trainedModel(.standard))
        let extended = ModelFileFormat.encode(try trainedModel(.extended))
        #expect(standard[8] == 1 && extended[8] == 2)
        #expect(try ModelFileFormat.decode(standard, origin: "standard").featureSet == .standard)
        let loaded = try ModelFileFormat.decode(extended, origin: "extended")
        #expect(loaded.featureSet == .extended)
        #expect(ModelFileFormat.encode(loaded) == extended)
        // The extended templates add rows: the same text gives more features per unit.
        let (document, units) = try TaggerTestSupport.units(TaggerTestSupport.sentence, prefixes: ["นาง"])
        let a = try trainedModel(.standard).features(of: units, in: document.textScalars)
        let b = loaded.features(of: units, in: document.textScalars)
        #expect(b.rows.count >= a.rows.count + 3 * units.count)
    }

    @Test func rejectsDamagedFiles() throws {
        let bytes = ModelFileFormat.encode(try trainedModel())
        var flipped = bytes
        flipped[bytes.count / 2] ^= 0x01
        #expect(throws: InputError.self) { try ModelFileFormat.decode(flipped, origin: "flipped") }
        #expect(throws: InputError.self) { try ModelFileFormat.decode(Array(bytes.prefix(bytes.count - 100)), origin: "cut") }
        #expect(throws: InputError.self) { try ModelFileFormat.decode(Array("not a model at all".utf8), origin: "text") }
    }

    /// The shipped model's weights are loaded straight into the scoring table (no row-major
    /// copy): written back, the model gives the file's bytes again.
    @Test func shippedModelWritesBackToItsFile() throws {
        let model = try #require(TaggerExtractor.bundledModel)
        let path = BundledResources.root.appendingPathComponent(TaggerExtractor.bundledModelPath).path
        let file = try #require(FileManager.default.contents(atPath: path))
        #expect(ModelFileFormat.encode(model) == [UInt8](file))
    }

    @Test func shippedModelLoads() throws {
        let model = try #require(TaggerExtractor.bundledModel)
        #expect(model.scheme == .standard)
        #expect(model.gazetteer.lists.contains { $0.name == "tagger-titles" })
    }
}
