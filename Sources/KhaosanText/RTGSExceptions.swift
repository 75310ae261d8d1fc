import Foundation
import KhaosanCore

/// Thai words and morphemes the RTGS rules cannot read, with their romanisation
/// (the bundled `rtgs-exceptions.tsv`), compiled into one pass of ICU rules.
///
/// Format, one entry a line, `#` comments: `thai⇥rtgs[⇥linking]`, where `linking` is the
/// spelling when another syllable of the same name follows (ราช: `rat`, `ratcha` in ราชบุรี).
/// Tone marks in `thai` are ignored: the rules drop them before this pass.
public struct RTGSExceptions: Sendable {
    /// One exception.
    public struct Entry: Sendable, Equatable {
        /// The Thai spelling without tone marks.
        public let thai: String
        /// The romanisation, lower-case ASCII.
        public let rtgs: String
        /// The romanisation before another syllable of the same name, when it differs.
        public let linking: String?
    }

    public let entries: [Entry]

    /// An empty table: the rules alone (used to measure what the rules get by themselves).
    public static let none = RTGSExceptions(entries: [])

    init(entries: [Entry]) {
        // Longest first: ICU tries the rules of a pass in order, and a shorter key would mask a longer one.
        self.entries = entries.sorted { ($0.thai.unicodeScalars.count, $1.thai) > ($1.thai.unicodeScalars.count, $0.thai) }
    }

    /// Parses the table.
    /// - Throws: `InputError` naming `source` and the line of a malformed entry.
    public init(parsing text: String, source: String = BundledList.rtgsExceptions.path) throws {
        var entries: [Entry] = []
        for (line, entry) in ResourceText.numberedEntries(of: text) {
            let fields = entry.split(separator: "\t", omittingEmptySubsequences: false).map {
                $0.trimmingCharacters(in: .whitespaces)
            }
            let thai = String(String.UnicodeScalarView(fields[0].unicodeScalars.filter { !Self.toneMarks.contains($0.value) }))
            guard fields.count == 2 || fields.count == 3, !thai.isEmpty,
                  thai.unicodeScalars.allSatisfy({ (0x0E01...0x0E5B).contains($0.value) }),
                  fields.dropFirst().allSatisfy({ !$0.isEmpty && $0.unicodeScalars.allSatisfy(Self.isLatin) }) else {
                throw InputError(location: "\(source) line \(line)",
                                 reason: "expected 'thai⇥rtgs[⇥linking form]' (Thai letters, then lower-case ASCII letters, spaces or '-'), got '\(entry)'")
            }
            entries.append(Entry(thai: thai, rtgs: fields[1], linking: fields.count == 3 ? fields[2] : nil))
        }
        self.init(entries: entries)
    }

    /// The ICU rules of the exceptions pass: the linking form before another Thai syllable (or
    /// before a part boundary `|` and one), the plain form when no vowel mark follows the key
    /// (so ราช does not match the start of ราชา).
    public var rules: String {
        entries.flatMap { entry -> [String] in
            var lines: [String] = []
            if let linking = entry.linking {
                lines.append("\(entry.thai) } [ก-ฮเแโใไ] > '\(linking)';")
                lines.append("\(entry.thai) } [\\| \\/] [ก-ฮเแโใไ] > '\(linking)';")
            }
            lines.append("\(entry.thai) } [^ะัาำิีึืุู็์อ] > '\(entry.rtgs)';")
            return lines
        }.joined(separator: "\n")
    }

    /// ICU rules of the name-parts pass that keep an exception at the start of a part whole
    /// (บางกอก is one word, not บาง + กอก).
    public var protectingRules: String {
        entries.map { "[\\| \\/] { \($0.thai) > \($0.thai);" }.joined(separator: "\n")
    }

    /// Tone marks, phinthu, nikkhahit and lakkhangyao: the rules' first pass deletes them.
    static let toneMarks: Set<UInt32> = [0x0E3A, 0x0E45, 0x0E48, 0x0E49, 0x0E4A, 0x0E4B, 0x0E4D]

    private static func isLatin(_ scalar: Unicode.Scalar) -> Bool {
        (0x61...0x7A).contains(scalar.value) || scalar == " " || scalar == "-"
    }
}
