/// Why a document is rejected, in words (the location is added by the reader).
struct RejectionReason: Error, Equatable {
    var text: String
    init(_ text: String) { self.text = text }
}
