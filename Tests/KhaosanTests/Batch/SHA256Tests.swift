import Crypto
import Foundation
import Testing
@testable import Khaosan
@testable import KhaosanBatch

/// swift-crypto's SHA-256 through the hex and sequence forms khaosan uses (`SHA256+Hex`).
@Suite struct SHA256Tests {
    @Test func knownVectorsFromFIPS180() {
        #expect(SHA256.hex("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(SHA256.hex("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(SHA256.hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")
            == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
        #expect(SHA256.hex(bytes: [UInt8](repeating: 0x61, count: 1_000_000))
            == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }

    @Test func thaiTextHashesItsUTF8Bytes() {
        // `printf 'พะเยา' | sha256sum`
        #expect(SHA256.hex("พะเยา") == SHA256.hex(bytes: Array("พะเยา".utf8)))
        #expect(SHA256.hex("พะเยา") == "8c013f99d1e5a22c9d8d4dd52ced5ac845221b8d575942d3ee17cee9494732ad")
    }

    @Test func feedingInPiecesEqualsFeedingAtOnce() {
        var generator = SeededGenerator(seed: 7)
        let bytes = (0..<1000).map { _ in UInt8.random(in: 0...255, using: &generator) }
        for cut in [0, 1, 55, 56, 63, 64, 65, 127, 500, 1000] {
            var hash = SHA256()
            hash.update(bytes[0..<cut])
            hash.update(bytes[cut...])
            #expect(hash.hexDigest() == SHA256.hex(bytes: bytes))
        }
    }
}
