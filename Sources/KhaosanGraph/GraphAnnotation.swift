import KhaosanCore

/// One mention in the graph: a W3C Web Annotation whose body is the entity and
/// whose target is the article, selected by code-point offsets and exact text.
public struct GraphAnnotation: Hashable, Sendable, Comparable {
    /// IRI `…/doc/<id>#char=<start>,<end>` (RFC 5147).
    public var id: String
    /// The article's IRI.
    public var document: String
    /// The article's id as in the input.
    public var documentID: String
    /// The entity's IRI.
    public var body: String
    public var label: MentionLabel
    /// Start offset in Unicode scalars (code points) of the source text.
    public var start: Int
    /// End offset (exclusive) in Unicode scalars of the source text.
    public var end: Int
    /// The source text of the mention, verbatim.
    public var exact: String

    public init(id: String, document: String, documentID: String, body: String, label: MentionLabel,
                start: Int, end: Int, exact: String) {
        self.id = id
        self.document = document
        self.documentID = documentID
        self.body = body
        self.label = label
        self.start = start
        self.end = end
        self.exact = exact
    }

    public static func < (a: GraphAnnotation, b: GraphAnnotation) -> Bool {
        (a.documentID, a.start, a.end, a.id) < (b.documentID, b.start, b.end, b.id)
    }
}
