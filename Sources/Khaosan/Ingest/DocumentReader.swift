import Foundation

/// Reads documents from files, directories (recursively, in sorted order) and
/// stdin (`-`), streaming one item at a time.
///
/// TODO(ingest): JSONL, gzip, encodings, rejections. Reads UTF-8 `.txt` files only for now.
public struct DocumentReader: Sendable {
    public let paths: [String]

    public init(paths: [String]) {
        self.paths = paths
    }

    /// Calls `body` for each document or rejection, in input order.
    public func forEach(_ body: (IngestItem) throws -> Void) throws {
        for path in paths {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                try body(.rejected(IngestError(location: path, reason: "no such file or directory")))
                continue
            }
            let files: [String]
            if isDirectory.boolValue {
                let enumerator = FileManager.default.enumerator(atPath: path)
                files = (enumerator?.allObjects as? [String] ?? []).filter { $0.hasSuffix(".txt") }.sorted()
                    .map { (path as NSString).appendingPathComponent($0) }
            } else {
                files = [path]
            }
            for file in files {
                guard let data = FileManager.default.contents(atPath: file),
                      let text = String(data: data, encoding: .utf8) else {
                    try body(.rejected(IngestError(location: file, reason: "unreadable")))
                    continue
                }
                let id = ((file as NSString).lastPathComponent as NSString).deletingPathExtension
                try body(.document(RawDocument(id: id, metadata: DocumentMetadata(source: file), source: text)))
            }
        }
    }
}
