/// Scalar classes of dates: ASCII and Thai digits, dashes, case folding (the letter and space
/// classes are `ScalarClass`, in KhaosanText).
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

    /// Hyphen, en dash, em dash, minus sign and tilde: range separators.
    @inlinable @inline(__always)
    package static func isDash(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x2D, 0x2013, 0x2014, 0x2212, 0x7E: return true
        default: return false
        }
    }

    /// Lower-cases ASCII letters (English month names match case-insensitively).
    @inlinable @inline(__always)
    package static func folded(_ scalar: Unicode.Scalar) -> UInt32 {
        let v = scalar.value
        return v >= 0x41 && v <= 0x5A ? v | 0x20 : v
    }
}
