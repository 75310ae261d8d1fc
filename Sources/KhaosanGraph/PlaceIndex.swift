/// Place keys (at least 2 scalars) by their first two scalars, longest first, for finding places inside names.
struct PlaceIndex {
    var byPrefix: [UInt64: [[Unicode.Scalar]]] = [:]

    static func prefix(_ first: Unicode.Scalar, _ second: Unicode.Scalar) -> UInt64 {
        UInt64(first.value) << 32 | UInt64(second.value)
    }

    init(_ keys: Set<String>, lengths: ClosedRange<Int>) {
        // No need to sort `keys` first: they are distinct `String`s, so the order below is total.
        for key in keys {
            let scalars = Array(key.unicodeScalars)
            guard lengths.contains(scalars.count), scalars.count >= 2 else { continue }
            byPrefix[Self.prefix(scalars[0], scalars[1]), default: []].append(scalars)
        }
        for prefix in byPrefix.keys {
            byPrefix[prefix]!.sort { $0.count != $1.count ? $0.count > $1.count
                : String(String.UnicodeScalarView($0)) < String(String.UnicodeScalarView($1)) }
        }
    }
}
