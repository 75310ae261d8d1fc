import KhaosanCore

/// Shares the storage of equal strings and attribute dictionaries across the extractions
/// a `build` or `merge` holds until the graph is written: an archive repeats the same
/// names (a tenth of the mention texts are distinct) and the same lexicon attributes
/// (a tenth of the dictionaries are distinct) hundreds of thousands of times. Equal means
/// byte for byte (`ExactString`, not `String`'s canonical equivalence), so every value
/// keeps its bytes and every output stays the same.
public struct ExtractionInterner {
    private var strings: Set<ExactString> = []
    private var attributes: [[ExactString]: [MentionAttribute: String]] = [:]
    private var people: [[ExactString?]: PersonNameParts] = [:]
    /// Shared `MentionDetails` boxes by their fields' bytes (a date value, a person's parts and
    /// an attribute set recur across the archive; one box each).
    private var details: [[ExactString?]: MentionDetails] = [:]

    public init() {}

    /// `extraction` with its mention texts, values, name parts and attributes shared with
    /// equal ones seen before, and each mention's details box shared with equal ones.
    public mutating func intern(_ extraction: DocumentExtraction) -> DocumentExtraction {
        var extraction = extraction
        for index in extraction.mentions.indices {
            extraction.mentions[index].text = intern(extraction.mentions[index].text)
            extraction.mentions[index].source = intern(extraction.mentions[index].source)
            if let box = extraction.mentions[index].details {
                extraction.mentions[index].share(intern(box))
            }
        }
        return extraction
    }

    /// The shared box with the bytes of `box`'s fields (its strings shared too).
    private mutating func intern(_ box: MentionDetails) -> MentionDetails {
        var key: [ExactString?] = [box.value.map(ExactString.init), box.qualifier.map(ExactString.init)]
        if let person = box.person {
            key += [ExactString("p")] + person.titles.map(ExactString.init) + [nil]
                + [person.given, person.family, person.role].map { $0.map(ExactString.init) }
        }
        if !box.attributes.isEmpty {
            key.append(ExactString("a"))
            for (name, value) in box.attributes.sorted(by: { $0.key.rawValue.utf8.lexicographicallyPrecedes($1.key.rawValue.utf8) }) {
                key += [ExactString(name.rawValue), ExactString(value)]
            }
        }
        if let present = details[key] { return present }
        let shared = MentionDetails(value: box.value.map { intern($0) }, qualifier: box.qualifier.map { intern($0) },
                                    person: box.person.map { intern($0) },
                                    attributes: box.attributes.isEmpty ? [:] : intern(box.attributes))
        details[key] = shared
        return shared
    }

    /// The stored string with the bytes of `text` (stored now if new). Small strings live
    /// inline and are returned as they are.
    public mutating func intern(_ text: String) -> String {
        if text.utf8.count <= 15 { return text }
        return strings.insert(ExactString(text)).memberAfterInsert.string
    }

    private mutating func intern(_ dictionary: [MentionAttribute: String]) -> [MentionAttribute: String] {
        let pairs = dictionary.map { ($0.key, ExactString($0.value)) }
            .sorted { $0.0.rawValue.utf8.lexicographicallyPrecedes($1.0.rawValue.utf8) }
        let key = pairs.flatMap { [ExactString($0.0.rawValue), $0.1] }
        if let present = attributes[key] { return present }
        var shared: [MentionAttribute: String] = [:]
        shared.reserveCapacity(dictionary.count)
        for (name, value) in pairs { shared[name] = intern(value.string) }
        attributes[key] = shared
        return shared
    }

    private mutating func intern(_ person: PersonNameParts) -> PersonNameParts {
        let key: [ExactString?] = person.titles.map(ExactString.init) + [nil]
            + [person.given, person.family, person.role].map { $0.map(ExactString.init) }
        if let present = people[key] { return present }
        var shared = person
        shared.titles = person.titles.map { intern($0) }
        shared.given = person.given.map { intern($0) }
        shared.family = person.family.map { intern($0) }
        shared.role = person.role.map { intern($0) }
        people[key] = shared
        return shared
    }
}
