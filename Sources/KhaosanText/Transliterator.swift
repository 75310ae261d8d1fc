import CICU
import Foundation
import KhaosanCore

/// ICU transliteration, e.g. Thai → ASCII Latin (`Any-Latin; Latin-ASCII`) for
/// the `th-Latn` names of the graph. Thread-safe (one ICU object behind a lock);
/// results are cached.
public final class Transliterator: @unchecked Sendable {
    /// The ICU id the graph uses for `th-Latn` names.
    public static let thaiToLatinID = "Any-Latin; Latin-ASCII"

    private let handle: OpaquePointer
    private let lock = NSLock()
    /// Results by input, compared as `String`s (canonically equivalent inputs share the first one's result).
    private var cache: [String: String] = [:]
    /// The same results by exact input bytes: a repeated input is found without `String`'s normalising hash.
    private var exactCache: [ExactString: String] = [:]

    /// - Parameter id: an ICU transliterator id.
    public init(id: String = Transliterator.thaiToLatinID) throws {
        var error: Int32 = 0
        let units = Array(id.utf16)
        guard let opened = units.withUnsafeBufferPointer({
            cicu_transliterator_open($0.baseAddress, Int32(units.count), &error)
        }) else {
            throw ICUError(code: error, operation: "utrans_openU(\(id))")
        }
        handle = opened
    }

    deinit { cicu_transliterator_close(handle) }

    /// `text` transliterated; the input unchanged if ICU fails.
    public func transliterate(_ text: String) -> String {
        lock.lock()
        defer { lock.unlock() }
        let exact = ExactString(text)
        if let cached = exactCache[exact] { return cached }
        if let cached = cache[text] {
            exactCache[exact] = cached
            return cached
        }
        let input = Array(text.utf16)
        var output = [UInt16](repeating: 0, count: input.count * 3 + 16)
        var length = Int32.min
        for _ in 0..<2 {
            let capacity = Int32(output.count)
            length = input.withUnsafeBufferPointer { i in
                output.withUnsafeMutableBufferPointer { o in
                    cicu_transliterate(handle, i.baseAddress, Int32(input.count), o.baseAddress, capacity)
                }
            }
            if length < 0 && length != Int32.min {
                output = [UInt16](repeating: 0, count: Int(-length))
                continue
            }
            break
        }
        let result = length >= 0 ? String(decoding: output[0..<Int(length)], as: UTF16.self) : text
        cache[text] = result
        exactCache[exact] = result
        return result
    }

    /// A shared Thai → ASCII Latin transliterator, or nil if ICU lacks the transform.
    public static let thaiToLatin: Transliterator? = try? Transliterator()
}
