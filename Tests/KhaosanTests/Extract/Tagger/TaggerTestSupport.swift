@testable import Khaosan
@testable import KhaosanCore
@testable import KhaosanText
@testable import KhaosanExtract
@testable import KhaosanTraining

/// Small shared helpers for the tagger tests.
enum TaggerTestSupport {
    static let sentence = "ตามที่นางประนอม ทองจันทร์ กับ ด.ช.กิตติพงษ์ แหลมผักแว่น ที่ จ.เชียงใหม่ เมื่อ 31สิงหาคม"

    static func units(_ text: String, prefixes: [String]) throws -> (Document, [TaggerUnit]) {
        let document = Document(id: "t", source: text)
        let tokens = try Segmenter().tokens(of: document)
        return (document, TaggerUnitSplitter(prefixes: prefixes).units(of: tokens, in: document.textScalars))
    }

    static func texts(_ document: Document, _ units: [TaggerUnit]) -> [String] {
        units.map { document.normalizedText($0.range) }
    }

    /// The ThaiNER sample fixture (CC BY 3.0, see fixtures/tagger/NOTICE).
    static func sample() throws -> [GoldDocument] {
        try GoldDocument.load(jsonl: Repository.path("fixtures/tagger/thainer-sample.jsonl"))
    }

    static func training(rowBits: Int = 12, epochs: Int = 5, seed: UInt64 = 7,
                         featureSet: TaggerFeatureSet = .standard) -> TaggerTraining {
        var settings = TaggerTraining.Settings()
        settings.featureSet = featureSet
        settings.rowBits = rowBits
        settings.epochs = epochs
        settings.seed = seed
        let gazetteer = TaggerGazetteer(lists: [("titles", ["นาย", "นาง", "นางสาว", "ด.ช."]), ("place-heads", ["จ.", "จังหวัด"])])
        return TaggerTraining(settings: settings, gazetteer: gazetteer, splitPrefixes: ["นาย", "นาง", "นางสาว", "ด.ช."])
    }
}
