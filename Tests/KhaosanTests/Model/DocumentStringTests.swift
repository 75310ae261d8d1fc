import Testing
@testable import Khaosan
@testable import KhaosanCore

@Suite struct DocumentStringTests {
    /// `Document.string` encodes UTF-8 by hand: it must give the same string as the
    /// standard library for 1- to 4-byte scalars, combining marks and slices.
    @Test func matchesTheStandardLibraryForEveryEncodedWidth() {
        let samples = ["", "a", "é ñ", "กรุงเทพฯ น้ำ", "日本語", "😀 a🇹🇭", "\u{0E01}\u{0E49}\u{0E33}", "x\u{0}y"]
        for sample in samples {
            let scalars = Array(sample.unicodeScalars)
            let built = Document.string(scalars[...])
            #expect(built == sample)
            #expect(Array(built.utf8) == Array(sample.utf8))
            if scalars.count > 2 {
                let slice = scalars[1..<(scalars.count - 1)]
                #expect(Array(Document.string(slice).unicodeScalars) == Array(slice))
            }
        }
    }
}
