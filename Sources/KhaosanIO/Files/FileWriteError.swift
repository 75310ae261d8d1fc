import Foundation

/// A file that could not be written, with the operating system's reason in words
/// ("cannot write out/graph.jsonld: No space left on device"), instead of a Foundation
/// error dump.
public struct FileWriteError: Error, CustomStringConvertible, Sendable {
    /// The file that was being written.
    public let path: String
    /// Why, e.g. "Not a directory", "No space left on device".
    public let reason: String

    public init(path: String, reason: String) {
        self.path = path
        self.reason = reason
    }

    /// Wraps any error of writing `path` (a `FileWriteError` is passed through).
    public init(path: String, error: Error) {
        if let existing = error as? FileWriteError {
            self = existing
        } else {
            self.init(path: path, reason: Self.reason(of: error))
        }
    }

    public var description: String { "cannot write \(path): \(reason)" }

    /// The plain reason of a Foundation or POSIX error: the `strerror` text of the
    /// underlying errno when there is one, else the error's own description.
    public static func reason(of error: Error) -> String {
        let nsError = error as NSError
        if nsError.domain == NSPOSIXErrorDomain { return String(cString: strerror(Int32(nsError.code))) }
        if let underlying = nsError.userInfo[NSUnderlyingErrorKey] {
            if let posix = underlying as? POSIXError { return String(cString: strerror(posix.code.rawValue)) }
            if let underlyingError = underlying as? Error {
                let bridged = underlyingError as NSError
                if bridged.domain == NSPOSIXErrorDomain { return String(cString: strerror(Int32(bridged.code))) }
            }
        }
        if let cocoa = error as? CocoaError {
            switch cocoa.code {
            case .fileNoSuchFile, .fileReadNoSuchFile: return String(cString: strerror(ENOENT))
            case .fileWriteFileExists: return String(cString: strerror(EEXIST))
            case .fileWriteNoPermission, .fileReadNoPermission: return String(cString: strerror(EACCES))
            case .fileWriteOutOfSpace: return String(cString: strerror(ENOSPC))
            case .fileWriteVolumeReadOnly: return String(cString: strerror(EROFS))
            default: break
            }
        }
        if let described = nsError.userInfo[NSLocalizedDescriptionKey] as? String { return described }
        return "\(error)"
    }
}
