import CICU
import Foundation
import KhaosanCore

/// ICU transliteration: a system transform such as `Any-Latin; Latin-ASCII`, or a rule-based
/// transform compiled from rules (`init(name:rules:)`, used by `RTGSRomanizer`). Thread-safe
/// (one ICU object behind a lock); results are cached unless `caching` is off.
public final class Transliterator: @unchecked Sendable {
    /// The ICU id the graph uses for `th-Latn` names.
    public static let thaiToLatinID = "Any-Latin; Latin-ASCII"

    private let handle: OpaquePointer
    private let caching: Bool
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
        caching = true
    }

    /// A rule-based transliterator compiled from ICU transform `rules` (UTRANS_FORWARD).
    /// - Parameters:
    ///   - name: the id ICU gives the transform (shown in errors).
    ///   - caching: keep results by input (off when the caller caches).
    /// - Throws: `ICUError` naming the rule ICU could not parse (its line in `rules`, 1-based).
    public init(name: String, rules: String, caching: Bool = true) throws {
        var error: Int32 = 0, line: Int32 = 0, offset: Int32 = 0
        let id = Array(name.utf16), text = Array(rules.utf16)
        let opened = id.withUnsafeBufferPointer { i in
            text.withUnsafeBufferPointer { r in
                cicu_transliterator_open_rules(i.baseAddress, Int32(i.count), r.baseAddress, Int32(r.count),
                                               &error, &line, &offset)
            }
        }
        guard let opened else {
            // ICU gives the offset (UTF-16 units) into the rules; name the line it falls on.
            let before = text.prefix(max(0, min(Int(offset), text.count)))
            let lineNumber = before.reduce(1) { $1 == 0x0A ? $0 + 1 : $0 }
            let rule = rules.split(separator: "\n", omittingEmptySubsequences: false)
                .dropFirst(lineNumber - 1).first.map(String.init) ?? ""
            throw ICUError(code: error, operation: "utrans_openU(\(name)) rules line \(lineNumber): \(rule)")
        }
        handle = opened
        self.caching = caching
    }

    deinit { cicu_transliterator_close(handle) }

    /// `text` transliterated; the input unchanged if ICU fails.
    public func transliterate(_ text: String) -> String {
        lock.lock()
        defer { lock.unlock() }
        let exact = ExactString(text)
        if caching {
            if let cached = exactCache[exact] { return cached }
            if let cached = cache[text] {
                exactCache[exact] = cached
                return cached
            }
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
        if caching {
            cache[text] = result
            exactCache[exact] = result
        }
        return result
    }

    /// A shared Thai → ASCII Latin transliterator, or nil if ICU lacks the transform.
    public static let thaiToLatin: Transliterator? = try? Transliterator()
}
