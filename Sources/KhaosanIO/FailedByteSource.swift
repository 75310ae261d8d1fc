/// A byte stream that has failed: every read throws `error` (the rest of a stream whose
/// first bytes were read before it failed, behind a `PrefixedByteSource`).
final class FailedByteSource: ByteSource {
    let error: Error

    init(error: Error) {
        self.error = error
    }

    func read(into buffer: UnsafeMutableRawBufferPointer) throws -> Int {
        throw error
    }
}
