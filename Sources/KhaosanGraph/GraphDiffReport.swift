/// What changed between two graphs, entity by entity (see `GraphDiff`).
/// Every list is sorted, so the report is deterministic.
public struct GraphDiffReport: Codable, Hashable, Sendable {
    /// An entity as shown in a report: IRI, label and display name.
    public struct EntityRef: Codable, Hashable, Sendable, Comparable {
        public var id: String
        public var label: String
        public var name: String
        public static func < (a: EntityRef, b: EntityRef) -> Bool { (a.label, a.name, a.id) < (b.label, b.name, b.id) }
    }

    /// Mentions that were one entity's and are now another's.
    public struct Move: Codable, Hashable, Sendable, Comparable {
        /// Old entities (several for a merge).
        public var from: [EntityRef]
        /// New entities (several for a split).
        public var to: [EntityRef]
        /// How many mentions moved.
        public var mentions: Int
        /// `merge`, `split` or `reidentified` (one entity under a new id).
        public var kind: String
        public static func < (a: Move, b: Move) -> Bool {
            (a.kind, a.from.first?.id ?? "", a.to.first?.id ?? "") < (b.kind, b.from.first?.id ?? "", b.to.first?.id ?? "")
        }
    }

    /// A change of one property (names, aliases, types, relations) of an entity in both graphs.
    public struct PropertyChange: Codable, Hashable, Sendable, Comparable {
        public var entity: EntityRef
        /// `name`, `alternateName`, `@type` or a property such as `worksFor`.
        public var property: String
        public var added: [String]
        public var removed: [String]
        public static func < (a: PropertyChange, b: PropertyChange) -> Bool {
            (a.entity, a.property) < (b.entity, b.property)
        }
    }

    /// A mention present in only one of the graphs.
    public struct MentionChange: Codable, Hashable, Sendable, Comparable {
        public var document: String
        public var start: Int
        public var end: Int
        public var label: String
        /// The mention's text.
        public var text: String
        /// The entity it denotes (in the graph that has it).
        public var entity: String
        public static func < (a: MentionChange, b: MentionChange) -> Bool {
            (a.document, a.start, a.end, a.label) < (b.document, b.start, b.end, b.label)
        }
    }

    public var addedEntities: [EntityRef] = []
    public var removedEntities: [EntityRef] = []
    public var moves: [Move] = []
    public var propertyChanges: [PropertyChange] = []
    public var mentionsGained: [MentionChange] = []
    public var mentionsLost: [MentionChange] = []
    public var addedDocuments: [String] = []
    public var removedDocuments: [String] = []
    /// `old → new` when the recorded tool version differs.
    public var versionChange: [String] = []

    public init() {}

    /// True when the graphs are equal at entity level.
    public var isEmpty: Bool {
        addedEntities.isEmpty && removedEntities.isEmpty && moves.isEmpty && propertyChanges.isEmpty
            && mentionsGained.isEmpty && mentionsLost.isEmpty && addedDocuments.isEmpty && removedDocuments.isEmpty
            && versionChange.isEmpty
    }

    /// Mentions gained and lost per label: label → (gained, lost).
    public var mentionCountsByLabel: [String: (gained: Int, lost: Int)] {
        var counts: [String: (gained: Int, lost: Int)] = [:]
        for m in mentionsGained { counts[m.label, default: (0, 0)].gained += 1 }
        for m in mentionsLost { counts[m.label, default: (0, 0)].lost += 1 }
        return counts
    }
}
