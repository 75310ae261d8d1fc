import Foundation
import Testing

/// End-to-end: `khaosan dates` takes the shared `--date-convention`; `--convention` stays a hidden alias.
@Suite struct DatesCommandTests {
    /// From the seed article (corpus/seed-phayao-unesco-learning-city.txt).
    static let text = Data("เพื่อให้บรรลุเป้าหมายการพัฒนาที่ยั่งยืนในปี 2030 ตามที่ได้ประกาศไว้\n".utf8)

    static func dates(_ arguments: [String]) throws -> String {
        let result = try CommandLineRunner.run(["dates"] + arguments, stdin: text)
        #expect(result.status == 0, "\(result.stderr)")
        return result.stdout
    }

    @Test func theSharedOptionAndTheOldAliasGiveTheSameSpans() throws {
        let project = try Self.dates([])
        #expect(project.contains("ปี 2030\t2030"), "\(project)")
        let shared = try Self.dates(["--date-convention", "thaiNER"])
        #expect(shared != project)
        #expect(try Self.dates(["--convention", "thaiNER"]) == shared)
        #expect(try Self.dates(["--date-convention", "project"]) == project)
    }

    @Test func helpListsOnlyTheSharedOption() throws {
        let help = try CommandLineRunner.run(["dates", "--help"])
        #expect(help.stdout.contains("--date-convention"))
        #expect(!help.stdout.contains("--convention "), "\(help.stdout)")
    }
}
