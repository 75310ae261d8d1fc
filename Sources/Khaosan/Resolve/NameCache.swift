/// Memoised `PersonTitles.parts`, `NameKey.key` and `NameKey.normalize` results for one
/// graph build: an archive repeats the same few thousand names hundreds of thousands of
/// times, and each computation walks the string's characters. Results are the functions'
/// own, so the graph is unchanged; only the work is shared. Keys are compared by bytes
/// (`ExactString`): canonically equivalent spellings get their own results.
final class NameCache {
    private var parts: [ExactString: PersonNameParts] = [:]
    private var normalized: [ExactString: String] = [:]
    private var collapsed: [ExactString: String] = [:]
    private var acronyms: [ExactString: Bool] = [:]
    /// `NameKey.key(for:text:)` (no person parts) per label, indexed like `labelIndex`.
    private var keys: [[ExactString: String]] = Array(repeating: [:], count: MentionLabel.allCases.count)

    /// `PersonTitles.parts(of: text)`.
    func personParts(_ text: String) -> PersonNameParts {
        let exact = ExactString(text)
        if let cached = parts[exact] { return cached }
        let result = PersonTitles.parts(of: text)
        parts[exact] = result
        return result
    }

    /// The parts of a PERSON mention: its own when the extractor gave a given name, else split from its text.
    func personParts(of mention: Mention) -> PersonNameParts {
        if let person = mention.person, person.given != nil { return person }
        return personParts(mention.text)
    }

    /// `EntityNaming.displayForm(of: mention)`: a PERSON's name without titles, any name
    /// with its whitespace runs collapsed to one space.
    func displayForm(of mention: Mention) -> String {
        guard mention.label == .person else { return collapsingWhitespace(mention.text) }
        let parts = personParts(of: mention)
        let name = [parts.given, parts.family].compactMap { $0 }.joined(separator: " ")
        return collapsingWhitespace(name.isEmpty ? PersonTitles.split(mention.text).name : name)
    }

    /// `text` split at whitespace characters and joined with single spaces.
    func collapsingWhitespace(_ text: String) -> String {
        // No whitespace scalar, no whitespace character: nothing to collapse.
        if !text.unicodeScalars.contains(where: Self.mayBeWhitespace) { return text }
        let exact = ExactString(text)
        if let cached = collapsed[exact] { return cached }
        let result = text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
        collapsed[exact] = result
        return result
    }

    /// `NameKey.isAcronym(text)`.
    func isAcronym(_ text: String) -> Bool {
        let exact = ExactString(text)
        if let cached = acronyms[exact] { return cached }
        let result = NameKey.isAcronym(text)
        acronyms[exact] = result
        return result
    }

    /// `NameKey.normalize(text)`.
    func normalize(_ text: String) -> String {
        let exact = ExactString(text)
        if let cached = normalized[exact] { return cached }
        let result = NameKey.normalize(text)
        normalized[exact] = result
        return result
    }

    /// `NameKey.key(for: label, text: text)`.
    func key(for label: MentionLabel, text: String) -> String {
        let index = Self.labelIndex(label)
        let exact = ExactString(text)
        if let cached = keys[index][exact] { return cached }
        let result = label == .person ? personKey(text: text, parts: personParts(text)) : NameKey.key(for: label, text: text)
        keys[index][exact] = result
        return result
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

    /// False only for scalars that are not whitespace (ASCII other than tab…CR and space, Thai).
    private static func mayBeWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09...0x0D, 0x20: return true
        case 0x00...0x7F, 0x0E00...0x0E7F: return false
        default: return scalar.properties.isWhitespace
        }
    }

    static func labelIndex(_ label: MentionLabel) -> Int {
        switch label {
        case .person: return 0
        case .organization: return 1
        case .place: return 2
        case .date: return 3
        case .event: return 4
        }
    }
}
