import CICU
import KhaosanCore

/// ICU word boundaries (`UBRK_WORD`, locale `th`) over UTF-16 text.
///
/// Wraps one ICU break iterator: not thread-safe, create one per thread.
public final class WordBreaker {
    private let breaker: OpaquePointer
    private var boundaries: [Int32] = []
    private var statuses: [Int32] = []

    /// - Parameter locale: ICU locale id; `th` selects the Thai dictionary.
    public init(locale: String = "th") throws {
        var error: Int32 = 0
        guard let handle = cicu_word_breaker_open(locale, &error) else {
            throw ICUError(code: error, operation: "ubrk_open(UBRK_WORD, \(locale))")
        }
        breaker = handle
        boundaries = [Int32](repeating: 0, count: 1024)
        statuses = boundaries
    }

    deinit { cicu_word_breaker_close(breaker) }

    /// Boundaries of `utf16` as UTF-16 offsets, ascending, from 0 to `utf16.count`.
    /// Calls `body` with the boundary array; the buffer is reused on the next call.
    public func withBoundaries<R>(_ utf16: UnsafeBufferPointer<UInt16>,
                                  _ body: (UnsafeBufferPointer<Int32>) throws -> R) throws -> R {
        let length = Int32(utf16.count)
        while true {
            let capacity = Int32(boundaries.count)
            let count = boundaries.withUnsafeMutableBufferPointer { b in
                statuses.withUnsafeMutableBufferPointer { s in
                    cicu_word_breaker_boundaries(breaker, utf16.baseAddress, length,
                                                 b.baseAddress, s.baseAddress, capacity)
                }
            }
            if count == Int32.min { throw ICUError(code: 1, operation: "ubrk_setText") }
            if count < 0 {
                let needed = Int(-count)
                boundaries = [Int32](repeating: 0, count: needed)
                statuses = boundaries
                continue
            }
            return try boundaries.withUnsafeBufferPointer { b in
                try body(UnsafeBufferPointer(rebasing: b[0..<Int(count)]))
            }
        }
    }
}
