#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
/// Bytes of a file or of an inherited descriptor (stdin), read with `read(2)`.
final class FileByteSource: ByteSource {
    private let descriptor: Int32
    private let ownsDescriptor: Bool

    /// Opens `path` (a `RawPath`: its name may be any bytes) for reading; throws
    /// `ByteSourceError` with the system's reason.
    init(path: String) throws {
        let descriptor = RawPath.withCString(path) { open($0, O_RDONLY | O_CLOEXEC) }
        guard descriptor >= 0 else { throw ByteSourceError(reason: SystemError.message(errno)) }
        self.descriptor = descriptor
        self.ownsDescriptor = true
    }

    /// Reads an already open descriptor (e.g. 0 for stdin); it is not closed.
    init(descriptor: Int32) {
        self.descriptor = descriptor
        self.ownsDescriptor = false
    }

    deinit {
        if ownsDescriptor { close(descriptor) }
    }

    func read(into buffer: UnsafeMutableRawBufferPointer) throws -> Int {
        guard let base = buffer.baseAddress, buffer.count > 0 else { return 0 }
        while true {
            #if canImport(Glibc)
            let count = Glibc.read(descriptor, base, buffer.count)
            #else
            let count = Darwin.read(descriptor, base, buffer.count)
            #endif
            if count >= 0 { return count }
            if errno == EINTR { continue }
            throw ByteSourceError(reason: "read error: \(SystemError.message(errno))")
        }
    }
}
