import Testing
@testable import Khaosan
@testable import KhaosanIO

@Suite struct InputFormatTests {
    @Test func directoryEntriesNeedAKnownExtension() {
        #expect(InputFormat(directoryEntry: "a.txt") == .text)
        #expect(InputFormat(directoryEntry: "A.TXT") == .text)
        #expect(InputFormat(directoryEntry: "a.jsonl") == .jsonLines)
        #expect(InputFormat(directoryEntry: "a.jsonl.gz") == .gzipJSONLines)
        #expect(InputFormat(directoryEntry: "a.txt.gz") == .gzipText)
        #expect(InputFormat(directoryEntry: "a.gz") == nil)
        #expect(InputFormat(directoryEntry: "NOTICE") == nil)
        #expect(InputFormat(directoryEntry: "a.json") == .jsonLines)
        #expect(InputFormat(directoryEntry: "a.ndjson.gz") == .gzipJSONLines)
        #expect(InputFormat(directoryEntry: "a.tar.xz") == nil)
        #expect(InputFormat(directoryEntry: "a.jsonl.zst") == InputFormat(compression: .zstd, content: .jsonLines))
        #expect(InputFormat(directoryEntry: "a.TXT.BZ2") == InputFormat(compression: .bzip2, content: .text))
        #expect(InputFormat(directoryEntry: "a.ndjson.xz") == InputFormat(compression: .xz, content: .jsonLines))
        #expect(InputFormat(directoryEntry: "a.jsonl.lz4") == InputFormat(compression: .unsupported(tool: "lz4"), content: .jsonLines))
    }

    @Test func explicitFilesWithoutAKnownExtensionAreSniffed() {
        #expect(InputFormat(explicitPath: "dir/article") == .sniffed)
        #expect(InputFormat(explicitPath: "dir/article.md") == .sniffed)
        #expect(InputFormat(explicitPath: "dump.tar.xz") == InputFormat(compression: .xz, content: .sniffed))
        #expect(InputFormat(explicitPath: "dump.gz") == InputFormat(compression: .gzip, content: .sniffed))
        #expect(InputFormat(explicitPath: "dir/x.jsonl.gz") == .gzipJSONLines)
    }

    @Test func textDocumentIDs() {
        #expect(InputFormat.documentID(forTextFile: "corpus/seed-phayao.txt") == "seed-phayao")
        #expect(InputFormat.documentID(forTextFile: "a/b.c.txt.gz") == "b.c")
        #expect(InputFormat.documentID(forTextFile: "x.gz") == "x")
        #expect(InputFormat.documentID(forTextFile: "a/n.TXT.xz") == "n")
        #expect(InputFormat.documentID(forTextFile: "notes.md") == "notes")
        #expect(InputFormat.documentID(forTextFile: "README") == "README")
        #expect(InputFormat.documentID(forTextFile: ".txt") == ".txt")
    }
}
