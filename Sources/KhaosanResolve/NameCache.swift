import KhaosanCore

/// Memoised `PersonTitles.parts`, `NameKey.key` and `NameKey.normalize` results for one
/// graph build: an archive repeats the same few thousand names hundreds of thousands of
/// times, and each computation walks the string's characters. Results are the functions'
/// own, so the graph is unchanged; only the work is shared. Keys are compared by bytes
/// (`ExactString`): canonically equivalent spellings get their own results.
package final class NameCache {
    package init() {}

    private var parts: [ExactString: PersonNameParts] = [:]
    private var normalized: [ExactString: String] = [:]
    private var collapsed: [ExactString: String] = [:]
    private var acronyms: [ExactString: Bool] = [:]
    /// `NameKey.key(for:text:)` (no person parts) per label, indexed like `labelIndex`.
    private var keys: [[ExactString: String]] = Array(repeating: [:], count: MentionLabel.allCases.count)

    /// `PersonTitles.parts(of: text)`.
    func personParts(_ text: String) -> PersonNameParts {
        Self.memoised(text, in: &parts) { PersonTitles.parts(of: $0) }
    }

    /// The parts of a PERSON mention: its own when the extractor gave a given name, else split from its text.
    package func personParts(of mention: Mention) -> PersonNameParts {
        if let person = mention.person, person.given != nil { return person }
        return personParts(mention.text)
    }

    /// `EntityNaming.displayForm(of: mention)`: a PERSON's name without titles, any name
    /// with its whitespace runs collapsed to one space.
    package func displayForm(of mention: Mention) -> String {
        guard mention.label == .person else { return collapsingWhitespace(mention.text) }
        let parts = personParts(of: mention)
        let name = [parts.given, parts.family].compactMap { $0 }.joined(separator: " ")
        return collapsingWhitespace(name.isEmpty ? PersonTitles.split(mention.text).name : name)
    }

    /// `text` split at whitespace characters and joined with single spaces.
    package func collapsingWhitespace(_ text: String) -> String {
        // No whitespace scalar, no whitespace character: nothing to collapse.
        if !text.unicodeScalars.contains(where: Self.mayBeWhitespace) { return text }
        return Self.memoised(text, in: &collapsed) { $0.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ") }
    }

    /// `NameKey.isAcronym(text)`.
    package func isAcronym(_ text: String) -> Bool {
        Self.memoised(text, in: &acronyms, NameKey.isAcronym)
    }

    /// `NameKey.normalize(text)`.
    func normalize(_ text: String) -> String {
        Self.memoised(text, in: &normalized, NameKey.normalize)
    }

    /// `NameKey.key(for: label, text: text)`.
    package func key(for label: MentionLabel, text: String) -> String {
        Self.memoised(text, in: &keys[Self.labelIndex(label)]) {
            label == .person ? personKey(text: $0, parts: personParts($0)) : NameKey.key(for: label, text: $0)
        }
    }

    /// `NameKey.key(for: label, text: text, person: person)`.
    func key(for label: MentionLabel, text: String, person: PersonNameParts?) -> String {
        guard label == .person, let person, person.given != nil else { return key(for: label, text: text) }
        return personKey(text: text, parts: person)
    }

    /// `NameKey.key(for: .person, text: text, person: parts)` where `parts.given` is set or `parts` are the text's own.
    private func personKey(text: String, parts: PersonNameParts) -> String {
        let name = [parts.given, parts.family].compactMap { $0 }.joined(separator: " ")
        return normalize(name.isEmpty ? PersonTitles.split(text).name : name)
    }

    /// `table[text]` (by exact bytes), computing and storing `compute(text)` the first time.
    private static func memoised<Value>(_ text: String, in table: inout [ExactString: Value],
                                        _ compute: (String) -> Value) -> Value {
        let exact = ExactString(text)
        if let cached = table[exact] { return cached }
        let result = compute(text)
        table[exact] = result
        return result
    }

    /// False only for scalars that are not whitespace (ASCII other than tab…CR and space, Thai).
    private static func mayBeWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09...0x0D, 0x20: return true
        case 0x00...0x7F, 0x0E00...0x0E7F: return false
        default: return scalar.properties.isWhitespace
        }
    }

    package static func labelIndex(_ label: MentionLabel) -> Int {
        switch label {
        case .person: return 0
        case .organization: return 1
        case .place: return 2
        case .date: return 3
        case .event: return 4
        }
    }
}
