import Foundation
import KhaosanCore

/// Known organisations, places and people with their aliases, from the bundled
/// lexicons plus any the user adds with `--lexicon FILE` (same format, see `LexiconEntry`).
public struct Lexicon: Sendable {
    public private(set) var entries: [LexiconEntry]
    /// Acronyms that name more than one thing (the bundled `org-ambiguous-acronyms.txt` for
    /// `bundled()`; none for a lexicon read from text): resolution never merges on one alone.
    public var ambiguousAcronyms: AmbiguousAcronyms

    public init(entries: [LexiconEntry] = [], ambiguousAcronyms: AmbiguousAcronyms = AmbiguousAcronyms()) {
        self.entries = entries
        self.ambiguousAcronyms = ambiguousAcronyms
    }

    /// Parses lexicon text. `origin` names the file in entries and errors.
    /// Lines are split at "\n" bytes and fields at ASCII separators (`ResourceText`).
    public init(parsing text: String, origin: String) throws {
        var text = text
        entries = try text.withUTF8 { try Self.entries(parsing: $0, origin: origin) }
        ambiguousAcronyms = AmbiguousAcronyms()
    }

    private static func entries(parsing bytes: UnsafeBufferPointer<UInt8>, origin: String) throws -> [LexiconEntry] {
        var entries: [LexiconEntry] = []
        var lineNumber = 0
        for line in ResourceText.split(bytes, 0..<bytes.count, separator: UInt8(ascii: "\n"), omittingEmpty: false) {
            lineNumber += 1
            let trimmed = ResourceText.trimmed(bytes, line)
            if trimmed.isEmpty || bytes[trimmed.lowerBound] == UInt8(ascii: "#") { continue }
            let columns = ResourceText.split(bytes, line, separator: UInt8(ascii: "\t"), omittingEmpty: false).map {
                ResourceText.trimmed(bytes, $0)
            }
            let at = "\(origin):\(lineNumber)"
            guard columns.count >= 2, !columns[1].isEmpty else {
                throw InputError(location: at, reason: "expected LABEL<TAB>name[<TAB>aliases[<TAB>properties]]")
            }
            guard let label = MentionLabel(rawValue: ResourceText.string(bytes, columns[0])) else {
                throw InputError(location: at, reason: "unknown label '\(ResourceText.string(bytes, columns[0]))'")
            }
            let aliases = columns.count > 2
                ? ResourceText.split(bytes, columns[2], separator: UInt8(ascii: "|"), omittingEmpty: true)
                    .map { ResourceText.trimmed(bytes, $0) }.filter { !$0.isEmpty }.map { ResourceText.string(bytes, $0) }
                : []
            var properties: [String: String] = [:]
            if columns.count > 3 {
                for pair in ResourceText.split(bytes, columns[3], separator: UInt8(ascii: ";"), omittingEmpty: true) {
                    let parts = ResourceText.split(bytes, pair, separator: UInt8(ascii: "="), maxSplits: 1, omittingEmpty: true)
                    guard parts.count == 2 else {
                        throw InputError(location: at, reason: "property '\(ResourceText.string(bytes, pair))' is not key=value")
                    }
                    properties[ResourceText.string(bytes, ResourceText.trimmed(bytes, parts[0]))]
                        = ResourceText.string(bytes, ResourceText.trimmed(bytes, parts[1]))
                }
            }
            entries.append(LexiconEntry(label: label, name: ResourceText.string(bytes, columns[1]), aliases: aliases,
                                        properties: properties, origin: at))
        }
        return entries
    }

    /// Reads a lexicon file.
    public init(contentsOf path: String) throws {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw InputError(location: path, reason: "cannot read file")
        }
        try self.init(parsing: String(decoding: data, as: UTF8.self), origin: path)
    }

    /// The lexicons bundled with khaosan (`BundledList.lexicons`, sorted by file name; an
    /// entry's origin is the file name), with the bundled ambiguous acronyms.
    /// - Throws: `InputError` when the resources are missing, a list of the manifest is
    ///   missing or misnamed (`BundledResources.requireAvailable()`), or a line is malformed.
    public static func bundled() throws -> Lexicon {
        try BundledResources.requireAvailable()
        var lexicon = Lexicon()
        for list in BundledList.lexicons {
            lexicon.add(try Lexicon(parsing: try BundledResources.text(list), origin: list.file))
        }
        lexicon.ambiguousAcronyms = try AmbiguousAcronyms.bundled()
        return lexicon
    }

    /// Adds the entries of `other` after this lexicon's.
    public mutating func add(_ other: Lexicon) {
        entries.append(contentsOf: other.entries)
    }

    /// Entries with `label`.
    public func entries(labeled label: MentionLabel) -> [LexiconEntry] {
        entries.filter { $0.label == label }
    }
}
