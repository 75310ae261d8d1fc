import Foundation
import Testing
@testable import Khaosan
@testable import KhaosanBatch

@Suite struct ExtractOutputTrailerTests {
    @Test func aTrailerLineRoundTripsAndOtherLinesAreNotTrailers() throws {
        var tally = ExtractOutputTrailer()
        tally.add(line: Data("{\"id\":\"a\"}".utf8))
        tally.add(line: Data("{\"id\":\"b\"}".utf8))
        let line = tally.line
        #expect(String(decoding: line, as: UTF8.self).hasPrefix("{\"trailer\":{\"checksum\":\""))
        #expect(ExtractOutputTrailer(parsing: line) == tally)
        #expect(ExtractOutputTrailer(parsing: Data("{\"id\":\"a\"}".utf8)) == nil)
        #expect(ExtractOutputTrailer(parsing: Data("{\"trailer\":{\"checksum\":\"xyz\",\"lines\":2}}".utf8)) == nil)
        #expect(ExtractOutputTrailer(parsing: Data("{\"trailer\":{\"checksum\":\"0000000000000000\",\"lines\":-1}}".utf8)) == nil)
    }

    @Test func theChecksumDoesNotDependOnLineOrderButOnEveryLine() {
        let lines = (0..<50).map { Data("{\"id\":\"\($0)\"}".utf8) }
        var forward = ExtractOutputTrailer(), backward = ExtractOutputTrailer(), missing = ExtractOutputTrailer()
        lines.forEach { forward.add(line: $0) }
        lines.reversed().forEach { backward.add(line: $0) }
        lines.dropLast().forEach { missing.add(line: $0) }
        missing.add(line: Data("{\"id\":\"4\"}".utf8))   // same count, one line replaced
        #expect(forward == backward)
        #expect(forward.lines == missing.lines)
        #expect(forward.checksum != missing.checksum)
        // Two writers' trailers add up to the tally of all their lines.
        var first = ExtractOutputTrailer(), second = ExtractOutputTrailer()
        lines.prefix(20).forEach { first.add(line: $0) }
        lines.dropFirst(20).forEach { second.add(line: $0) }
        first.add(second)
        #expect(first == forward)
    }
}
