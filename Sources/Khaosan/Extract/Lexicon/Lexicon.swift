import Foundation

/// Known organisations, places and people with their aliases, from the bundled
/// lexicons plus any the user adds with `--lexicon FILE` (same format, see `LexiconEntry`).
public struct Lexicon: Sendable {
    public private(set) var entries: [LexiconEntry]

    public init(entries: [LexiconEntry] = []) {
        self.entries = entries
    }

    /// Parses lexicon text. `origin` names the file in entries and errors.
    public init(parsing text: String, origin: String) throws {
        var entries: [LexiconEntry] = []
        var lineNumber = 0
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            let columns = line.split(separator: "\t", omittingEmptySubsequences: false).map {
                $0.trimmingCharacters(in: .whitespaces)
            }
            let at = "\(origin):\(lineNumber)"
            guard columns.count >= 2, !columns[1].isEmpty else {
                throw LexiconError(origin: at, reason: "expected LABEL<TAB>name[<TAB>aliases[<TAB>properties]]")
            }
            guard let label = MentionLabel(rawValue: columns[0]) else {
                throw LexiconError(origin: at, reason: "unknown label '\(columns[0])'")
            }
            let aliases = columns.count > 2 ? columns[2].split(separator: "|").map {
                $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty } : []
            var properties: [String: String] = [:]
            if columns.count > 3 {
                for pair in columns[3].split(separator: ";") {
                    let parts = pair.split(separator: "=", maxSplits: 1)
                    guard parts.count == 2 else {
                        throw LexiconError(origin: at, reason: "property '\(pair)' is not key=value")
                    }
                    properties[parts[0].trimmingCharacters(in: .whitespaces)] = parts[1].trimmingCharacters(in: .whitespaces)
                }
            }
            entries.append(LexiconEntry(label: label, name: columns[1], aliases: aliases,
                                        properties: properties, origin: at))
        }
        self.entries = entries
    }

    /// Reads a lexicon file.
    public init(contentsOf path: String) throws {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw LexiconError(origin: path, reason: "cannot read file")
        }
        try self.init(parsing: String(decoding: data, as: UTF8.self), origin: path)
    }

    /// The lexicons bundled with khaosan (every `Resources/lexicons/*.tsv`, sorted by name).
    public static func bundled() throws -> Lexicon {
        var lexicon = Lexicon()
        for name in BundledResources.files(in: "lexicons", withExtension: "tsv") {
            lexicon.add(try Lexicon(parsing: try BundledResources.text("lexicons/\(name)"), origin: name))
        }
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
