/// One element of a graph's `@graph` as `GraphDiff` walks it: its bytes, its `@id` and its
/// index, read from a `GraphItemStream` whose `@id`s must increase (bytewise, as
/// `JSONLDWriter` sorts them), or the side-by-side walk could not pair namesakes.
struct SortedElement {
    let bytes: [UInt8]
    /// The `@id`'s UTF-8 bytes.
    let id: [UInt8]
    /// Position in `@graph` (named in errors).
    let index: Int

    /// The parsed element; `stream` names the file in errors.
    func item(_ stream: GraphItemStream) throws -> GraphReader.Item {
        try bytes.withUnsafeBufferPointer { try GraphReader.item(bytes: $0, index: index, origin: stream.path) }
    }

    /// The element after the one with `@id` `previous`; nil at the end; a `ReadError` if out of order.
    static func next(_ stream: inout GraphItemStream, after previous: [UInt8]?) throws -> SortedElement? {
        guard let bytes = try stream.nextElement() else { return nil }
        let index = stream.count - 1
        let id: [UInt8]
        if let quick = GraphElementBytes.id(bytes) { id = quick } else {
            let item = try bytes.withUnsafeBufferPointer { try GraphReader.item(bytes: $0, index: index, origin: stream.path) }
            id = Array(item.id.utf8)
        }
        if let previous, !previous.lexicographicallyPrecedes(id) {
            throw GraphReader.ReadError(path: stream.path, reason: "node \(index) of @graph (\(String(decoding: id, as: UTF8.self))) "
                + "is not after the one before it: the nodes are not sorted by @id as khaosan build writes them")
        }
        return SortedElement(bytes: bytes, id: id, index: index)
    }
}
