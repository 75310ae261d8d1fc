/// A target format of `khaosan export`: told the graph's context once, then given every node
/// object of the graph file in order; `finish` commits its files and returns counts by name.
protocol GraphExportSink: AnyObject {
    func begin(context: JSONLDContextMap) throws
    /// `json` is the node object, `bytes` its one-line JSON as written (valid during the call).
    func node(_ json: GraphJSON, bytes: UnsafeBufferPointer<UInt8>) throws
    func finish() throws -> [String: Int]
}
