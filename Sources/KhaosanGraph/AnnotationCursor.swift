/// Annotations in `@id` order, one at a time, for `JSONLDWriter` to merge with the
/// sorted nodes.
protocol AnnotationCursor {
    /// Whether every annotation has been written.
    var isAtEnd: Bool { get }
    /// Whether the node with IRI `nodeID` is written before the next annotation.
    func nodeComesFirst(_ nodeID: String) -> Bool
    /// Appends the next annotation's one-line JSON to `out` and moves past it.
    mutating func writeNext(to out: inout [UInt8])
}
