import Testing
import Foundation

@Suite struct SegmentCommandTests {
    @Test func segmentsASeedArticleIntoSensibleTokens() throws {
        let result = try CommandLineRunner.run(["segment", "corpus/seed-phayao-creative-cities-forum.txt"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("|มหาวิทยาลัย|พะเยา|"))
    }
}
