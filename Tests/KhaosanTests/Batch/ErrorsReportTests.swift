import Foundation
import Testing
@testable import Khaosan
@testable import KhaosanIO
@testable import KhaosanBatch

@Suite struct ErrorsReportTests {
    @Test func theReportListsEveryRejectionInOrderAndReplacesAnOldReport() throws {
        let temporary = BatchFixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: temporary) }
        let url = temporary.appendingPathComponent("out/errors.jsonl")
        let report = try ErrorsReport(path: url.path)
        try report.append(InputError(location: "a.jsonl:2", reason: "malformed JSON"))
        try report.append(InputError(location: "b.txt", reason: "invalid UTF-8 at byte 3"))
        #expect(report.count == 2)
        try report.commit()
        #expect(String(decoding: try Data(contentsOf: url), as: UTF8.self) == """
            {"error":"malformed JSON","location":"a.jsonl:2"}
            {"error":"invalid UTF-8 at byte 3","location":"b.txt"}

            """)
        try ErrorsReport(path: url.path).commit()
        #expect(try Data(contentsOf: url).isEmpty)
    }

    @Test func anUncommittedReportLeavesTheOldOneAndNoTemporaryFile() throws {
        let temporary = BatchFixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: temporary) }
        let url = temporary.appendingPathComponent("errors.jsonl")
        try Data("old\n".utf8).write(to: url)
        do {
            let report = try ErrorsReport(path: url.path)
            try report.append(InputError(location: "a", reason: "b"))
        }
        #expect(try Data(contentsOf: url) == Data("old\n".utf8))
        #expect(try FileManager.default.contentsOfDirectory(atPath: temporary.path) == ["errors.jsonl"])
    }

    @Test func aTemporaryFileOfAKilledRunIsRemovedByTheNextRun() throws {
        let temporary = BatchFixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: temporary) }
        try FileManager.default.createDirectory(at: temporary, withIntermediateDirectories: true)
        // A pid that cannot be running (above Linux's pid_max limit of 2^22).
        let abandoned = temporary.appendingPathComponent(".errors.jsonl.\(Int32(1) << 30).tmp")
        let someoneElses = temporary.appendingPathComponent(".other.jsonl.\(Int32(1) << 30).tmp")
        try Data("half".utf8).write(to: abandoned)
        try Data("half".utf8).write(to: someoneElses)
        try ErrorsReport(path: temporary.appendingPathComponent("errors.jsonl").path).commit()
        #expect(!FileManager.default.fileExists(atPath: abandoned.path))
        #expect(FileManager.default.fileExists(atPath: someoneElses.path))
    }
}
