import Foundation
import Testing
@testable import KhaosanCore
@testable import KhaosanExtract

/// The manifest (`BundledList.all`) and the bundle agree, and a missing or misnamed list is
/// an error naming the file, never an empty list.
@Suite struct BundledListManifestTests {
    /// A copy of the bundle's `Resources` folder, to break.
    static func copiedResources() throws -> URL {
        let folder = URL(fileURLWithPath: CommandLineRunner.temporaryPath("resources-copy"))
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let copy = folder.appendingPathComponent("Resources")
        try FileManager.default.copyItem(at: try #require(BundledResources.location), to: copy)
        return copy
    }

    @Test func everyListOfTheManifestIsBundledAndEveryBundledListIsInIt() throws {
        let check = BundledListCheck(root: try #require(BundledResources.location))
        try check.validate()
        let listed = Set(BundledList.all.filter { $0.kind != .models }.map(\.path))
        #expect(Set(check.filesUnderLexicons()) == listed)
        #expect(Set(BundledList.all.map(\.file)).count == BundledList.all.count, "file names are unique")
        for list in BundledList.all where list.kind != .models {
            #expect(list.path == "lexicons/\(list.kind.rawValue)/\(list.file)")
            // Every list says what it is and where it came from.
            #expect(try BundledResources.text(list).hasPrefix("# "), "\(list.path) has no provenance header")
        }
        #expect(BundledList.all(.tagger).map(\.file) == BundledList.all.map(\.file).filter { $0.hasPrefix("tagger-") },
                "the tagger's gazetteer lists are exactly the tagger-*.txt files")
    }

    /// The tagger lists in `lexicons/tagger/` are the ones the shipped model was trained with:
    /// moving them (or deriving them) must not change a newly trained model's features.
    @Test func theTaggerListsAreTheShippedModelsGazetteerLists() throws {
        let model = try #require(TaggerExtractor.bundledModel)
        let bundled = try TaggerGazetteer.bundled().lists
        #expect(bundled.map(\.name) == BundledList.all(.tagger).map { String($0.file.dropLast(4)) })
        #expect(model.gazetteer.lists.filter { $0.name.hasPrefix("tagger-") }.map(\.name) == bundled.map(\.name))
        for list in bundled {
            #expect(model.gazetteer.lists.first { $0.name == list.name }?.entries == list.entries, "\(list.name)")
        }
    }

    @Test func aMissingListIsAnErrorNamingItNotAnEmptyList() throws {
        let root = try Self.copiedResources()
        defer { try? FileManager.default.removeItem(at: root.deletingLastPathComponent()) }
        try FileManager.default.removeItem(at: root.appendingPathComponent(BundledList.personTitles.path))
        let check = BundledListCheck(root: root)
        #expect(throws: InputError.self) { try check.text(of: .personTitles) }
        do {
            try check.validate()
            Issue.record("a bundle without person-titles.txt passed the manifest check")
        } catch let error as InputError {
            #expect(error.description.contains("lexicons/person/person-titles.txt"), "\(error)")
            #expect(error.description.contains("not found"), "\(error)")
        }
    }

    @Test func aMisplacedListIsNamedWithWhereItWasFound() throws {
        let root = try Self.copiedResources()
        defer { try? FileManager.default.removeItem(at: root.deletingLastPathComponent()) }
        let list = BundledList.orgHeads
        let moved = root.appendingPathComponent("lexicons/place/\(list.file)")
        try FileManager.default.moveItem(at: root.appendingPathComponent(list.path), to: moved)
        do {
            _ = try BundledListCheck(root: root).text(of: list)
            Issue.record("a moved list was read")
        } catch let error as InputError {
            #expect(error.location == "lexicons/org/org-heads.txt")
            #expect(error.reason.contains("lexicons/place/org-heads.txt"), "\(error)")
        }
        #expect(throws: InputError.self) { try BundledListCheck(root: root).validate() }
    }

    @Test func theCommandLineStopsWithOneLineNamingTheMissingList() throws {
        let root = try Self.copiedResources()
        defer { try? FileManager.default.removeItem(at: root.deletingLastPathComponent()) }
        try FileManager.default.removeItem(at: root.appendingPathComponent(BundledList.dateCueWords.path))
        let result = try CommandLineRunner.run(["extract", "-", "--no-cache"],
                                               stdin: Data((#"{"id":"a","text":"วันที่ 16 พฤศจิกายน 2568"}"# + "\n").utf8),
                                               environment: ["KHAOSAN_RESOURCES": root.path])
        #expect(result.status == 1, "\(result.stderr)")
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.split(separator: "\n").count == 1, "\(result.stderr)")
        #expect(result.stderr.contains("lexicons/dates/date-cue-words.txt"), "\(result.stderr)")
    }
}
