/// Little-endian binary reading for model files; reading past the end throws.
struct ByteReader {
    let bytes: [UInt8]
    var position: Int
    /// Where reading stops (exclusive): reading past it throws.
    let end: Int

    init(bytes: [UInt8], position: Int, end: Int? = nil) {
        self.bytes = bytes
        self.position = position
        self.end = min(end ?? bytes.count, bytes.count)
    }

    struct EndOfData: Error, CustomStringConvertible {
        var description: String { "unexpected end of model data" }
    }

    private mutating func take(_ count: Int) throws -> ArraySlice<UInt8> {
        guard count >= 0, position + count <= end else { throw EndOfData() }
        defer { position += count }
        return bytes[position..<(position + count)]
    }

    mutating func uint8() throws -> UInt8 { try take(1).first! }
    mutating func uint32() throws -> UInt32 {
        try take(4).enumerated().reduce(UInt32(0)) { $0 | UInt32($1.element) << (8 * UInt32($1.offset)) }
    }
    mutating func uint64() throws -> UInt64 {
        try take(8).enumerated().reduce(UInt64(0)) { $0 | UInt64($1.element) << (8 * UInt64($1.offset)) }
    }
    mutating func float32() throws -> Float { Float(bitPattern: try uint32()) }
    mutating func string() throws -> String {
        let count = Int(try uint32())
        guard let s = String(validating: try take(count), as: UTF8.self) else { throw EndOfData() }
        return s
    }
    /// Calls `body` with the next `count` bytes (not copied) and moves past them.
    mutating func withBytes<R>(count: Int, _ body: (UnsafeRawBufferPointer) throws -> R) throws -> R {
        let slice = try take(count)
        return try slice.withUnsafeBytes(body)
    }
    mutating func float32Array(count: Int) throws -> [Float] {
        var result: [Float] = []
        result.reserveCapacity(count)
        for _ in 0..<count { result.append(try float32()) }
        return result
    }
}
