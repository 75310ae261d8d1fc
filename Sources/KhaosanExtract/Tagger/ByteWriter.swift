/// Little-endian binary writing for model files.
struct ByteWriter {
    private(set) var data: [UInt8] = []

    mutating func bytes(_ b: [UInt8]) { data.append(contentsOf: b) }
    mutating func uint8(_ v: UInt8) { data.append(v) }
    mutating func uint32(_ v: UInt32) { for k in 0..<4 { data.append(UInt8(truncatingIfNeeded: v >> (8 * k))) } }
    mutating func uint64(_ v: UInt64) { for k in 0..<8 { data.append(UInt8(truncatingIfNeeded: v >> (8 * k))) } }
    mutating func int16(_ v: Int16) {
        let u = UInt16(bitPattern: v)
        data.append(UInt8(truncatingIfNeeded: u))
        data.append(UInt8(truncatingIfNeeded: u >> 8))
    }
    mutating func float32(_ v: Float) { uint32(v.bitPattern) }
    mutating func string(_ s: String) {
        let utf8 = Array(s.utf8)
        uint32(UInt32(utf8.count))
        data.append(contentsOf: utf8)
    }
}
