/// Decides whether bytes that are not UTF-8 are plausible Thai text in TIS-620
/// or windows-874 (the Microsoft superset with curly quotes, dashes, ellipsis
/// and no-break space in 0x80–0xA0).
///
/// Plausible means: every byte is a character of windows-874; no control
/// characters other than tab, newline, carriage return and form feed; at least
/// 75% of the bytes ≥ 0x80 are Thai letters, vowels, marks or digits
/// (0xA1–0xFB); and at most 10% of the combining vowels and tone marks (which
/// must sit on a consonant) follow something that cannot carry them. Latin-1,
/// Windows-1252 and random binary data fail these tests.
enum ThaiLegacyTextHeuristic {
    struct Assessment: Equatable {
        var isPlausible: Bool
        /// Why it is not plausible (or a summary when it is).
        var reason: String
    }

    static func assess(_ bytes: UnsafeBufferPointer<UInt8>) -> Assessment {
        var high = 0, thai = 0, marks = 0, misplacedMarks = 0
        var previous: UInt8 = 0x20
        for (offset, byte) in bytes.enumerated() {
            if byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D && byte != 0x0C {
                return Assessment(isPlausible: false, reason: "control byte 0x\(hex(byte)) at offset \(offset)")
            }
            if byte >= 0x80 {
                high += 1
                guard isWindows874Character(byte) else {
                    return Assessment(isPlausible: false, reason: "byte 0x\(hex(byte)) at offset \(offset) is not a windows-874 character")
                }
                if byte >= 0xA1 && byte <= 0xFB { thai += 1 }
                if isCombiningMark(byte) {
                    marks += 1
                    if !canCarryMark(previous) { misplacedMarks += 1 }
                }
            }
            previous = byte
        }
        guard high > 0 else { return Assessment(isPlausible: false, reason: "no Thai bytes") }
        guard thai * 4 >= high * 3 else {
            return Assessment(isPlausible: false, reason: "only \(thai) of \(high) non-ASCII bytes are Thai characters")
        }
        guard misplacedMarks * 10 <= marks else {
            return Assessment(isPlausible: false, reason: "\(misplacedMarks) of \(marks) Thai vowel or tone marks do not follow a consonant")
        }
        return Assessment(isPlausible: true, reason: "\(thai) Thai characters, \(marks) marks")
    }

    /// Bytes ≥ 0x80 that windows-874 maps: 0x80, 0x85, 0x91–0x97, 0xA0–0xDA, 0xDF–0xFB.
    static func isWindows874Character(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x80, 0x85, 0x91...0x97, 0xA0...0xDA, 0xDF...0xFB: return true
        default: return byte < 0x80
        }
    }

    /// Above/below vowels and tone marks: ั ิ ี ึ ื ุ ู ฺ ็ ่ ้ ๊ ๋ ์ ํ ๎.
    static func isCombiningMark(_ byte: UInt8) -> Bool {
        byte == 0xD1 || (0xD4...0xDA).contains(byte) || (0xE7...0xEE).contains(byte)
    }

    /// A consonant (ก–ฮ), or another mark (a tone mark stacks on a vowel mark).
    private static func canCarryMark(_ byte: UInt8) -> Bool {
        (0xA1...0xCE).contains(byte) || isCombiningMark(byte)
    }

    private static func hex(_ byte: UInt8) -> String {
        let digits = String(byte, radix: 16, uppercase: true)
        return digits.count == 1 ? "0" + digits : digits
    }
}
