import Foundation
import Testing
@testable import Khaosan

@Suite struct ErrorsReportTests {
    @Test func theReportListsEveryRejectionInOrderAndReplacesAnOldReport() throws {
        let temporary = BatchFixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: temporary) }
        let url = temporary.appendingPathComponent("out/errors.jsonl")
        var report = ErrorsReport()
        report.append(IngestError(location: "a.jsonl:2", reason: "malformed JSON"))
        report.append(IngestError(location: "b.txt", reason: "invalid UTF-8 at byte 3"))
        try report.write(to: url)
        #expect(String(decoding: try Data(contentsOf: url), as: UTF8.self) == """
            {"error":"malformed JSON","location":"a.jsonl:2"}
            {"error":"invalid UTF-8 at byte 3","location":"b.txt"}

            """)
        try ErrorsReport().write(to: url)
        #expect(try Data(contentsOf: url).isEmpty)
    }
}
