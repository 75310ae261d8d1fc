import Testing
@testable import Khaosan
@testable import KhaosanIO

@Suite struct PrefixedByteSourceTests {
    @Test func prefixThenRestInSmallReads() throws {
        let source = PrefixedByteSource(prefix: Array("abcde".utf8), rest: MemoryByteSource(Array("fgh".utf8), chunk: 2))
        var collected: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 3)
        while true {
            let count = try buffer.withUnsafeMutableBytes { try source.read(into: $0) }
            if count == 0 { break }
            collected += buffer[0..<count]
        }
        #expect(String(decoding: collected, as: UTF8.self) == "abcdefgh")
    }
}
