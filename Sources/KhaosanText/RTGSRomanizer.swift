import Foundation
import KhaosanCore

/// Thai → Latin in the Royal Thai General System (RTGS, Royal Institute 1999/2000):
/// "เศรษฐา ทวีสิน" → "Settha Thawisin", "นครราชสีมา" → "Nakhon Ratchasima".
///
/// The romanisation is ICU's rule-based transliterator (`utrans_openU`) running khaosan's
/// rules (the bundled `rtgs-rules.txt`, passes described there) with the exceptions of
/// `rtgs-exceptions.tsv` compiled in. This type cuts the name into parts, hands each part
/// to the rules between `|` marks, and capitalises every word of the result.
/// Thread-safe (one ICU transliterator and word breaker behind a lock); results are cached.
public final class RTGSRomanizer: @unchecked Sendable {
    /// How a name is cut into parts before the rules (each part is romanised as one word
    /// unless the rules split it).
    public enum Style: Sendable {
        /// A person's name: parts are the words written apart (given name, family name);
        /// "ชินวัตร" is one word, "Chinnawat", though ICU's dictionary cuts it ชิน|วัตร.
        case person
        /// Any other name: parts are also cut at ICU's Thai word boundaries ("คลอง|สาม|วา" →
        /// "Khlong Sam Wa"), as the Royal Institute writes the words of a place name apart.
        case other
    }

    private let transliterator: Transliterator
    private let breaker: WordBreaker
    private let lock = NSLock()
    private var cache: [ExactString: String] = [:]
    private var personCache: [ExactString: String] = [:]

    /// - Parameters:
    ///   - rules: ICU transform rules with the markers `# <exceptions>` and `# <protected>`
    ///     where the exceptions' passes go (the format of `rtgs-rules.txt`).
    ///   - exceptions: words the rules cannot read; `.none` measures the rules alone.
    /// - Throws: `ICUError` naming the rule ICU rejects.
    public init(rules: String, exceptions: RTGSExceptions) throws {
        let compiled = rules
            .replacingOccurrences(of: "# <exceptions>", with: exceptions.rules)
            .replacingOccurrences(of: "# <protected>", with: exceptions.protectingRules)
        transliterator = try Transliterator(name: "khaosan-rtgs", rules: compiled, caching: false)
        breaker = try WordBreaker()
    }

    /// The romaniser of the bundled rules and exceptions.
    /// - Throws: `InputError` when a resource is missing or malformed, `ICUError` for a rule ICU rejects.
    public static func bundled() throws -> RTGSRomanizer {
        try RTGSRomanizer(rules: BundledResources.text(.rtgsRules),
                          exceptions: RTGSExceptions(parsing: BundledResources.text(.rtgsExceptions)))
    }

    /// The bundled romaniser, or nil when the resources are missing or do not compile.
    public static let shared: RTGSRomanizer? = try? bundled()

    /// `text` in RTGS, each word capitalised; parts without Thai letters are kept as written.
    public func romanize(_ text: String, style: Style) -> String {
        lock.lock()
        defer { lock.unlock() }
        let key = ExactString(text)
        if let cached = (style == .person ? personCache : cache)[key] { return cached }
        let words = text.split(whereSeparator: { $0.isWhitespace }).map { part -> String in
            let part = String(part)
            guard part.unicodeScalars.contains(where: Self.isThai) else { return part }
            // Persons' names between "/" marks: the rules cut only "|"-marked names into parts.
            let mark = style == .person ? "/" : "|"
            let marked = mark + pieces(of: part, style: style).joined(separator: mark) + mark
            return transliterator.transliterate(marked)
                .split(separator: " ").map { Self.capitalized(String($0)) }.joined(separator: " ")
        }
        let result = words.filter { !$0.isEmpty }.joined(separator: " ")
        if style == .person { personCache[key] = result } else { cache[key] = result }
        return result
    }

    /// The pieces of one part handed to the rules: the part itself (persons) or its ICU words;
    /// a repetition mark ๆ becomes a copy of the word before it (RTGS writes the word twice).
    private func pieces(of part: String, style: Style) -> [String] {
        let cleaned = part.replacingOccurrences(of: "|", with: " ").replacingOccurrences(of: "/", with: " ")
        guard style == .other || cleaned.contains("ๆ") else { return [cleaned] }
        let utf16 = Array(cleaned.utf16)
        var words: [String] = []
        _ = try? utf16.withUnsafeBufferPointer { buffer in
            try breaker.withBoundaries(buffer) { bounds in
                for (start, end) in zip(bounds, bounds.dropFirst()) {
                    words.append(String(decoding: utf16[Int(start)..<Int(end)], as: UTF16.self))
                }
            }
        }
        if words.isEmpty { words = [cleaned] }
        var result: [String] = []
        for word in words.flatMap(Self.splittingRepetition) {
            if word == "ๆ" {
                if let previous = result.last { result.append(previous) }
            } else if style == .other && !result.isEmpty && !word.unicodeScalars.contains(where: Self.isThai) {
                result[result.count - 1] += word   // punctuation or digits stay with the word before
            } else if style == .other || result.isEmpty {
                result.append(word)
            } else {
                result[result.count - 1] += word   // a person's name stays one piece apart from ๆ
            }
        }
        return result
    }

    /// "เด็กๆ" (one ICU word) as "เด็ก", "ๆ".
    private static func splittingRepetition(_ word: String) -> [String] {
        guard word.count > 1, word.contains("ๆ") else { return [word] }
        var pieces: [String] = []
        for piece in word.split(separator: "ๆ", omittingEmptySubsequences: false) {
            if !piece.isEmpty { pieces.append(String(piece)) }
            pieces.append("ๆ")
        }
        return Array(pieces.dropLast())
    }

    private static func isThai(_ scalar: Unicode.Scalar) -> Bool { (0x0E01...0x0E5B).contains(scalar.value) }

    /// `word` with its first letter upper-cased (ASCII; the rules write only ASCII letters).
    private static func capitalized(_ word: String) -> String {
        guard let first = word.unicodeScalars.first, (0x61...0x7A).contains(first.value) else { return word }
        return String(Character(Unicode.Scalar(first.value - 0x20)!)) + String(word.unicodeScalars.dropFirst())
    }
}
