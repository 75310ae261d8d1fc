import Foundation

/// Role nouns ("อธิการบดี", "Resident Representative"): a person's jobTitle when
/// written next to the name. Loaded from `Resources/lexicons/role-nouns.txt`.
public struct RoleNouns: Sendable {
    /// Roles, longest first (so "ผู้ช่วยอธิการบดี" wins over "อธิการบดี").
    public let roles: [[Unicode.Scalar]]

    public init(_ roles: [String]) {
        self.roles = Set(roles.filter { !$0.isEmpty }).map { Array($0.unicodeScalars) }
            .sorted { $0.count != $1.count ? $0.count > $1.count : String(String.UnicodeScalarView($0)) < String(String.UnicodeScalarView($1)) }
    }

    /// The bundled list (empty if the resource is missing).
    public static let bundled: RoleNouns = {
        // Linux Foundation's `resourceURL` is the bundle's `Resources/` folder already;
        // Darwin's is the bundle root. Try both.
        let candidates = [Bundle.module.bundleURL.appendingPathComponent("Resources/lexicons/role-nouns.txt"),
                          Bundle.module.resourceURL?.appendingPathComponent("lexicons/role-nouns.txt")].compactMap { $0 }
        let text = candidates.lazy.compactMap { try? String(contentsOf: $0, encoding: .utf8) }.first ?? ""
        return RoleNouns(text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.hasPrefix("#") })
    }()

    /// The longest chain of roles ending exactly at `end` in `text`
    /// ("เลขานุการ" + "นายก" → "เลขานุการนายก"), with its start; nil if none.
    public func chain(endingAt end: Int, in text: [Unicode.Scalar]) -> (start: Int, role: String)? {
        var position = end
        while let role = roles.first(where: { matches($0, in: text, at: position - $0.count) }) {
            position -= role.count
        }
        guard position < end else { return nil }
        // A Latin role must start at a word boundary.
        if position > 0, text[position - 1].properties.isAlphabetic, text[position].isASCII { return nil }
        return (position, Document.string(text[position..<end]))
    }

    /// The longest chain of roles starting exactly at `start`, with its end; nil if none.
    public func chain(startingAt start: Int, in text: [Unicode.Scalar]) -> (end: Int, role: String)? {
        var position = start
        while let role = roles.first(where: { matches($0, in: text, at: position) }) {
            position += role.count
        }
        guard position > start else { return nil }
        if position < text.count, text[position].isASCII, text[position].properties.isAlphabetic { return nil }
        return (position, Document.string(text[start..<position]))
    }

    private func matches(_ role: [Unicode.Scalar], in text: [Unicode.Scalar], at start: Int) -> Bool {
        guard start >= 0, start + role.count <= text.count else { return false }
        for i in role.indices where text[start + i] != role[i] { return false }
        return true
    }
}
