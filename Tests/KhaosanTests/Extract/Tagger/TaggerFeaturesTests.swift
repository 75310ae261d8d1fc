import Testing
@testable import Khaosan
@testable import KhaosanCore
@testable import KhaosanText
@testable import KhaosanExtract

@Suite struct TaggerFeaturesTests {
    @Test func featureHashIsFixedAcrossProcesses() {
        // FNV-1a, 64 bits, each scalar fed as 4 little-endian bytes; value computed independently in Python.
        #expect(FeatureHash.string("นาย") == 0x081d_e087_0c8b_906e)
        #expect(FeatureHash.string("") == FNV1a.offsetBasis)
    }

    @Test func gazetteerHitsOnARealSentence() throws {
        let (document, units) = try TaggerTestSupport.units(TaggerTestSupport.sentence, prefixes: ["นาง", "ด.ช."])
        let gazetteer = TaggerGazetteer(lists: [("titles", ["นาง", "ด.ช."]), ("places", ["เชียงใหม่", "จ.เชียงใหม่"]),
                                                ("months", ["สิงหาคม"])])
        let hits = gazetteer.hits(units: units, scalars: document.textScalars)
        let texts = TaggerTestSupport.texts(document, units)
        func hitsOf(_ text: String, _ occurrence: Int = 0) -> [UInt16] {
            hits[texts.indices.filter { texts[$0] == text }[occurrence]]
        }
        // Codes are list * 4 + position (0 begin, 1 inside, 2 last, 3 single).
        let title: [UInt16] = [3], placeBegin: [UInt16] = [4], placeLastAndSingle: [UInt16] = [6, 7], month: [UInt16] = [11]
        #expect(hitsOf("นาง") == title)
        #expect(hitsOf("ด.ช.") == title)
        #expect(hitsOf("จ.") == placeBegin)   // begins "จ.เชียงใหม่"
        #expect(hitsOf("เชียงใหม่").sorted() == placeLastAndSingle)   // ends that hit, and is a hit itself
        #expect(hitsOf("สิงหาคม") == month)
        #expect(hitsOf("ประนอม").isEmpty)
    }

    @Test func featuresDependOnContextAndAreDeterministic() throws {
        let (document, units) = try TaggerTestSupport.units(TaggerTestSupport.sentence, prefixes: ["นาง", "ด.ช."])
        let hits = [[UInt16]](repeating: [], count: units.count)
        let a = TaggerFeatures(units: units, scalars: document.textScalars, gazetteerHits: hits, rowMask: 0xFFFF)
        let b = TaggerFeatures(units: units, scalars: document.textScalars, gazetteerHits: hits, rowMask: 0xFFFF)
        #expect(a.rows == b.rows)
        #expect(a.unitCount == units.count)
        let texts = TaggerTestSupport.texts(document, units)
        // "ที่" occurs twice in different contexts: the unit feature is shared, the neighbour features are not.
        let first = Set(a.rows(of: texts.firstIndex(of: "ที่")!))
        let second = Set(a.rows(of: texts.lastIndex(of: "ที่")!))
        #expect(first.intersection(second).count >= 3)   // bias, the unit itself, prefixes/suffixes, shape
        #expect(first != second)
        #expect(a.rows.allSatisfy { $0 <= 0xFFFF })
        // Hints add features.
        let hinted = TaggerFeatures(units: units, scalars: document.textScalars, gazetteerHits: hits,
                                    hints: [UInt16](repeating: 1, count: units.count), rowMask: 0xFFFF)
        #expect(hinted.rows.count == a.rows.count + 3 * units.count)
    }

    @Test func rowsAreThoseOfOneMixPerFeature() throws {
        // The shipped model's gazetteer and splitter over the ThaiNER sample, with hints
        // that include codes beyond the precomputed tables (≥ 256).
        let model = try #require(TaggerExtractor.bundledModel)
        var random = SplitMix64(seed: 3)
        var documents = try TaggerTestSupport.sample().map { Document(id: $0.id, source: $0.text) }
        documents.append(Document(id: "sentence", source: TaggerTestSupport.sentence + " " + TaggerTestSupport.sentence))
        var compared = 0
        for document in documents {
            let units = model.units(of: try Segmenter().tokens(of: document), in: document.textScalars)
            var hits = model.gazetteer.hits(units: units, scalars: document.textScalars)
            for i in hits.indices where random.next() % 7 == 0 { hits[i].append(UInt16(random.next() % 300)) }
            let hints = units.map { _ in UInt16([0, 0, 0, 1, 6, 21, 300, 0xFFFF][Int(random.next() % 8)]) }
            for (rowMask, unitHints) in [(UInt32(0xFFFF), hints), (UInt32(0xFFF), [])] {
              for featureSet in TaggerFeatureSet.allCases {
                let features = TaggerFeatures(units: units, scalars: document.textScalars, gazetteerHits: hits,
                                              hints: unitHints, rowMask: rowMask, featureSet: featureSet)
                let expected = ReferenceTaggerFeatures.rows(units: units, scalars: document.textScalars,
                                                            gazetteerHits: hits, hints: unitHints, rowMask: rowMask,
                                                            featureSet: featureSet)
                #expect(features.rows == expected.rows)
                #expect(features.starts == expected.starts)
                compared += features.rows.count
              }
            }
        }
        #expect(compared > 10_000)
    }

    /// The gazetteer's trie walk gives the codes a plain string comparison gives: per unit
    /// start and list, the longest entry ending on a unit boundary.
    @Test func gazetteerHitsMatchAPlainScanOfTheLists() throws {
        let model = try #require(TaggerExtractor.bundledModel)
        let lists = model.gazetteer.lists.map { Set($0.entries) }
        var documents = try TaggerTestSupport.sample().prefix(8).map { Document(id: $0.id, source: $0.text) }
        documents.append(Document(id: "sentence", source: TaggerTestSupport.sentence))
        var hitCount = 0
        for document in documents {
            let scalars = document.textScalars
            let units = model.units(of: try Segmenter().tokens(of: document), in: scalars)
            var expected = [[UInt16]](repeating: [], count: units.count)
            for (u, unit) in units.enumerated() where unit.kind != .space {
                for (l, entries) in lists.enumerated() {
                    // The last unit (within 40) whose text from this unit's start is an entry.
                    let reach = min(units.count, u + 40)
                    guard let last = (u..<reach).last(where: { k in
                        entries.contains(Document.string(scalars[unit.range.start..<units[k].range.end]))
                    }) else { continue }
                    let code = UInt16(l * 4)
                    if last == u { expected[u].append(code + 3); continue }
                    expected[u].append(code)
                    for k in (u + 1)..<last { expected[k].append(code + 1) }
                    expected[last].append(code + 2)
                }
            }
            let hits = model.gazetteer.hits(units: units, scalars: scalars)
            #expect(hits == expected, "\(document.id)")
            hitCount += hits.map(\.count).reduce(0, +)
        }
        #expect(hitCount > 100)
    }
}
