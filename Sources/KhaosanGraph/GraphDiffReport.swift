/// What changed between two graphs (see `GraphDiff`), grouped by entity (entities added and
/// removed, merges and splits, property changes) and by article (mention edits, each with
/// its sentence when the sources were given). Every list is sorted, so the report, and its
/// JSON (`--format json`, schema `schema`, documented in the README), are deterministic.
public struct GraphDiffReport: Codable, Hashable, Sendable {
    /// The JSON schema's name and version; a change that renames or removes a field bumps it.
    public static let currentSchema = "khaosan-diff/2"

    /// An entity as shown in a report: IRI, label and display name.
    public struct EntityRef: Codable, Hashable, Sendable, Comparable {
        public var id: String
        public var label: String
        public var name: String
        public static func < (a: EntityRef, b: EntityRef) -> Bool { (a.label, a.name, a.id) < (b.label, b.name, b.id) }
    }

    /// One mention as one of the graphs has it.
    public struct Span: Codable, Hashable, Sendable, Comparable {
        /// Start offset in Unicode scalars of the article's source text.
        public var start: Int
        /// End offset (exclusive) in Unicode scalars.
        public var end: Int
        public var label: String
        /// The mention's text.
        public var text: String
        /// The entity it denotes (in the graph that has it).
        public var entity: EntityRef
        public static func < (a: Span, b: Span) -> Bool { (a.start, a.end, a.label) < (b.start, b.end, b.label) }
    }

    /// The sentence (or a window of it) around an edit, from the article's source text.
    public struct Context: Codable, Hashable, Sendable {
        /// Start offset in Unicode scalars of the source text (spans are relative to the article, not to this).
        public var start: Int
        /// End offset (exclusive) in Unicode scalars.
        public var end: Int
        public var text: String
        /// True when the sentence was longer and is cut before `start` (shown with "…").
        public var cutBefore = false
        /// True when the sentence goes on after `end`.
        public var cutAfter = false
    }

    /// Mentions of one place of an article that differ: `added` (after only), `removed`
    /// (before only), `boundary` (overlapping spans with other ends: "ถนนสาย นม.4040" →
    /// "ถนนสาย" | "นม.") or `relabelled` (same span, other label or text).
    public struct MentionEdit: Codable, Hashable, Sendable, Comparable {
        public var kind: String
        public var before: [Span]
        public var after: [Span]
        /// Set when `khaosan diff --source` found the article.
        public var context: Context?
        /// First character of the edit.
        public var start: Int { min(before.first?.start ?? .max, after.first?.start ?? .max) }
        public static func < (a: MentionEdit, b: MentionEdit) -> Bool {
            (a.start, a.before.count, a.after.count) < (b.start, b.before.count, b.after.count)
        }
    }

    /// The mention edits of one article.
    public struct ArticleChange: Codable, Hashable, Sendable, Comparable {
        /// The article's id as in the input.
        public var document: String
        public var edits: [MentionEdit]
        public static func < (a: ArticleChange, b: ArticleChange) -> Bool { a.document < b.document }
    }

    /// A mention that is in both graphs but belongs to another entity.
    public struct MovedMention: Codable, Hashable, Sendable, Comparable {
        public var document: String
        public var start: Int
        public var end: Int
        public var text: String
        /// Old and new entity IRIs.
        public var from: String
        public var to: String
        public static func < (a: MovedMention, b: MovedMention) -> Bool { (a.document, a.start, a.end) < (b.document, b.start, b.end) }
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
        /// The moved mentions with their articles (at most `GraphDiff.movedMentionLimit` per move).
        public var examples: [MovedMention]
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

    /// An entity whose IRI changed while its stable part (`<kind>/…-<hash>`, `GraphIRI.stableKey`)
    /// stayed: the same entity key under a new slug (a romanisation change).
    public struct RenamedIRI: Codable, Hashable, Sendable, Comparable {
        public var old: String
        public var new: String
        public static func < (a: RenamedIRI, b: RenamedIRI) -> Bool { (a.old, a.new) < (b.old, b.new) }
    }

    public var schema = GraphDiffReport.currentSchema
    /// `old → new` when the recorded tool version differs.
    public var versionChange: [String] = []
    public var addedEntities: [EntityRef] = []
    public var removedEntities: [EntityRef] = []
    public var moves: [Move] = []
    public var propertyChanges: [PropertyChange] = []
    /// Entities paired through `GraphIRI.stableKey` (not counted as added and removed).
    public var renamedIRIs: [RenamedIRI] = []
    /// Mention edits by article.
    public var articles: [ArticleChange] = []
    /// IRIs of the articles only in the new (added) or old (removed) graph.
    public var addedDocuments: [String] = []
    public var removedDocuments: [String] = []

    public init() {}

    /// True when the graphs are equal at entity level.
    public var isEmpty: Bool {
        addedEntities.isEmpty && removedEntities.isEmpty && moves.isEmpty && propertyChanges.isEmpty
            && renamedIRIs.isEmpty && articles.isEmpty && addedDocuments.isEmpty && removedDocuments.isEmpty && versionChange.isEmpty
    }

    /// Every mention only in the new graph (edits' `after` sides, boundary and relabelled edits included).
    public var mentionsGained: [Span] { articles.flatMap { $0.edits.flatMap(\.after) } }
    /// Every mention only in the old graph.
    public var mentionsLost: [Span] { articles.flatMap { $0.edits.flatMap(\.before) } }

    /// Mentions gained and lost per label: label → (gained, lost).
    public var mentionCountsByLabel: [String: (gained: Int, lost: Int)] {
        var counts: [String: (gained: Int, lost: Int)] = [:]
        for m in mentionsGained { counts[m.label, default: (0, 0)].gained += 1 }
        for m in mentionsLost { counts[m.label, default: (0, 0)].lost += 1 }
        return counts
    }

    /// The articles in the order a reviewer reads them: those with a boundary change or a
    /// relabelled mention first (where a rule moved a span), then the others, each by id.
    public var articlesForReview: [ArticleChange] {
        let first = articles.filter { $0.edits.contains { $0.kind == "boundary" || $0.kind == "relabelled" } }
        let firstIDs = Set(first.map(\.document))
        return first + articles.filter { !firstIDs.contains($0.document) }
    }

    /// The moves of one kind (`merge`, `split`, `reidentified`).
    public func moves(_ kind: String) -> [Move] { moves.filter { $0.kind == kind } }
}
