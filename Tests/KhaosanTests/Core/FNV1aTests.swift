import Testing
@testable import KhaosanCore

/// FNV1a: the published 64-bit FNV-1a test vectors, and scalars fed as 4 little-endian bytes.
@Suite struct FNV1aTests {
    @Test func publishedVectors() {
        #expect(FNV1a.hash([UInt8]()) == 0xcbf2_9ce4_8422_2325)
        #expect(FNV1a.hash("a".utf8) == 0xaf63_dc4c_8601_ec8c)
        #expect(FNV1a.hash("foobar".utf8) == 0x8594_4171_f739_67e8)
    }

    /// The contiguous fast path and the element-by-element walk agree (a non-contiguous
    /// sequence takes the walk).
    @Test func contiguousAndIteratedBytesHashAlike() {
        let bytes = (0..<1000).map { UInt8(truncatingIfNeeded: $0 &* 37) }
        #expect(FNV1a.hash(bytes) == FNV1a.hash(bytes.lazy.map { $0 }))
        #expect(FNV1a.hash(bytes[10..<500]) == FNV1a.hash(bytes[10..<500].lazy.map { $0 }))
        #expect(FNV1a.hash(bytes) != FNV1a.hash(bytes.dropLast()))
    }

    @Test func scalarValueIsFourLittleEndianBytes() {
        let value: UInt32 = 0x0E01_2A7F
        #expect(FNV1a.add(FNV1a.offsetBasis, value) == FNV1a.hash([0x7F, 0x2A, 0x01, 0x0E]))
    }
}
