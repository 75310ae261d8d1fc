import Foundation
import KhaosanCore
import KhaosanIO

/// Where each article's bytes lie in a graph file `JSONLDWriter` wrote, so that the next write
/// of the same path copies the articles that did not change instead of formatting them again
/// (`GraphBlockReuse`). Kept beside the graph as `<graph>.blocks` (`path(besideGraph:)`);
/// deleting it only makes the next write format everything.
///
/// A **block** is one article: its `NewsArticle` node and its `oa:Annotation` nodes, which
/// follow one another in `@id` order (`…/doc/<id>`, then `…/doc/<id>#char=…`). Its
/// **fingerprint** is a 64-bit FNV-1a hash of everything its bytes are made from — the
/// article node's bytes and, for each annotation in order, its `#char=` suffix, entity IRI,
/// label and quote — so equal fingerprints mean equal bytes, up to a hash collision
/// (about 2⁻⁶⁴ for one changed article).
///
/// Layout (integers little-endian): magic `KHSNBLK1`; the graph file's size (bytes), inode,
/// modification time (seconds, nanoseconds) and layout (1: one node per line); the number of
/// blocks; per block the article IRI (UInt32 length + UTF-8), fingerprint, byte offset and
/// length in the graph file; an FNV-1a hash of all the bytes before it. An index whose hash,
/// magic or graph identity does not match (the graph was rewritten by another program, or
/// edited) is not used.
package struct GraphBlockIndex: Equatable, Sendable {
    /// One article's bytes in the graph file.
    package struct Block: Equatable, Sendable {
        package var fingerprint: UInt64
        /// Byte offset of the article node's `{` in the file.
        package var offset: Int
        /// Bytes from the article node's `{` to the last annotation's `}`, separators included.
        package var length: Int
    }

    /// The graph file the blocks are in, as `stat` saw it right after it was written.
    package struct FileIdentity: Equatable, Sendable {
        package var size: Int
        package var inode: UInt64
        package var modifiedSeconds: Int
        package var modifiedNanoseconds: Int

        /// The identity of the file at `path` now, or nil when it cannot be read.
        package init?(path: String) {
            var info = stat()
            guard stat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return nil }
            size = Int(info.st_size)
            inode = UInt64(info.st_ino)
            modifiedSeconds = Int(info.st_mtim.tv_sec)
            modifiedNanoseconds = Int(info.st_mtim.tv_nsec)
        }

        init(size: Int, inode: UInt64, modifiedSeconds: Int, modifiedNanoseconds: Int) {
            (self.size, self.inode, self.modifiedSeconds, self.modifiedNanoseconds) = (size, inode, modifiedSeconds, modifiedNanoseconds)
        }
    }

    static let magic: [UInt8] = Array("KHSNBLK1".utf8)

    /// The graph file the blocks describe.
    package var graph: FileIdentity
    /// Whether the graph was written one node per line (`JSONLDWriter.pretty`).
    package var pretty: Bool
    /// Blocks by article IRI.
    package var blocks: [String: Block]

    package init(graph: FileIdentity, pretty: Bool, blocks: [String: Block]) {
        self.graph = graph
        self.pretty = pretty
        self.blocks = blocks
    }

    /// The index file of the graph at `graphPath`.
    package static func path(besideGraph graphPath: String) -> String { graphPath + ".blocks" }

    /// The index beside `graphPath` when it exists, is intact and describes the graph file as it
    /// is now; else nil.
    package static func current(besideGraph graphPath: String) -> GraphBlockIndex? {
        guard let data = FileManager.default.contents(atPath: path(besideGraph: graphPath)),
              let index = GraphBlockIndex(bytes: [UInt8](data)),
              FileIdentity(path: graphPath) == index.graph else { return nil }
        return index
    }

    /// The index's bytes (the layout above).
    package var bytes: [UInt8] {
        var out = Self.magic
        for value in [UInt64(graph.size), graph.inode, UInt64(bitPattern: Int64(graph.modifiedSeconds)),
                      UInt64(graph.modifiedNanoseconds), pretty ? 1 : 0, UInt64(blocks.count)] {
            Self.append(value, to: &out)
        }
        for (iri, block) in blocks.sorted(by: { $0.value.offset < $1.value.offset }) {
            let utf8 = Array(iri.utf8)
            Self.append(UInt64(utf8.count), to: &out, width: 4)
            out += utf8
            for value in [block.fingerprint, UInt64(block.offset), UInt64(block.length)] { Self.append(value, to: &out) }
        }
        Self.append(FNV1a.hash(out), to: &out)
        return out
    }

    /// Parses `bytes`; nil when they are not an intact index.
    package init?(bytes: [UInt8]) {
        guard bytes.count >= Self.magic.count + 56, bytes.starts(with: Self.magic) else { return nil }
        let body = bytes[..<(bytes.count - 8)]
        var reader = Reader(bytes: bytes, position: bytes.count - 8)
        guard reader.integer() == FNV1a.hash(body) else { return nil }
        reader.position = Self.magic.count
        let header = (0..<6).map { _ in reader.integer() }
        graph = FileIdentity(size: Int(header[0]), inode: header[1], modifiedSeconds: Int(Int64(bitPattern: header[2])),
                             modifiedNanoseconds: Int(header[3]))
        pretty = header[4] == 1
        var blocks: [String: Block] = [:]
        for _ in 0..<header[5] {
            let length = Int(reader.integer(width: 4))
            guard reader.position + length + 24 <= body.count else { return nil }
            let iri = String(decoding: bytes[reader.position..<(reader.position + length)], as: UTF8.self)
            reader.position += length
            blocks[iri] = Block(fingerprint: reader.integer(), offset: Int(reader.integer()), length: Int(reader.integer()))
        }
        guard reader.position == body.count else { return nil }
        self.blocks = blocks
    }

    /// Writes the index of the graph just written to `graphPath` beside it (atomically); when it
    /// cannot be written, removes any older one, which would not describe the new graph.
    package static func save(pretty: Bool, blocks: [String: Block], besideGraph graphPath: String) {
        let indexPath = path(besideGraph: graphPath)
        guard let identity = FileIdentity(path: graphPath) else {
            unlink(indexPath)
            return
        }
        let index = GraphBlockIndex(graph: identity, pretty: pretty, blocks: blocks)
        do { try AtomicFile.write(Data(index.bytes), to: indexPath) } catch { unlink(indexPath) }
    }

    private static func append(_ value: UInt64, to out: inout [UInt8], width: Int = 8) {
        for index in 0..<width { out.append(UInt8(truncatingIfNeeded: value >> (8 * UInt64(index)))) }
    }

    private struct Reader {
        let bytes: [UInt8]
        var position: Int

        mutating func integer(width: Int = 8) -> UInt64 {
            guard position + width <= bytes.count else { position = bytes.count + 1; return 0 }
            var value: UInt64 = 0
            for index in 0..<width { value |= UInt64(bytes[position + index]) << (8 * UInt64(index)) }
            position += width
            return value
        }
    }
}
