import Foundation
import Testing
@testable import Khaosan
@testable import KhaosanCore

@Suite struct ResourceTextTests {
    /// The byte-level split follows `Collection.split` (empty pieces, maxSplits).
    @Test func splitMatchesTheStandardLibrary() {
        let samples = ["a=b", "=a=b", "a==b", "a=", "=", "", "==x", "ก=ข=ค", "x;;y;", ";"]
        for sample in samples {
            var text = sample
            for maxSplits in [1, Int.max] {
                for omitting in [true, false] {
                    let expected = sample.utf8.split(separator: UInt8(ascii: "="), maxSplits: maxSplits,
                                                     omittingEmptySubsequences: omitting).map { String(decoding: $0, as: UTF8.self) }
                    let got = text.withUTF8 { bytes in
                        ResourceText.split(bytes, 0..<bytes.count, separator: UInt8(ascii: "="), maxSplits: maxSplits,
                                           omittingEmpty: omitting).map { ResourceText.string(bytes, $0) }
                    }
                    #expect(got == expected, "\(sample) \(maxSplits) \(omitting)")
                }
            }
        }
    }

    /// Trimming removes what Foundation's `.whitespaces` removes (tab, Zs and ZWSP; not newlines).
    @Test func trimsLikeFoundationWhitespaces() {
        let samples = ["  ก ข  ", "\tx\t", "\u{00A0}พะเยา\u{3000}", "\u{2003}a\u{202F}", "\u{200B}a\u{200B}",
                       "a\r", "\n a \n", "   ", "", "ก\u{0E31} "]
        for sample in samples {
            var text = sample
            let got = text.withUTF8 { ResourceText.string($0, ResourceText.trimmed($0, 0..<$0.count)) }
            #expect(got == sample.trimmingCharacters(in: .whitespaces), "\(sample.unicodeScalars.map(\.value))")
        }
    }

    /// Every scalar: trimmed alone exactly when Foundation trims it.
    @Test func whitespaceIsFoundationsSet() {
        for v in UInt32(0)..<0x3100 {
            guard let scalar = Unicode.Scalar(v) else { continue }
            var text = String(scalar) + "x"
            let trimmed = text.withUTF8 { ResourceText.trimmed($0, 0..<$0.count).count } == 1
            #expect(trimmed == CharacterSet.whitespaces.contains(scalar), "U+\(String(v, radix: 16))")
        }
    }

    @Test func entriesSkipBlankAndCommentLines() {
        #expect(ResourceText.entries(of: "# list\n ก \n\n\tข\n #x\n") == ["ก", "ข"])
    }
}
