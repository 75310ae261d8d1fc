import Testing
@testable import Khaosan

@Suite struct InputFormatTests {
    @Test func directoryEntriesNeedAKnownExtension() {
        #expect(InputFormat(directoryEntry: "a.txt") == .text)
        #expect(InputFormat(directoryEntry: "A.TXT") == .text)
        #expect(InputFormat(directoryEntry: "a.jsonl") == .jsonLines)
        #expect(InputFormat(directoryEntry: "a.jsonl.gz") == .gzipJSONLines)
        #expect(InputFormat(directoryEntry: "a.txt.gz") == .gzipText)
        #expect(InputFormat(directoryEntry: "a.gz") == nil)
        #expect(InputFormat(directoryEntry: "NOTICE") == nil)
        #expect(InputFormat(directoryEntry: "a.json") == nil)
    }

    @Test func explicitFilesDefaultToText() {
        #expect(InputFormat(explicitPath: "dir/article") == .text)
        #expect(InputFormat(explicitPath: "dir/article.md") == .text)
        #expect(InputFormat(explicitPath: "dump.gz") == .gzipText)
        #expect(InputFormat(explicitPath: "dir/x.jsonl.gz") == .gzipJSONLines)
    }

    @Test func textDocumentIDs() {
        #expect(InputFormat.documentID(forTextFile: "corpus/seed-phayao.txt") == "seed-phayao")
        #expect(InputFormat.documentID(forTextFile: "a/b.c.txt.gz") == "b.c")
        #expect(InputFormat.documentID(forTextFile: "x.gz") == "x")
        #expect(InputFormat.documentID(forTextFile: "notes.md") == "notes")
        #expect(InputFormat.documentID(forTextFile: "README") == "README")
        #expect(InputFormat.documentID(forTextFile: ".txt") == ".txt")
    }
}
