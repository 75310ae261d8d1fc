import Foundation
import Testing
@testable import Khaosan
@testable import KhaosanIO
@testable import KhaosanTraining

/// `khaosan eval` and `train` read gold through `GoldDocument.load`: a bad gold line
/// must stop the run naming the file, the real line number and the problem.
@Suite struct GoldDocumentTests {
    static func load(_ content: String) throws -> Result<[GoldDocument], InputError> {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("khaosan-gold-\(UUID().uuidString).jsonl").path
        try Data(content.utf8).write(to: URL(fileURLWithPath: path))
        defer { try? FileManager.default.removeItem(atPath: path) }
        do { return .success(try GoldDocument.load(jsonl: path)) } catch let error as InputError {
            return .failure(InputError(location: error.location.replacingOccurrences(of: path, with: "gold.jsonl"), reason: error.reason))
        }
    }

    @Test func aSpanBeyondTheTextIsRejectedInsteadOfScoredAsMissed() throws {
        let result = try Self.load(#"{"id":"a","text":"abc","spans":[{"start":2,"end":10,"label":"PERSON"}]}"# + "\n")
        #expect(result == .failure(InputError(location: "gold.jsonl:1",
                                               reason: "gold document a: span 2..<10 (PERSON) ends beyond the text (3 Unicode scalars)")))
    }

    @Test func aSpanWhoseTextDiffersFromTheTextAtItsOffsetsIsRejected() throws {
        let result = try Self.load(#"{"id":"a","text":"abc","spans":[{"start":1,"end":2,"label":"ORG","text":"zz"}]}"#)
        #expect(result == .failure(InputError(location: "gold.jsonl:1",
                                               reason: "gold document a: span 1..<2 (ORG) covers 'b' but its text is 'zz'")))
    }

    @Test func anEmptyOrReversedSpanIsRejected() throws {
        let result = try Self.load(#"{"id":"a","text":"abc","spans":[{"start":2,"end":2,"label":"ORG"}]}"#)
        #expect(result == .failure(InputError(location: "gold.jsonl:1", reason: "gold document a: span 2..<2 (ORG) is empty or reversed")))
    }

    @Test func overlappingSpansAreRejected() throws {
        let result = try Self.load(#"{"id":"a","text":"abcdef","spans":[{"start":0,"end":3,"label":"ORG"},{"start":2,"end":5,"label":"PERSON"}]}"#)
        #expect(result == .failure(InputError(location: "gold.jsonl:1", reason: "gold document a: span 2..<5 (PERSON) overlaps span 0..<3 (ORG)")))
        let touching = try Self.load(#"{"id":"a","text":"abcdef","spans":[{"start":3,"end":5,"label":"ORG"},{"start":0,"end":3,"label":"ORG"}]}"#)
        #expect(try touching.get().first?.spans.count == 2)
    }

    @Test func offsetsAreUnicodeScalarsSoAnEmojiCountsOnce() throws {
        let result = try Self.load(#"{"id":"a","text":"😀ab","spans":[{"start":1,"end":3,"label":"ORG","text":"ab"}]}"#)
        #expect(try result.get().first?.spans.count == 1)
    }

    @Test func errorLineNumbersCountBlankLines() throws {
        let result = try Self.load("\n\n" + #"{"id":"a","text":"abc","spans":[{"start":"x","end":2,"label":"P"}]}"# + "\n")
        #expect(result == .failure(InputError(location: "gold.jsonl:3",
                                               reason: #"not a gold document: "spans[0].start" has the wrong type (expected Int)"#)))
    }

    @Test func aMissingFieldIsNamedInWords() throws {
        let result = try Self.load(#"{"id":"a","text":"abc"}"#)
        #expect(result == .failure(InputError(location: "gold.jsonl:1", reason: #"not a gold document: missing "spans""#)))
    }
}
