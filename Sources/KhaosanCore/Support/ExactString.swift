import Foundation

/// A string compared and hashed by its UTF-8 bytes. `String`'s own equality is canonical
/// equivalence ("ä" precomposed equals "a" + U+0308; Thai marks below and tone marks in
/// either order are equal), so a cache or an interning table keyed by `String` could hand
/// back the other spelling. Keyed by `ExactString`, it never does.
package struct ExactString: Hashable {
    package let string: String

    package init(_ string: String) { self.string = string }

    /// Byte equality (`memcmp` of the UTF-8 storage; a generic `utf8.elementsEqual` was ~5% of `merge`).
    package static func == (a: ExactString, b: ExactString) -> Bool {
        guard a.string.utf8.count == b.string.utf8.count else { return false }
        var (x, y) = (a.string, b.string)
        return x.withUTF8 { p in
            y.withUTF8 { q in p.count == 0 || memcmp(p.baseAddress!, q.baseAddress!, p.count) == 0 }
        }
    }

    package func hash(into hasher: inout Hasher) {
        var copy = string
        copy.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }
}
