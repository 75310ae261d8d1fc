// libFuzzer harness: arbitrary text (the input as UTF-8, invalid bytes → U+FFFD) through the date
// scanner (both span conventions) and resolver, as `DateExtractor` runs them, with and without a publication date.
// Properties: no trap; matches lie inside the text, are non-empty, in order and not overlapping;
// every value is a valid ISO 8601 date value (`ISODateValue`).
import FuzzSupport
@testable import Khaosan
@testable import KhaosanCore
@testable import KhaosanExtract

private let scanners: [DateScanner] = {
    guard case .success(let vocabulary) = DateVocabulary.shared else { fatalError("date vocabulary unavailable") }
    return DateSpanConvention.allCases.map { DateScanner(vocabulary: vocabulary, convention: $0) }
}()
private let resolvers: [DateResolver] = {
    guard let calendar = ThaiCalendar.shared else { fatalError("ICU Buddhist calendar unavailable") }
    return [DateResolver(calendar: calendar, anchor: nil),
            DateResolver(calendar: calendar, anchor: CivilDate(year: 2016, month: 2, day: 29))]
}()

@main
enum DatesFuzz {
    static func main() { runFuzzer(testOneInput) }
}

private func testOneInput(_ bytes: UnsafeBufferPointer<UInt8>) {
    let text = Array(fuzzText(bytes).unicodeScalars)
    for scanner in scanners {
        check(scanner.scan(text), in: text)
    }
}

private func check(_ matches: [DateMatch], in text: [Unicode.Scalar]) {
    var previousEnd = 0
    for match in matches {
        let range = match.range
        fuzzRequire(range.start >= previousEnd && range.start < range.end && range.end <= text.count,
                    "match \(range) after \(previousEnd) in \(text.count) scalars")
        previousEnd = range.end
        for resolver in resolvers {
            if let value = resolver.value(of: match) {
                fuzzRequire(ISODateValue.isValid(value), "value \(value) of \(match.expression) is not an ISO date")
            }
        }
    }
}
