#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// File paths as the file system has them — bytes, not necessarily UTF-8 — carried in a
/// Swift `String`: legacy archives name files in TIS-620 ("ข่าว" is A2 E8 D2 C7), which a
/// `String` cannot hold as they are.
///
/// Every byte that is not part of valid UTF-8 (and every byte of a scalar that would be
/// mistaken for an escape) is carried as one private-use scalar U+10FF00 + byte, so
/// `bytes(of: string(fromBytes: b)) == b` for any bytes `b`. A valid UTF-8 path is its own
/// `String`, unchanged. Calls into the C library go through `withCString`; ids and messages
/// show such a path with `display`, each foreign byte as `%XX` (its hex value).
public enum RawPath {
    /// The scalar standing for byte 0: byte b is U+10FF00 + b (plane 16, private use).
    static let escapeBase: UInt32 = 0x10FF00

    /// The path for the bytes of a file name or path (as `readdir` or `argv` give them).
    public static func string<Bytes: Collection>(fromBytes bytes: Bytes) -> String where Bytes.Element == UInt8 {
        let bytes = Array(bytes)
        if let valid = String(validating: bytes, as: UTF8.self), !valid.unicodeScalars.contains(where: isEscape) {
            return valid
        }
        var scalars = String.UnicodeScalarView()
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = bytes.makeIterator()
        var position = 0
        loop: while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let encoded):
                let scalar = Unicode.UTF8.decode(encoded)
                if isEscape(scalar) {
                    for byte in bytes[position..<position + encoded.count] { scalars.append(escape(byte)) }
                } else {
                    scalars.append(scalar)
                }
                position += encoded.count
            case .error(let length):
                for byte in bytes[position..<position + length] { scalars.append(escape(byte)) }
                position += length
            case .emptyInput:
                break loop
            }
        }
        return String(scalars)
    }

    /// The path of a NUL-terminated C string (`argv`, `readdir`'s `d_name`).
    public static func string(cString: UnsafePointer<CChar>) -> String {
        string(fromBytes: UnsafeBufferPointer(start: UnsafeRawPointer(cString).assumingMemoryBound(to: UInt8.self),
                                              count: strlen(cString)))
    }

    /// The file system's bytes of `path` (escapes turned back into their bytes).
    public static func bytes(of path: String) -> [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(path.utf8.count)
        for scalar in path.unicodeScalars {
            if isEscape(scalar) {
                bytes.append(UInt8(scalar.value - escapeBase))
            } else {
                bytes.append(contentsOf: String(scalar).utf8)
            }
        }
        return bytes
    }

    /// Calls `body` with `path` as the NUL-terminated bytes the C library expects.
    public static func withCString<Result>(_ path: String, _ body: (UnsafePointer<CChar>) throws -> Result) rethrows -> Result {
        guard path.unicodeScalars.contains(where: isEscape) else { return try path.withCString(body) }
        let bytes = self.bytes(of: path).map { CChar(bitPattern: $0) } + [0]
        return try bytes.withUnsafeBufferPointer { try body($0.baseAddress!) }
    }

    /// `path` for people and ids: every byte that is not UTF-8 as `%XX` (upper-case hex).
    /// A valid UTF-8 path is returned unchanged.
    public static func display(_ path: String) -> String {
        guard path.unicodeScalars.contains(where: isEscape) else { return path }
        var shown = ""
        for scalar in path.unicodeScalars {
            if isEscape(scalar) {
                let byte = scalar.value - escapeBase
                let digits = Array("0123456789ABCDEF")
                shown += "%" + String(digits[Int(byte >> 4)]) + String(digits[Int(byte & 15)])
            } else {
                shown.unicodeScalars.append(scalar)
            }
        }
        return shown
    }

    /// The command-line arguments after the program name, each as `string(cString:)`
    /// (`CommandLine.arguments` replaces bytes that are not UTF-8 by U+FFFD: the file is lost).
    public static func commandLineArguments() -> [String] {
        (1..<Int(CommandLine.argc)).compactMap { index in CommandLine.unsafeArgv[index].map { string(cString: $0) } }
    }

    private static func isEscape(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value >= escapeBase && scalar.value <= escapeBase + 0xFF
    }

    private static func escape(_ byte: UInt8) -> Unicode.Scalar {
        Unicode.Scalar(escapeBase + UInt32(byte))!
    }
}
