/// A byte stream that failed after `bytesRead` bytes.
struct ByteSourceFailure: Error, Equatable {
    var reason: String
    var bytesRead: Int
    /// The stream did not fail: it was longer than the reader's limit.
    var exceededLimit = false
}
