/// Scalar classes the date scanner needs (ASCII and Thai digits, spaces, dashes).
package enum DateScalars {
    /// The value of an ASCII (0-9) or Thai (๐-๙) digit, else nil.
    @inlinable @inline(__always)
    package static func digitValue(_ scalar: Unicode.Scalar) -> Int? {
        let v = scalar.value
        if v >= 0x30 && v <= 0x39 { return Int(v - 0x30) }
        if v >= 0x0E50 && v <= 0x0E59 { return Int(v - 0x0E50) }
        return nil
    }

    @inlinable @inline(__always)
    package static func isDigit(_ scalar: Unicode.Scalar) -> Bool { digitValue(scalar) != nil }

    /// Horizontal spaces that may separate the parts of a date (never newlines).
    @inlinable @inline(__always)
    package static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x20, 0x09, 0xA0, 0x200B, 0x2009, 0x202F: return true
        default: return false
        }
    }

    /// Hyphen, en dash, em dash, minus sign and tilde: range separators.
    @inlinable @inline(__always)
    package static func isDash(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x2D, 0x2013, 0x2014, 0x2212, 0x7E: return true
        default: return false
        }
    }

    /// Thai consonants ก-ฮ.
    @inlinable @inline(__always)
    package static func isThaiConsonant(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value >= 0x0E01 && scalar.value <= 0x0E2E
    }

    /// Any Thai letter, vowel or tone mark (not digits or symbols).
    @inlinable @inline(__always)
    package static func isThaiLetter(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        return v >= 0x0E01 && v <= 0x0E4E && v != 0x0E2F && v != 0x0E3F && v != 0x0E46 && v != 0x0E4F
    }

    @inlinable @inline(__always)
    package static func isLatinLetter(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value | 0x20
        return v >= 0x61 && v <= 0x7A
    }

    /// Lower-cases ASCII letters (English month names match case-insensitively).
    @inlinable @inline(__always)
    package static func folded(_ scalar: Unicode.Scalar) -> UInt32 {
        let v = scalar.value
        return v >= 0x41 && v <= 0x5A ? v | 0x20 : v
    }
}
