/// Detects the encoding of a whole text document and decodes it.
///
/// In order: an empty input is rejected; a byte-order mark selects UTF-8 or
/// UTF-16 LE/BE (the mark is consumed, not part of the text); a NUL byte, or
/// control bytes (other than tab, newlines, form feed) in more than 5% of the
/// bytes, mark a binary file; valid UTF-8 is UTF-8; otherwise bytes that are plausible Thai
/// in TIS-620 / windows-874 (`ThaiLegacyTextHeuristic`) are converted with ICU's
/// `windows-874` converter; anything else is rejected with the first invalid
/// UTF-8 byte and the reason it is not TIS-620. Text that is only whitespace is rejected.
enum SourceTextDecoder {
    struct Decoded: Equatable {
        var text: String
        var encoding: SourceEncoding
    }

    static func decode(_ bytes: [UInt8]) -> Result<Decoded, RejectionReason> {
        bytes.withUnsafeBufferPointer { decode($0) }
    }

    static func decode(_ bytes: UnsafeBufferPointer<UInt8>) -> Result<Decoded, RejectionReason> {
        let decoded: Decoded
        switch decodeAny(bytes) {
        case .failure(let reason): return .failure(reason)
        case .success(let value): decoded = value
        }
        guard decoded.text.unicodeScalars.contains(where: { !$0.properties.isWhitespace && $0 != "\u{FEFF}" }) else {
            return .failure(RejectionReason("no text (only whitespace)"))
        }
        return .success(decoded)
    }

    private static func decodeAny(_ bytes: UnsafeBufferPointer<UInt8>) -> Result<Decoded, RejectionReason> {
        let count = bytes.count
        if count == 0 { return .failure(RejectionReason("empty file")) }
        if count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF {
            let body = UnsafeBufferPointer(rebasing: bytes[3...])
            guard let text = String(validating: body, as: UTF8.self) else {
                let offset = 3 + (UTF8Validation.firstInvalidOffset(body) ?? 0)
                return .failure(RejectionReason("invalid UTF-8 at byte offset \(offset) after a UTF-8 byte-order mark"))
            }
            return .success(Decoded(text: text, encoding: .utf8WithBOM))
        }
        if count >= 4 && bytes[0] == 0xFF && bytes[1] == 0xFE && bytes[2] == 0 && bytes[3] == 0 {
            return .failure(RejectionReason("UTF-32 is not supported (UTF-32LE byte-order mark)"))
        }
        if count >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE {
            return decodeUTF16(UnsafeBufferPointer(rebasing: bytes[2...]), bigEndian: false)
        }
        if count >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF {
            return decodeUTF16(UnsafeBufferPointer(rebasing: bytes[2...]), bigEndian: true)
        }
        if let nul = bytes.firstIndex(of: 0) {
            let hint = looksLikeUTF16WithoutBOM(bytes) ? " (it looks like UTF-16 without a byte-order mark, which is not supported)" : ""
            return .failure(RejectionReason("binary file: NUL byte at offset \(nul)\(hint)"))
        }
        if let (count, first) = controlBytes(bytes), count * 20 > bytes.count {
            let hint = looksLikeUTF16WithoutBOM(bytes) ? " (it looks like UTF-16 without a byte-order mark, which is not supported)" : ""
            return .failure(RejectionReason(
                "binary file: \(count) control bytes, the first 0x\(hex(bytes[first])) at offset \(first)\(hint)"))
        }
        if let text = String(validating: bytes, as: UTF8.self) {
            return .success(Decoded(text: text, encoding: .utf8))
        }
        let invalid = UTF8Validation.firstInvalidOffset(bytes) ?? 0
        let assessment = ThaiLegacyTextHeuristic.assess(bytes)
        guard assessment.isPlausible else {
            let hint = looksLikeUTF16WithoutBOM(bytes) ? "; it looks like UTF-16 without a byte-order mark, which is not supported" : ""
            return .failure(RejectionReason(
                "not valid UTF-8 (byte 0x\(hex(bytes[invalid])) at offset \(invalid)) and not plausible TIS-620/windows-874 Thai (\(assessment.reason))\(hint)"))
        }
        switch LegacyCharsetConverter.utf8String(bytes, charset: "windows-874") {
        case .success(let text): return .success(Decoded(text: text, encoding: .windows874))
        case .failure(let reason): return .failure(reason)
        }
    }

    private static func decodeUTF16(_ body: UnsafeBufferPointer<UInt8>, bigEndian: Bool) -> Result<Decoded, RejectionReason> {
        let name = bigEndian ? "UTF-16BE" : "UTF-16LE"
        guard body.count % 2 == 0 else {
            return .failure(RejectionReason("\(name) text has an odd number of bytes (\(body.count + 2)); the file is truncated"))
        }
        var units: [UInt16] = []
        units.reserveCapacity(body.count / 2)
        var index = 0
        while index < body.count {
            let first = UInt16(body[index]), second = UInt16(body[index + 1])
            units.append(bigEndian ? first << 8 | second : second << 8 | first)
            index += 2
        }
        if let text = String(validating: units, as: UTF16.self) {
            return .success(Decoded(text: text, encoding: bigEndian ? .utf16BigEndian : .utf16LittleEndian))
        }
        var unitOffset = 0
        var iterator = units.makeIterator()
        var parser = UTF16()
        loop: while true {
            switch parser.decode(&iterator) {
            case .scalarValue(let scalar): unitOffset += scalar.utf16.count
            case .emptyInput: break loop
            case .error: break loop
            }
        }
        return .failure(RejectionReason("invalid \(name): unpaired surrogate at byte offset \(2 + unitOffset * 2)"))
    }

    /// How many C0 control bytes other than tab, newline, vertical tab, form feed
    /// and carriage return `bytes` holds, and where the first is; nil when none.
    private static func controlBytes(_ bytes: UnsafeBufferPointer<UInt8>) -> (count: Int, first: Int)? {
        var count = 0
        var first = -1
        for index in 0..<bytes.count where bytes[index] < 0x20 && !(0x09...0x0D).contains(bytes[index]) {
            if first < 0 { first = index }
            count += 1
        }
        return count > 0 ? (count, first) : nil
    }

    /// The bytes at even (or odd) offsets take one or two values in ≥ 90% of
    /// places (the high bytes of UTF-16 code units: 0x00 for Latin, 0x0E for
    /// Thai) while the others vary.
    private static func looksLikeUTF16WithoutBOM(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard bytes.count >= 8 else { return false }
        func topTwoShare(parity: Int) -> Double {
            var counts = [Int](repeating: 0, count: 256)
            var total = 0
            for index in stride(from: parity, to: bytes.count, by: 2) {
                counts[Int(bytes[index])] += 1
                total += 1
            }
            let sorted = counts.sorted(by: >)
            return Double(sorted[0] + sorted[1]) / Double(max(total, 1))
        }
        let even = topTwoShare(parity: 0), odd = topTwoShare(parity: 1)
        return max(even, odd) >= 0.9 && min(even, odd) < 0.6
    }

    private static func hex(_ byte: UInt8) -> String {
        let digits = String(byte, radix: 16, uppercase: true)
        return digits.count == 1 ? "0" + digits : digits
    }
}
