import KhaosanIO

/// Reads a graph file that `khaosan build` wrote (plain or compressed: gzip, bzip2, xz, zstd,
/// by name or signature; `-` for standard input) one node at a time. It relies on khaosan's
/// layout — the `@context` first, then `"@graph": [` and one node object per line — so memory
/// is bounded by the longest node line, not by the graph.
struct GraphLineStream {
    /// Why a graph file cannot be read: the file, the line (1-based, 0 for none) and the reason.
    struct ReadError: Error, CustomStringConvertible {
        let path: String
        let line: Int
        let reason: String
        var description: String { line > 0 ? "\(path):\(line): \(reason)" : "\(path): \(reason)" }
    }

    let path: String

    /// Calls `header(context)` once with the graph's `@context`, then `node(json, bytes)` for each
    /// node object in file order with its parsed JSON and its bytes (the line without indent and
    /// trailing comma; valid only during the call).
    func read(header: (GraphJSON) throws -> Void,
              node: (GraphJSON, UnsafeBufferPointer<UInt8>) throws -> Void) throws {
        let reader: LineReader
        do { reader = try LineReader.open(path: path) } catch { throw ReadError(path: path, line: 0, reason: "\(error)") }
        var headerBytes: [UInt8] = []
        var inGraph = false, ended = false
        let end = try reader.forEachLine { number, line in
            var start = 0, stop = line.count
            while start < stop, line[start] == 0x20 || line[start] == 0x09 { start += 1 }
            while stop > start, [0x20, 0x09, 0x0D, 0x2C].contains(line[stop - 1]) { stop -= 1 }
            let trimmed = UnsafeBufferPointer(rebasing: line[start..<stop])
            if !inGraph {
                if trimmed.starts(with: #""@graph""#.utf8) {
                    let isEmpty = trimmed.count >= 2 && trimmed[trimmed.count - 2] == UInt8(ascii: "[") && trimmed.last == UInt8(ascii: "]")
                    guard trimmed.last == UInt8(ascii: "[") || isEmpty else {
                        throw ReadError(path: path, line: number, reason: "\"@graph\" is not followed by one node per line: not the layout khaosan build writes")
                    }
                    headerBytes += Array(#""@graph":[]}"#.utf8)
                    let root: GraphJSON
                    do { root = try headerBytes.withUnsafeBufferPointer { try GraphJSON.parse($0) } } catch {
                        throw ReadError(path: path, line: number, reason: "the @context before \"@graph\" is not JSON (\(error))")
                    }
                    try header(root["@context"] ?? .object([:]))
                    inGraph = true
                    ended = isEmpty
                } else {
                    headerBytes += Array(line) + [0x0A]
                    if headerBytes.count > 1 << 20 {
                        throw ReadError(path: path, line: number, reason: "no \"@graph\" line in the first MiB: not a graph written by khaosan build")
                    }
                }
                return
            }
            if ended || trimmed.isEmpty { return }
            if trimmed.first == UInt8(ascii: "]") { ended = true; return }
            guard trimmed.first == UInt8(ascii: "{") else {
                throw ReadError(path: path, line: number, reason: "expected one node object per line")
            }
            let json: GraphJSON
            do { json = try GraphJSON.parse(trimmed) } catch {
                throw ReadError(path: path, line: number, reason: "not a JSON node object (\(error))")
            }
            do { try node(json, trimmed) } catch let error as NodeTriples.Unsupported {
                throw ReadError(path: path, line: number, reason: error.reason)
            }
        }
        if case .failed(let reason, let line, _, _) = end { throw ReadError(path: path, line: line, reason: reason) }
        guard inGraph else { throw ReadError(path: path, line: 0, reason: "no \"@graph\" array: not a graph written by khaosan build") }
        guard ended else { throw ReadError(path: path, line: 0, reason: "the \"@graph\" array is not closed: the file is cut short") }
    }
}
