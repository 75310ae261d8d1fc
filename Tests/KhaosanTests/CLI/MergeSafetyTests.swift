import Foundation
import Testing
@testable import Khaosan
@testable import KhaosanBatch

/// End-to-end: `merge` refuses incomplete or tampered `extract` output (issue 12) unless
/// `--accept-partial`, and `extract`s sharing one pipe lose nothing unnoticed.
@Suite struct MergeSafetyTests {
    /// JSON Lines of `count` small documents, each with a person, a place and a date.
    static func documents(_ count: Int, prefix: String = "d") -> Data {
        Data((0..<count).map { i in
            #"{"id":"\#(prefix)\#(i)","text":"นายเศรษฐา ทวีสิน เดินทางไปจังหวัดพะเยาเมื่อวันที่ \#(i % 28 + 1) พฤศจิกายน 2568"}"#
        }.joined(separator: "\n").appending("\n").utf8)
    }

    static func extract(_ input: Data) throws -> [String] {
        let result = try CommandLineRunner.run(["extract", "-", "--no-cache", "--quiet"], stdin: input)
        #expect(result.status == 0, "\(result.stderr)")
        return result.stdout.split(separator: "\n").map(String.init)
    }

    static func merge(_ parts: [String], _ extra: [String] = []) throws -> (CommandLineRunner.Result, graph: String) {
        let folder = URL(fileURLWithPath: CommandLineRunner.temporaryPath("merge"))
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let paths = try parts.enumerated().map { i, text in
            let url = folder.appendingPathComponent("part-\(i).jsonl")
            try Data(text.utf8).write(to: url)
            return url.path
        }
        let graph = folder.appendingPathComponent("g.jsonld")
        let result = try CommandLineRunner.run(["merge"] + paths + ["-o", graph.path] + extra)
        return (result, (try? String(contentsOf: graph, encoding: .utf8)) ?? "")
    }

    /// `lines` (documents, no trailer) with the trailer `extract` would write for them.
    static func withTrailer(_ lines: [String]) -> String {
        var tally = ExtractOutputTrailer()
        lines.forEach { tally.add(line: Data($0.utf8)) }
        return (lines + [String(decoding: tally.line, as: UTF8.self)]).joined(separator: "\n") + "\n"
    }

    @Test func aCompletePartMergesAndEveryIncompleteOneIsRefusedWithoutAGraph() throws {
        let lines = try Self.extract(Self.documents(6))
        #expect(lines.count == 7)
        #expect(lines.last?.hasPrefix("{\"trailer\":") == true)
        let whole = lines.joined(separator: "\n") + "\n"
        let (good, graph) = try Self.merge([whole])
        #expect(good.status == 0, "\(good.stderr)")
        #expect(graph.contains("@context"))
        let cases: [(String, String)] = [
            (String(whole.dropLast(40)), "the last line is cut"),
            (lines.dropLast(2).joined(separator: "\n") + "\n", "no trailer"),
            ((lines.prefix(2) + lines.suffix(1)).joined(separator: "\n") + "\n", "the trailer(s) declare 6"),
            ("", "empty"),
        ]
        for (part, reason) in cases {
            let (refused, graph) = try Self.merge([whole.replacingOccurrences(of: "\"d", with: "\"e"), part])
            #expect(refused.status == 1, "\(reason): \(refused.stderr)")
            #expect(refused.stderr.contains(reason), "\(reason): \(refused.stderr)")
            #expect(refused.stderr.contains("no graph written"))
            #expect(graph.isEmpty)
            let (partial, partialGraph) = try Self.merge([whole, part], ["--accept-partial"])
            #expect(partial.status == 0, "\(reason): \(partial.stderr)")
            #expect(partial.stderr.contains("warning:"))
            #expect(partialGraph.contains("@context"))
        }
    }

    @Test func linesWithInvalidRangesDatesOrIdsAreRefused() throws {
        let lines = try Self.extract(Self.documents(1)).dropLast()
        let line = try #require(lines.first)
        let object = try #require(JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        func edited(_ change: (inout [String: Any]) -> Void) throws -> String {
            var copy = object
            change(&copy)
            return String(decoding: try JSONSerialization.data(withJSONObject: copy, options: [.sortedKeys]), as: UTF8.self)
        }
        func editMention(where label: String, _ change: @escaping (inout [String: Any]) -> Void) throws -> String {
            try edited { document in
                var mentions = document["mentions"] as! [[String: Any]]
                let index = mentions.firstIndex { $0["label"] as? String == label }!
                change(&mentions[index])
                document["mentions"] = mentions
            }
        }
        let cases: [(String, String)] = [
            (try editMention(where: "PLACE") { $0["range"] = ["start": -5, "end": 3] }, "starts before the text"),
            (try editMention(where: "PLACE") { $0["range"] = ["start": 9, "end": 3] }, "reversed"),
            (try editMention(where: "PLACE") { $0["range"] = ["start": 9, "end": 100_000] }, "ends past the text"),
            (try editMention(where: "DATE") { $0["value"] = "2016-02-30" }, "invalid date value \"2016-02-30\""),
            (try edited { $0["id"] = "" }, "empty document id"),
        ]
        for (bad, reason) in cases {
            let (refused, _) = try Self.merge([Self.withTrailer([bad])])
            #expect(refused.status == 1, "\(reason): \(refused.stderr)")
            #expect(refused.stderr.contains(reason), "\(reason): \(refused.stderr)")
            let (partial, graph) = try Self.merge([Self.withTrailer([line, bad.replacingOccurrences(of: "\"d0\"", with: "\"x\"")])],
                                                  ["--accept-partial"])
            #expect(partial.status == 0, "\(reason): \(partial.stderr)")
            #expect(!graph.contains("#char=-5"))
            #expect(!graph.contains("2016-02-30"))
        }
    }

    @Test func fourExtractsWritingIntoOnePipeLoseNothingUnnoticed() throws {
        let folder = URL(fileURLWithPath: CommandLineRunner.temporaryPath("pipe"))
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        for writer in 0..<4 {
            try Self.documents(150, prefix: "w\(writer)-").write(to: folder.appendingPathComponent("in\(writer).jsonl"))
        }
        // Four processes writing to the write end of one pipe, read to its end.
        let pipe = Pipe()
        let writers = try (0..<4).map { writer -> Process in
            let process = Process()
            process.executableURL = CommandLineRunner.executable
            process.arguments = ["extract", "in\(writer).jsonl", "--no-cache", "--quiet", "-j", "2"]
            process.currentDirectoryURL = folder
            process.standardOutput = pipe.fileHandleForWriting
            process.standardError = FileHandle.nullDevice
            process.standardInput = FileHandle.nullDevice
            try process.run()
            return process
        }
        try pipe.fileHandleForWriting.close()
        let shared = pipe.fileHandleForReading.readDataToEndOfFile()
        writers.forEach { $0.waitUntilExit() }
        #expect(writers.allSatisfy { $0.terminationStatus == 0 })
        try shared.write(to: folder.appendingPathComponent("all.jsonl"))
        let merged = try CommandLineRunner.run(["merge", "all.jsonl", "-o", "g.jsonld"], in: folder)
        // Either every document arrived whole, or the merge refuses: never exit 0 with documents lost.
        if merged.status == 0 {
            #expect(merged.stderr.contains("600 document(s)"), "\(merged.stderr)")
        } else {
            #expect(merged.stderr.contains("no graph written"), "\(merged.stderr)")
        }
        let all = try String(contentsOf: folder.appendingPathComponent("all.jsonl"), encoding: .utf8)
        #expect(all.split(separator: "\n").filter { $0.hasPrefix("{\"trailer\":") }.count == 4)
    }
}
