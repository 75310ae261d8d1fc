import KhaosanCore

/// Role nouns ("อธิการบดี", "Resident Representative"): a person's jobTitle when
/// written next to the name. Loaded from `BundledList.roleNouns`.
public struct RoleNouns: Sendable {
    /// Roles, longest first (so "ผู้ช่วยอธิการบดี" wins over "อธิการบดี").
    public let roles: [[Unicode.Scalar]]

    public init(_ roles: [String]) {
        self.roles = Set(roles.filter { !$0.isEmpty }).map { Array($0.unicodeScalars) }
            .sorted { $0.count != $1.count ? $0.count > $1.count : String(String.UnicodeScalarView($0)) < String(String.UnicodeScalarView($1)) }
    }

    /// The bundled list, shared with the person rules.
    public static let bundled = RoleNouns(BundledResources.requiredWordList(.roleNouns))

    /// The longest chain of roles ending exactly at `end` in `text`
    /// ("เลขานุการ" + "นายก" → "เลขานุการนายก"), with its start; nil if none.
    public func chain(endingAt end: Int, in text: [Unicode.Scalar]) -> (start: Int, role: String)? {
        var position = end
        while let role = roles.first(where: { text.matches($0, endingAt: position) }) {
            position -= role.count
        }
        guard position < end else { return nil }
        // A Latin role must start at a word boundary.
        if position > 0, text[position - 1].properties.isAlphabetic, text[position].isASCII { return nil }
        return (position, Document.string(text[position..<end]))
    }

    /// The longest chain of roles starting exactly at `start` and ending by `limit` (default: the
    /// end of `text`), with its end; nil if none. A limit at the next mention keeps a role from
    /// swallowing the head of an ORG name ("ปลัด|กระทรวงอุตสาหกรรม", not "ปลัดกระทรวง|อุตสาหกรรม").
    public func chain(startingAt start: Int, in text: [Unicode.Scalar], limit: Int? = nil) -> (end: Int, role: String)? {
        let limit = limit ?? text.count
        var position = start
        while let role = roles.first(where: { position + $0.count <= limit && text.matches($0, at: position) }) {
            position += role.count
        }
        guard position > start else { return nil }
        if position < text.count, text[position].isASCII, text[position].properties.isAlphabetic { return nil }
        return (position, Document.string(text[start..<position]))
    }
}
