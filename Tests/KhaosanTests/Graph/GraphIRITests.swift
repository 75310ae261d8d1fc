import Testing
@testable import Khaosan
@testable import KhaosanGraph

@Suite struct GraphIRITests {
    @Test func entityIRIsAreASCIISlugPlusAHashOfLabelAndKey() throws {
        let iri = GraphIRI(base: "https://kg.example/th")
        let id = iri.entity(label: .organization, key: "มหาวิทยาลัยพะเยา", romanizer: try RTGSRomanizer.bundled())
        // The slug is the RTGS romanisation (ICU words apart): "Maha Witthayalai Phayao".
        #expect(id.hasPrefix("https://kg.example/th/org/maha-witthayalai-phayao-"))
        #expect(id.unicodeScalars.allSatisfy { $0.isASCII })
        // Same key under another label is another thing.
        #expect(iri.entity(label: .place, key: "มหาวิทยาลัยพะเยา", romanizer: nil).hasSuffix(String(id.suffix(12))) == false)
        // The hash part depends on the key only: fixed FNV-1a values.
        #expect(GraphIRI.hash("") == "cbf29ce48422")
        #expect(GraphIRI.hash("ORG|x") == GraphIRI.hash("ORG|x"))
    }

    @Test func documentsAndMentionsUseRFC5147Fragments() {
        let iri = GraphIRI()
        #expect(iri.document("a b/ค") == "https://example.org/khaosan/doc/a%20b%2F%E0%B8%84")
        #expect(iri.mention(document: "d1", start: 3, end: 9) == "https://example.org/khaosan/doc/d1#char=3,9")
    }

    @Test func datesAreNamedByTheirValue() {
        let iri = GraphIRI()
        #expect(iri.entity(label: .date, key: "v:2023-11-16/2023-11-18", romanizer: nil)
                == "https://example.org/khaosan/date/2023-11-16_2023-11-18")
        #expect(iri.entity(label: .date, key: "v:2019~late", romanizer: nil) == "https://example.org/khaosan/date/2019~late")
    }
}

extension GraphIRITests {
    /// The slug as first written (Character-based), the reference for the byte-based one.
    static func referenceSlug(_ latin: String) -> String {
        var out = ""
        var lastDash = true
        for scalar in latin.unicodeScalars {
            if scalar.isASCII && (scalar.properties.isAlphabetic || scalar.properties.numericType != nil) {
                out.unicodeScalars.append(scalar.properties.lowercaseMapping.unicodeScalars.first ?? scalar)
                lastDash = false
            } else if !lastDash {
                out.append("-")
                lastDash = true
            }
            if out.count >= 40 { break }
        }
        while out.hasSuffix("-") { out.removeLast() }
        return out.isEmpty ? "x" : out
    }

    @Test func slugEqualsTheReferenceOnRandomStrings() {
        var g = SeededGenerator(seed: 41)
        let pieces = ["A", "z", "0", "9", " ", "-", "--", "é", "ก", "Ü", "_", "Mr.", "ASEAN+3", "\u{A0}", "x"]
        for _ in 0..<500 {
            let text = (0..<Int.random(in: 0...30, using: &g)).map { _ in pieces.randomElement(using: &g)! }.joined()
            #expect(GraphIRI.slug(text, romanizer: nil, person: false) == Self.referenceSlug(text))
        }
    }
}
