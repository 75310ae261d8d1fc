import Foundation
import KhaosanCore

/// The articles of the previous graph file at a path that `JSONLDWriter` may copy instead of
/// formatting them again (see `GraphBlockIndex`), and the blocks of the graph being written.
///
/// Copying is safe by construction: a block is copied only when its fingerprint is the one
/// the new graph's article has and the copied bytes begin with the new article node's bytes;
/// anything else (a changed article, a short read, a damaged file) formats the article as a
/// graph written from scratch would.
package final class GraphBlockReuse {
    private let previous: GraphBlockIndex?
    private let descriptor: Int32
    /// Blocks of the graph being written, by article IRI (offsets in the new file).
    package private(set) var written: [String: GraphBlockIndex.Block] = [:]
    /// Articles copied from the previous graph, and formatted.
    package private(set) var copied = 0, formatted = 0

    /// Reuses the graph at `graphPath` when `index` describes it (`GraphBlockIndex.current`)
    /// and it was written with the same layout (`pretty`); otherwise only records blocks.
    package init(graphPath: String?, index: GraphBlockIndex?, pretty: Bool) {
        if let graphPath, let index, index.pretty == pretty {
            let descriptor = open(graphPath, O_RDONLY | O_CLOEXEC)
            self.descriptor = descriptor
            previous = descriptor >= 0 ? index : nil
        } else {
            descriptor = -1
            previous = nil
        }
    }

    deinit {
        if descriptor >= 0 { close(descriptor) }
    }

    /// Appends the previous graph's bytes of article `iri` to `out` when its fingerprint is
    /// `fingerprint` and they begin with `articleNode`; false (and `out` unchanged) otherwise.
    func copy(_ iri: String, fingerprint: UInt64, articleNode: [UInt8], to out: inout [UInt8]) -> Bool {
        guard let block = previous?.blocks[iri], block.fingerprint == fingerprint,
              block.length >= articleNode.count else { return false }
        let start = out.count
        out.append(contentsOf: repeatElement(0, count: block.length))
        var done = 0
        out.withUnsafeMutableBytes { buffer in
            while done < block.length {
                let count = pread(descriptor, buffer.baseAddress! + start + done, block.length - done, off_t(block.offset + done))
                guard count > 0 else { break }
                done += count
            }
        }
        guard done == block.length, out[start..<(start + articleNode.count)].elementsEqual(articleNode) else {
            out.removeSubrange(start...)
            return false
        }
        copied += 1
        return true
    }

    /// Records the block of article `iri` as written at `offset`, `length` bytes; `wasCopied`
    /// counts it as copied or formatted.
    func record(_ iri: String, fingerprint: UInt64, offset: Int, length: Int, wasCopied: Bool) {
        written[iri] = GraphBlockIndex.Block(fingerprint: fingerprint, offset: offset, length: length)
        if !wasCopied { formatted += 1 }
    }
}
