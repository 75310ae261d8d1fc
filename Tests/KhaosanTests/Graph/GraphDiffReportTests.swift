import Foundation
import Testing
@testable import Khaosan
@testable import KhaosanCore
@testable import KhaosanExtract
@testable import KhaosanResolve
@testable import KhaosanGraph

/// The reviewer's side of `khaosan diff`: edits paired, sentences, folding, size limit, HTML,
/// and the streamed reading of both files.
@Suite struct GraphDiffReportTests {
    typealias R = EntityResolverTests
    static let text = "นายก ฯ เดินทางไปตามถนนสาย นม.4040 เพื่อตรวจงาน\nวันนี้ฝนตก"
    static func offset(_ s: String, in text: String = text) -> Int {
        text.unicodeScalars.count - text[text.range(of: s)!.lowerBound...].unicodeScalars.count
    }
    static var road: (old: [DocumentExtraction], new: [DocumentExtraction]) {
        let at = offset("ถนนสาย")
        return ([R.document("roads", [R.mention("ถนนสาย นม.4040", .place, at: at)])],
                [R.document("roads", [R.mention("ถนนสาย", .place, at: at), R.mention("นม.", .organization, at: at + 7)])])
    }

    @Test func aBoundaryChangeIsOneEditWithBothSidesNotALossAndTwoGains() throws {
        let report = try GraphDiff.compare(KnowledgeGraph.build(from: Self.road.old), KnowledgeGraph.build(from: Self.road.new))
        let edits = report.articles.flatMap(\.edits)
        #expect(edits.count == 1)
        #expect(edits.first?.kind == "boundary")
        #expect(edits.first?.before.map(\.text) == ["ถนนสาย นม.4040"])
        #expect(edits.first?.after.map(\.text) == ["ถนนสาย", "นม."])
        let text = GraphDiffFormatter(format: .text).render(report)
        #expect(text.contains("boundary \"ถนนสาย นม.4040\" PLACE → \"ถนนสาย\" PLACE | \"นม.\" ORG"), "\(text)")
    }

    @Test func editsShowTheirSentenceWithTheMentionsHighlightedBeforeAndAfter() throws {
        var report = try GraphDiff.compare(KnowledgeGraph.build(from: Self.road.old), KnowledgeGraph.build(from: Self.road.new))
        let folder = CommandLineRunner.temporaryPath("diff-sources")
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try Data(Self.text.utf8).write(to: URL(fileURLWithPath: folder + "/roads.txt"))
        #expect(try DiffSentences.attach(to: &report, sources: [folder]).isEmpty)
        let context = try #require(report.articles.first?.edits.first?.context)
        #expect(context.text == "นายก ฯ เดินทางไปตามถนนสาย นม.4040 เพื่อตรวจงาน")
        let markdown = GraphDiffFormatter(format: .markdown).render(report)
        #expect(markdown.contains("  - before: นายก ฯ เดินทางไปตาม**ถนนสาย นม.4040**<sub>PLACE</sub> เพื่อตรวจงาน"), "\(markdown)")
        #expect(markdown.contains("  - after: นายก ฯ เดินทางไปตาม**ถนนสาย**<sub>PLACE</sub> **นม.**<sub>ORG</sub>4040 เพื่อตรวจงาน"))
        // A source whose text no longer matches the quotes gives no sentence rather than a wrong one.
        try Data("ข้อความอื่น".utf8).write(to: URL(fileURLWithPath: folder + "/roads.txt"))
        var stale = try GraphDiff.compare(KnowledgeGraph.build(from: Self.road.old), KnowledgeGraph.build(from: Self.road.new))
        try DiffSentences.attach(to: &stale, sources: [folder])
        #expect(stale.articles.first?.edits.first?.context == nil)
    }

    @Test func aLongSentenceIsCutAroundTheEditAndSaysSo() {
        let text = String(repeating: "ก", count: 500) + "มหาวิทยาลัยพะเยา" + String(repeating: "ข", count: 500)
        let scalars = Array(text.unicodeScalars)
        let span = GraphDiffReport.Span(start: 500, end: 516, label: "ORG", text: "มหาวิทยาลัยพะเยา",
                                        entity: .init(id: "x", label: "ORG", name: "มหาวิทยาลัยพะเยา"))
        let edit = GraphDiffReport.MentionEdit(kind: "added", before: [], after: [span])
        let context = DiffSentences.context(of: edit, scalars, [ScalarRange(0, scalars.count)], 100)
        #expect(context?.start == 458 && context?.end == 558)
        #expect(context?.cutBefore == true && context?.cutAfter == true)
        let whole = DiffSentences.context(of: edit, scalars, [ScalarRange(0, scalars.count)], 2_000)
        #expect(whole?.text == text && whole?.cutBefore == false && whole?.cutAfter == false)
    }

    @Test func aMergeNamesItsArticlesAndMentions() throws {
        let old = KnowledgeGraph.build(from: GraphDiffTests.documents)
        let new = KnowledgeGraph.build(from: GraphDiffTests.documents, known: [GraphDiffTests.unesco])
        let merge = try #require(try GraphDiff.compare(old, new).moves("merge").first)
        #expect(merge.examples.map(\.document).sorted() == ["a", "b"] || merge.examples.map(\.document) == ["a"])
        #expect(merge.examples.count == merge.mentions)
        let markdown = GraphDiffFormatter(format: .markdown).render(try GraphDiff.compare(old, new))
        #expect(markdown.contains("  - `a` “ยูเนสโก” (0–7)"), "\(markdown)")
    }

    @Test func longSectionsFoldAndASizeLimitSaysWhatItLeftOut() throws {
        let many = (0..<30).map { R.document("d\($0)", [R.mention("มหาวิทยาลัยพะเยา", .organization, at: 5)]) }
        let report = try GraphDiff.compare(KnowledgeGraph.build(from: []), KnowledgeGraph.build(from: many))
        let full = GraphDiffFormatter(format: .markdown).render(report)
        #expect(full.contains("<details><summary>30 articles</summary>"))
        #expect(full.components(separatedBy: "</details>").count - 1 == 2, "articles and documents added fold")
        let limited = GraphDiffFormatter(format: .markdown, maxBytes: 2_000).render(report)
        #expect(limited.utf8.count <= 2_000)
        #expect(limited.contains("**Left out** (at most 50 items per section, 2000 bytes): "), "\(limited)")
        #expect(limited.contains("</details>"), "an opened fold is closed")
        let few = GraphDiffFormatter(format: .text, limit: 3).render(report)
        #expect(few.contains("left out (at most 3 items per section): 27 articles"))
        let stat = GraphDiffFormatter(format: .text, stat: true).render(report)
        #expect(stat.contains("  d7 | 1 edit (1 added)") && !stat.contains("มหาวิทยาลัยพะเยา\" ORG"))
    }

    @Test func theHTMLPageIsSelfContainedThaiAndMarksTheMentions() throws {
        let report = try GraphDiff.compare(KnowledgeGraph.build(from: Self.road.old), KnowledgeGraph.build(from: Self.road.new))
        let html = GraphDiffFormatter(format: .html).render(report)
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"th\">"))
        #expect(html.contains("\"Noto Sans Thai\""))
        for fetch in ["<script", "<link", "src=", "url(", "@import"] { #expect(!html.contains(fetch), "\(fetch)") }
        #expect(html.contains("data-start=\"\(Self.offset("ถนนสาย"))\" data-end=\"\(Self.offset("ถนนสาย") + 14)\" data-label=\"PLACE\""))
        #expect(html.contains(">ถนนสาย นม.4040</mark>") && html.contains(">นม.</mark>"))
    }

    @Test func aGraphOnOneLineAndAnUnsortedGraphAreReadAsTheyAre() throws {
        let old = KnowledgeGraph.build(from: GraphDiffTests.documents)
        let new = KnowledgeGraph.build(from: GraphDiffTests.documents, known: [GraphDiffTests.unesco])
        let a = CommandLineRunner.temporaryPath("one-line.jsonld"), b = CommandLineRunner.temporaryPath("pretty.jsonld")
        defer { for p in [a, b] { try? FileManager.default.removeItem(atPath: p) } }
        try JSONLDWriter(pretty: false).write(old, to: a)
        try JSONLDWriter().write(new, to: b)
        #expect(try GraphDiff.compare(oldPath: a, newPath: b) == (try GraphDiff.compare(old, new)))
        let unsorted = #"{"@graph": [{"@id": "https://example.org/b", "@type": "Person"}, {"@id": "https://example.org/a", "@type": "Person"}]}"#
        try Data(unsorted.utf8).write(to: URL(fileURLWithPath: a))
        do {
            _ = try GraphDiff.compare(oldPath: a, newPath: b)
            Issue.record("an unsorted graph was accepted")
        } catch let error as GraphReader.ReadError {
            #expect(error.path == a && error.reason.contains("not sorted by @id"))
        }
    }

    @Test func aUserLexiconLineForAKnownBodyAddsItsPropertiesInsteadOfBeingDropped() throws {
        var lexicon = try Lexicon(parsing: "ORG\tธนาคารกรุงไทย\t\tsource=thainer\n", origin: "bundled.tsv")
        lexicon.add(try Lexicon(parsing: "ORG\tธนาคารกรุงไทย\tกรุงไทย|KTB\ten=Krung Thai Bank;wikidata=Q123\n", origin: "mine.tsv"))
        let known = lexicon.knownEntities
        #expect(known.count == 1)
        #expect(known.first?.aliases == ["กรุงไทย", "KTB"])
        #expect(known.first?.english == "Krung Thai Bank" && known.first?.wikidata == "Q123")
        #expect(known.first?.properties["source"] == "thainer")
    }
}
