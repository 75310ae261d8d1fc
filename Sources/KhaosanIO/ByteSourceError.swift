/// Why a byte stream failed, in words for an error report.
struct ByteSourceError: Error, Equatable {
    var reason: String
}
