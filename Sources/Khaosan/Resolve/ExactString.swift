/// A string compared and hashed by its UTF-8 bytes. `String`'s own equality is canonical
/// equivalence ("ä" precomposed equals "a" + U+0308; Thai marks below and tone marks in
/// either order are equal), so a cache or an interning table keyed by `String` could hand
/// back the other spelling. Keyed by `ExactString`, it never does.
struct ExactString: Hashable {
    let string: String

    init(_ string: String) { self.string = string }

    static func == (a: ExactString, b: ExactString) -> Bool { a.string.utf8.elementsEqual(b.string.utf8) }

    func hash(into hasher: inout Hasher) {
        var copy = string
        copy.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }
}
