import Testing
@testable import Khaosan
@testable import KhaosanText

@Suite struct NormalizedTextTests {
    @Test func utf32InitEncodesEveryUTF8Length() {
        let text = "aé€😀ก"
        let values = text.unicodeScalars.map(\.value)
        let normalized = NormalizedText(utf32: values, offsetMap: .identity(length: values.count))
        #expect(Array(normalized.text.utf8) == Array(text.utf8))
        #expect(normalized.scalars == Array(text.unicodeScalars))
    }
}
