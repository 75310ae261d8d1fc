import Foundation

/// Reads the `@graph` elements of a graph file one at a time, in file order, without
/// holding the file or a tree of it in memory: the bytes are read in chunks of
/// `chunkSize`, a byte scanner finds each element of the root object's `@graph` array
/// (strings and nesting tracked, any layout: one node per line or all on one line) and
/// `GraphReader` parses that element alone. Memory: one chunk plus the longest element.
public struct GraphItemStream {
    public typealias ReadError = GraphReader.ReadError

    /// The file read (named in errors).
    public let path: String
    /// Reads up to n more bytes; empty at the end.
    private let read: (Int) throws -> Data
    private let chunkSize: Int
    private var buffer: [UInt8] = []
    /// Scan position in `buffer`.
    private var position = 0
    /// Start of the element being scanned, when inside one.
    private var elementStart: Int?
    private var depth = 0
    private var inString = false
    private var escaped = false
    /// Inside the `@graph` array (its elements are at depth 2).
    private var inGraph = false
    private var graphSeen = false
    /// The last string completed at depth 1 (a key of the root object), and where it started.
    private var lastRootString: [UInt8] = []
    private var rootStringStart: Int?
    private var atEndOfFile = false
    /// Elements returned so far (the index named in errors).
    public private(set) var count = 0

    /// Opens `path`; a missing file, a directory or an empty file is a `ReadError`.
    public init(path: String, chunkSize: Int = 1 << 22) throws {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw ReadError(path: path, reason: "no such file or directory")
        }
        guard !isDirectory.boolValue else { throw ReadError(path: path, reason: "is a directory, not a graph file") }
        guard let handle = FileHandle(forReadingAtPath: path) else { throw ReadError(path: path, reason: "cannot read file") }
        self.path = path
        self.read = { try handle.read(upToCount: $0) ?? Data() }
        self.chunkSize = max(1 << 12, chunkSize)
    }

    /// Streams the graph in `data` (a graph in memory, e.g. one `JSONLDWriter` just wrote);
    /// `origin` names it in errors.
    public init(data: Data, origin: String = "<data>", chunkSize: Int = 1 << 22) {
        var offset = data.startIndex
        self.path = origin
        self.read = { n in
            let end = min(data.endIndex, offset + n)
            defer { offset = end }
            return data[offset..<end]
        }
        self.chunkSize = max(1 << 12, chunkSize)
    }

    /// The bytes of the next element (one JSON object), nil after the last; `count - 1` is its
    /// index in `@graph`. The caller parses it (`GraphReader.item(bytes:index:origin:)`) only
    /// when it needs to. A file that is not a khaosan graph is a `ReadError` naming it.
    public mutating func nextElement() throws -> [UInt8]? {
        while true {
            while position < buffer.count {
                let byte = buffer[position]
                position += 1
                if let element = try scan(byte) {
                    count += 1
                    return element
                }
            }
            guard try refill() else { break }
        }
        if !graphSeen {
            throw ReadError(path: path, reason: buffer.isEmpty && count == 0 && depth == 0
                ? "empty file, not a JSON-LD graph" : "not a khaosan JSON-LD graph (no @graph array)")
        }
        if depth != 0 || inString { throw ReadError(path: path, reason: "the file ends inside @graph (cut short?)") }
        return nil
    }

    /// Feeds one byte (already consumed); returns an element's bytes when `byte` closes one.
    private mutating func scan(_ byte: UInt8) throws -> [UInt8]? {
        if inString {
            if escaped { escaped = false } else if byte == 0x5C { escaped = true } else if byte == 0x22 {
                inString = false
                if depth == 1, let start = rootStringStart {
                    lastRootString = Array(buffer[start..<(position - 1)])
                    rootStringStart = nil
                }
            }
            return nil
        }
        switch byte {
        case 0x22:   // "
            inString = true
            if depth == 1 { rootStringStart = position }
        case 0x7B, 0x5B:   // { [
            if depth == 0 && byte == 0x5B { throw ReadError(path: path, reason: "not a khaosan JSON-LD graph (an array, not an object)") }
            if depth == 1 && byte == 0x5B && lastRootString == Array("@graph".utf8) { inGraph = true; graphSeen = true }
            if depth == 2 && inGraph {
                guard byte == 0x7B else {
                    throw ReadError(path: path, reason: "not a khaosan JSON-LD graph (node \(count) of @graph is not an object)")
                }
                elementStart = position - 1
            }
            depth += 1
        case 0x7D, 0x5D:   // } ]
            depth -= 1
            if depth < 0 { throw ReadError(path: path, reason: "not JSON (unbalanced brackets), so not a JSON-LD graph") }
            if depth == 1 && inGraph { inGraph = false }
            if depth == 2 && inGraph, let start = elementStart {
                elementStart = nil
                return Array(buffer[start..<position])
            }
        case 0x20, 0x0A, 0x0D, 0x09, 0x2C, 0x3A:
            break
        default:
            if depth == 2 && inGraph {
                throw ReadError(path: path, reason: "not a khaosan JSON-LD graph (node \(count) of @graph is not an object)")
            }
        }
        return nil
    }

    /// Drops the consumed bytes (keeping an element or root key being scanned) and reads the
    /// next chunk; false at the end of the file.
    private mutating func refill() throws -> Bool {
        if atEndOfFile { return false }
        let keep = min(elementStart ?? position, rootStringStart ?? position)
        if keep > 0 {
            buffer.removeSubrange(0..<keep)
            position -= keep
            if let start = elementStart { elementStart = start - keep }
            if let start = rootStringStart { rootStringStart = start - keep }
        }
        let data: Data
        do { data = try read(chunkSize) } catch {
            throw ReadError(path: path, reason: "cannot read file (\(error))")
        }
        guard !data.isEmpty else {
            atEndOfFile = true
            return false
        }
        buffer.append(contentsOf: data)
        return true
    }
}
