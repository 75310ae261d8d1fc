import Testing
@testable import Khaosan
@testable import KhaosanText

@Suite struct CanonicalComposerTests {
    /// Texts are compared as scalar arrays: Swift's String == is canonical equivalence.
    private func compose(_ text: String) -> ([Unicode.Scalar], [String])? {
        let values = text.unicodeScalars.map(\.value)
        let identity = values.indices.map { Int32($0) }
        guard let result = CanonicalComposer.compose(values, starts: identity, ends: identity.map { $0 + 1 }) else {
            return nil
        }
        return (result.scalars.compactMap(Unicode.Scalar.init), zip(result.starts, result.ends).map { "\($0)-\($1)" })
    }

    @Test func composesHangulJamoIntoOneSyllableMappedToAllThree() throws {
        let (text, map) = try #require(compose("x\u{1100}\u{1161}\u{11A8}y"))
        #expect(text == Array("x\u{AC01}y".unicodeScalars))
        #expect(map == ["0-1", "1-4", "4-5"])
    }

    @Test func decomposesCompositionExclusionsAndKeepsTheMap() throws {
        // U+0958 (Devanagari qa) is excluded from composition: NFC writes it as two scalars.
        let (text, map) = try #require(compose("\u{0958}ก"))
        #expect(text == Array("\u{0915}\u{093C}ก".unicodeScalars))
        #expect(map == ["0-1", "0-1", "1-2"])
    }

    @Test func reordersCombiningMarksAndComposes() throws {
        // a + dot below (ccc 220) after diaeresis (ccc 230): NFC gives ạ̈ = U+1EA1 U+0308.
        let (text, map) = try #require(compose("a\u{0308}\u{0323}."))
        #expect(text == Array("\u{1EA1}\u{0308}.".unicodeScalars))
        #expect(map == ["0-3", "0-3", "3-4"])
    }

    @Test func textAlreadyInNFCKeepsAPerScalarMap() throws {
        let (text, map) = try #require(compose("q\u{0301}ผู้"))
        #expect(text == Array("q\u{0301}ผู้".unicodeScalars))
        #expect(map == ["0-1", "1-2", "2-3", "3-4", "4-5"])
    }
}
