import Testing
import Foundation

@Suite struct SegmentCommandTests {
    @Test func segmentsASeedArticleIntoSensibleTokens() throws {
        let result = try CommandLineRunner.run(["segment", "corpus/seed-phayao-creative-cities-forum.txt"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("|มหาวิทยาลัย|พะเยา|"))
    }

    @Test func theTextFormatKeepsEachDocumentOnOneLineWithLineBreaksEscaped() throws {
        let input = #"{"id":"a","text":"ก\nข ค|ง\\จ"}"# + "\n" + #"{"id":"b","text":"พะเยา"}"# + "\n"
        let result = try CommandLineRunner.run(["segment", "-"], stdin: Data(input.utf8))
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stdout.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.count == 3 && lines[2].isEmpty, "two documents, two lines: \(result.stdout)")
        #expect(lines[0].contains("ก|\\n|ข"))
        #expect(lines[0].contains("\\|"))
        #expect(lines[0].contains("\\\\"))
        #expect(lines[1] == "พะเยา")
    }
}
