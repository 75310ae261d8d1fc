import Foundation
import KhaosanCore

/// Abbreviations that end with a full stop without ending a sentence
/// ("พ.ศ.", "ดร.", "ก.ย.", "Mr."), from the bundled list `BundledList.abbreviations`.
public struct AbbreviationList: Sendable {
    /// Entries as written, with their dots.
    public let entries: Set<String>
    /// Length in scalars of the longest entry.
    let longest: Int

    /// The bundled list (`BundledList.abbreviations`).
    public static let bundled = AbbreviationList(lines: BundledResources.requiredText(.abbreviations))

    public init(entries: Set<String>) {
        self.entries = entries
        self.longest = entries.map { $0.unicodeScalars.count }.max() ?? 0
    }

    /// Parses one entry a line; blank lines and `#` comments are skipped.
    public init(lines: String) {
        let entries = lines.split(whereSeparator: \.isNewline)
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty && !$0.hasPrefix("#") }
        self.init(entries: Set(entries))
    }

    /// Whether `scalars[start..<end]` (which includes its final dot, if any)
    /// is an entry, or ends with an entry of at least three scalars (so
    /// "มติครม." matches "ครม." but "ประชาชน." does not match "น.").
    public func matches(_ scalars: [Unicode.Scalar], start: Int, end: Int) -> Bool {
        guard end > start else { return false }
        let from = max(start, end - longest)
        for s in from..<end where s == start || end - s >= 3 {
            if entries.contains(Document.string(scalars[s..<end])) { return true }
        }
        return false
    }
}
