import Testing
@testable import Khaosan
@testable import KhaosanCore
@testable import KhaosanIO
@testable import KhaosanExtract

/// The work of extracting one document grows linearly with its length, for the inputs that
/// were quadratic (each candidate scanned every earlier mention): the steps counted by
/// `ExtractionWork` (span-index candidate tests, word-start visits, date-window visits) for a
/// document four times as long are about four times as many, not sixteen.
@Suite struct ExtractionComplexityTests {

    /// A deterministic Thai pseudo-word for `n` (distinct for distinct `n`).
    static func word(_ n: Int) -> String {
        let consonants = Array("กขคงจฉชซญดตถทธนบปผพฟมยรลวศสหอฮ")
        let vowels = ["า", "ิ", "ี", "ุ", "ู", "ั", "ำ", "อ"]
        var result = "", k = n + 40
        while k > 0 { result += String(consonants[k % consonants.count]) + vowels[(k / 7) % vowels.count]; k /= consonants.count }
        return result + "น"
    }

    /// The document kinds of the long-document benchmark, `count` pieces each.
    static let kinds: [(name: String, piece: (Int) -> String)] = [
        ("distinct names", { "นาย\(word($0)) \(word($0 * 3 + 1))ดี กล่าวว่า \(word($0 + 7)) " }),
        ("ranks", { "พล.อ.\(word($0)) \(word($0 + 11))ชัย ผู้บัญชาการ\(word($0 + 5)) " }),
        ("one given name, distinct family names", { "นายสมชาย \(word($0 * 5 + 2))ดี กล่าวว่า \(word($0 + 3)) " }),
        ("acronym definitions", { "สำนักงาน\(word($0))\(word($0 + 3)) (ส\(word($0)).) ได้ประชุมร่วมกับ ส\(word($0)). วันนี้\n" }),
        ("one paragraph repeated", { _ in
            "เมื่อวันที่ 4 มีนาคม 2568 นายสมชาย ใจดี รัฐมนตรีว่าการกระทรวงการคลัง เปิดงาน ITB Berlin 2025 ณ กรุงเบอร์ลิน "
                + "ประเทศเยอรมนี ร่วมกับการท่องเที่ยวแห่งประเทศไทย (ททท.) โดย ททท. และนายสมชาย กล่าวว่า พล.อ.ประยุทธ์ จันทร์โอชา\n" }),
        ("Latin only", { "The Ministry of Finance said on Monday that Project \($0 % 97) and Forum \($0 % 13) will grow. " }),
    ]

    /// Work and mentions of one document of `count` pieces (`pipeline` holds an ICU iterator:
    /// one per test case, the cases run in parallel).
    static func steps(_ piece: (Int) -> String, count: Int, pipeline: ExtractionPipeline) throws -> (steps: Int, mentions: Int) {
        let text = (0..<count).map(piece).joined()
        let work = ExtractionWork()
        let extraction = try ExtractionWork.$current.withValue(work) {
            try pipeline.extraction(of: RawDocument(id: "long", metadata: DocumentMetadata(), source: text), contentHash: "")
        }
        return (work.steps, extraction.mentions.count)
    }

    @Test(arguments: 0..<kinds.count) func workGrowsLinearly(kind: Int) throws {
        let (name, piece) = Self.kinds[kind]
        let pipeline = try ExtractionPipeline(extractors: StandardExtractors.make(lexicon: Lexicon.bundled()))
        let small = try Self.steps(piece, count: 150, pipeline: pipeline)
        let large = try Self.steps(piece, count: 600, pipeline: pipeline)
        #expect(small.mentions > 0 && large.mentions >= small.mentions * 3, "\(name): \(small.mentions) → \(large.mentions) mentions")
        #expect(small.steps > 0, "\(name): no work counted")
        // 4× the text: linear work is ≈4× (quadratic would be ≈16×). Work under one step per
        // piece counts as one step per piece: a handful of steps (the Latin text makes ~6, and
        // which few spans the tagger finds there shifts with every retrained model) has no
        // growth rate to read, while a quadratic scan still exceeds the bound.
        let floor = Double(max(small.steps, 150))
        #expect(Double(large.steps) <= 5.0 * floor, "\(name): \(small.steps) → \(large.steps) steps")
    }
}
