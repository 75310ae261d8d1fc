/// The lines of a text or markdown diff under a size limit: a line that would take the
/// page past `maxBytes` is left out and counted under its section, so the page can say
/// what it left out instead of being cut mid-line by whoever posts it (a GitHub comment
/// holds 65,536 characters).
struct DiffPage {
    /// Size limit in UTF-8 bytes, 0 for none.
    let maxBytes: Int
    private(set) var lines: [String] = []
    private var bytes = 0
    /// Section → items left out, in the order first met.
    private(set) var leftOut: [(section: String, items: Int)] = []
    /// Room kept for the closing note on what was left out.
    private static let reserve = 600

    init(maxBytes: Int) { self.maxBytes = max(0, maxBytes) }

    /// Appends the lines of one item of `section` together, or counts the item as left out.
    @discardableResult
    mutating func appendItem(_ item: [String], section: String) -> Bool {
        let size = item.reduce(0) { $0 + $1.utf8.count + 1 }
        if maxBytes > 0 && bytes + size > maxBytes - Self.reserve {
            if let i = leftOut.firstIndex(where: { $0.section == section }) { leftOut[i].items += 1 } else {
                leftOut.append((section, 1))
            }
            return false
        }
        for line in item { lines.append(line); bytes += line.utf8.count + 1 }
        return true
    }

    /// Appends a line that must be there (closing tags, the note); it may pass the limit by `reserve`.
    mutating func force(_ line: String) {
        lines.append(line)
        bytes += line.utf8.count + 1
    }

    /// Counts `items` more items of `section` as left out (by the per-section `--limit`).
    mutating func skip(_ items: Int, of section: String) {
        guard items > 0 else { return }
        if let i = leftOut.firstIndex(where: { $0.section == section }) { leftOut[i].items += items } else {
            leftOut.append((section, items))
        }
    }

    var text: String { lines.joined(separator: "\n") + "\n" }
}
