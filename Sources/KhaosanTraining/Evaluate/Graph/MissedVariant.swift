/// A variant string, as written, whose occurrences no mention spans (and no longer mention contains).
public struct MissedVariant: Hashable, Codable, Sendable {
    /// Registry id.
    public var id: String
    public var name: String
    public var label: String
    /// The occurrence's source text.
    public var text: String
    public var occurrences: Int
    public var examples: [GraphErrorExample]
}
