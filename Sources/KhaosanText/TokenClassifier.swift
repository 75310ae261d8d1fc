import KhaosanCore

/// Decides a token's kind from its first scalar.
public enum TokenClassifier {
    /// The kind of a token that starts with `scalar`.
    @inline(__always)
    public static func kind(of scalar: Unicode.Scalar) -> TokenKind {
        let v = scalar.value
        switch v {
        case 0x30...0x39, 0x0E50...0x0E59: return .number
        case 0x41...0x5A, 0x61...0x7A: return .latin
        case 0x0E01...0x0E4F, 0x0E5A...0x0E5B: return v == 0x0E2F || v == 0x0E46 || v == 0x0E4F || v >= 0x0E5A ? .punctuation : .thai
        case 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x20, 0xA0: return .space
        case 0x21...0x2F, 0x3A...0x40, 0x5B...0x60, 0x7B...0x7E: return .punctuation
        case 0xC0...0x24F, 0x1E00...0x1EFF: return v == 0xD7 || v == 0xF7 ? .other : .latin
        default: break
        }
        let properties = scalar.properties
        if properties.isWhitespace { return .space }
        switch properties.generalCategory {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
             .initialPunctuation, .finalPunctuation, .otherPunctuation:
            return .punctuation
        case .decimalNumber: return .number
        case .format: return .space
        default: return .other
        }
    }
}
