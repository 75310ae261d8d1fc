/// Byte-level reading of the bundled plain-text resources (word lists, lexicon
/// TSV): lines, fields and whitespace trimming over UTF-8 bytes, without
/// Foundation's `trimmingCharacters` (an `NSString` round trip per field made
/// loading the lexicons ~35 ms of every process start).
///
/// Ranges are byte offsets into one UTF-8 buffer. Separators are ASCII bytes, so a
/// field never splits a multi-byte scalar. Trimming removes what Foundation's
/// `CharacterSet.whitespaces` holds on Linux: U+0009, the space separators (Zs) and
/// U+200B ZERO WIDTH SPACE (checked over every scalar by `ResourceTextTests`).
package enum ResourceText {
    /// The pieces of `range` between `separator` bytes, with `Collection.split`'s rules:
    /// at most `maxSplits` splits, empty pieces dropped when `omittingEmpty`.
    package static func split(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, separator: UInt8,
                      maxSplits: Int = Int.max, omittingEmpty: Bool) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var start = range.lowerBound
        var i = range.lowerBound
        while i < range.upperBound {
            if bytes[i] == separator {
                let appended = !(omittingEmpty && start == i)
                if appended { result.append(start..<i) }
                i += 1
                start = i
                if appended && result.count == maxSplits { break }
                continue
            }
            i += 1
        }
        if start != range.upperBound || !omittingEmpty { result.append(start..<range.upperBound) }
        return result
    }

    /// `range` without leading and trailing whitespace (see the type).
    package static func trimmed(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Range<Int> {
        var start = range.lowerBound
        var end = range.upperBound
        while start < end, let width = whitespaceWidth(bytes, at: start, end: end) { start += width }
        while start < end, let width = whitespaceWidth(bytes, endingAt: end, start: start) { end -= width }
        return start..<end
    }

    /// The text of `range` (valid UTF-8: ranges come from ASCII separators in a `String`).
    package static func string(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
    }

    /// Non-empty, non-comment lines of `text`, trimmed (the word-list format).
    static func entries(of text: String) -> [String] {
        numberedEntries(of: text).map(\.text)
    }

    /// `entries(of:)` with the 1-based line number of each, for formats whose errors name the line.
    package static func numberedEntries(of text: String) -> [(line: Int, text: String)] {
        var text = text
        return text.withUTF8 { bytes in
            split(bytes, 0..<bytes.count, separator: UInt8(ascii: "\n"), omittingEmpty: false).enumerated().compactMap { index, line in
                let field = trimmed(bytes, line)
                guard !field.isEmpty, bytes[field.lowerBound] != UInt8(ascii: "#") else { return nil }
                return (index + 1, string(bytes, field))
            }
        }
    }

    /// Byte width of the whitespace scalar starting at `offset`, if one does.
    private static func whitespaceWidth(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int, end: Int) -> Int? {
        let lead = bytes[offset]
        if lead < 0x80 { return lead == 0x20 || lead == 0x09 ? 1 : nil }
        guard lead >= 0xC0 else { return nil }
        let width = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
        guard offset + width <= end, let scalar = decode(bytes, offset, width) else { return nil }
        return isWhitespace(scalar) ? width : nil
    }

    /// Byte width of the whitespace scalar ending at `end`, if one does.
    private static func whitespaceWidth(_ bytes: UnsafeBufferPointer<UInt8>, endingAt end: Int, start: Int) -> Int? {
        let last = bytes[end - 1]
        if last < 0x80 { return last == 0x20 || last == 0x09 ? 1 : nil }
        var lead = end - 1
        while lead > start, bytes[lead] & 0xC0 == 0x80 { lead -= 1 }
        guard let scalar = decode(bytes, lead, end - lead) else { return nil }
        return isWhitespace(scalar) ? end - lead : nil
    }

    private static func decode(_ bytes: UnsafeBufferPointer<UInt8>, _ offset: Int, _ width: Int) -> Unicode.Scalar? {
        var decoder = UTF8()
        var iterator = UnsafeBufferPointer(rebasing: bytes[offset..<(offset + width)]).makeIterator()
        if case .scalarValue(let scalar) = decoder.decode(&iterator) { return scalar }
        return nil
    }

    private static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "\t" || scalar == "\u{200B}" || scalar.properties.generalCategory == .spaceSeparator
    }
}
