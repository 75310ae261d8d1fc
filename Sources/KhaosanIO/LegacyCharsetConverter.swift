import CICU

/// Converts bytes in a legacy charset to a String with ICU's converters (`ucnv`).
enum LegacyCharsetConverter {
    /// `bytes` decoded from `charset` (an ICU converter name such as `windows-874`),
    /// or the reason it failed (a byte the charset does not map, with its offset).
    static func utf8String(_ bytes: UnsafeBufferPointer<UInt8>, charset: String) -> Result<String, RejectionReason> {
        guard let base = bytes.baseAddress, bytes.count > 0 else { return .success("") }
        guard bytes.count <= Int(Int32.max) / 4 else {
            return .failure(RejectionReason("file too large to convert from \(charset) (\(bytes.count) bytes)"))
        }
        var length: Int32 = 0
        var error: Int32 = 0
        var errorOffset: Int32 = -1
        guard let output = cicu_convert_to_utf8(charset, base, Int32(bytes.count), &length, &error, &errorOffset) else {
            if errorOffset >= 0 && Int(errorOffset) < bytes.count {
                return .failure(RejectionReason(
                    "byte 0x\(String(bytes[Int(errorOffset)], radix: 16, uppercase: true)) at offset \(errorOffset) is not a \(charset) character"))
            }
            return .failure(RejectionReason("ICU cannot convert from \(charset) (ICU error \(error))"))
        }
        defer { cicu_convert_free(output) }
        return .success(String(decoding: UnsafeBufferPointer(start: output, count: Int(length)), as: UTF8.self))
    }
}
