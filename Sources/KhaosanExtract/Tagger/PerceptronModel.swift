import KhaosanCore

/// A trained sequence-tagging model: hashed feature weights per tag, tag
/// transition weights, the tag scheme, and the word lists and unit rules the
/// features were computed with. Immutable and thread-safe.
public struct PerceptronModel: Sendable {
    public let scheme: TagScheme
    /// log2 of the number of weight rows.
    public let rowBits: Int
    /// Whether the model was trained with hints from earlier extractors (rule hits).
    public let usesHints: Bool
    /// The feature templates the model was trained with.
    public let featureSet: TaggerFeatureSet
    public let gazetteer: TaggerGazetteer
    /// Prefixes `TaggerUnitSplitter` splits off Thai tokens.
    public let splitPrefixes: [String]
    /// `rowCount * scheme.count` weights, row-major (read back from the scoring table, which
    /// holds them once: a copy is made on each read).
    public var weights: [Float] { table.weights }
    /// `(scheme.count + 1) * scheme.count` transition weights; the last row scores sequence starts.
    public let transitions: [Float]
    let splitter: TaggerUnitSplitter
    package let allowed: [Bool]
    let viterbi: VectorViterbiDecoder
    let table: TaggerWeightTable

    public init(scheme: TagScheme, rowBits: Int, usesHints: Bool, gazetteer: TaggerGazetteer,
                splitPrefixes: [String], weights: [Float], transitions: [Float], featureSet: TaggerFeatureSet = .standard) {
        precondition(weights.count == (1 << rowBits) * scheme.count)
        self.init(scheme: scheme, rowBits: rowBits, usesHints: usesHints, gazetteer: gazetteer, splitPrefixes: splitPrefixes,
                  table: TaggerWeightTable(weights: weights, tagCount: scheme.count, rowCount: 1 << rowBits),
                  transitions: transitions, featureSet: featureSet)
    }

    /// A model whose weights are already laid out for scoring (`table`: `1 << rowBits` rows of `scheme.count` tags).
    init(scheme: TagScheme, rowBits: Int, usesHints: Bool, gazetteer: TaggerGazetteer,
         splitPrefixes: [String], table: TaggerWeightTable, transitions: [Float], featureSet: TaggerFeatureSet) {
        precondition(table.rowCount == 1 << rowBits && table.tagCount == scheme.count)
        precondition(transitions.count == (scheme.count + 1) * scheme.count)
        self.scheme = scheme
        self.rowBits = rowBits
        self.usesHints = usesHints
        self.featureSet = featureSet
        self.gazetteer = gazetteer
        self.splitPrefixes = splitPrefixes
        self.transitions = transitions
        self.splitter = TaggerUnitSplitter(prefixes: splitPrefixes)
        self.allowed = TagScheme.allowedTable(scheme)
        self.viterbi = VectorViterbiDecoder(scheme: scheme, transitions: transitions, allowed: allowed)
        self.table = table
    }

    public var rowCount: Int { 1 << rowBits }
    var rowMask: UInt32 { UInt32(rowCount - 1) }

    /// The units of a token sequence (normalised text offsets).
    public func units(of tokens: [Token], in scalars: [Unicode.Scalar]) -> [TaggerUnit] {
        splitter.units(of: tokens, in: scalars)
    }

    /// Features of `units`; `hints` as in `TaggerFeatures` (ignored unless `usesHints`).
    public func features(of units: [TaggerUnit], in scalars: [Unicode.Scalar], hints: [UInt16] = []) -> TaggerFeatures {
        TaggerFeatures(units: units, scalars: scalars,
                       gazetteerHits: gazetteer.hits(units: units, scalars: scalars),
                       hints: usesHints ? (hints.isEmpty ? [UInt16](repeating: 0, count: units.count) : hints) : [],
                       rowMask: rowMask, featureSet: featureSet)
    }

    /// The best tag for each unit.
    public func tags(for features: TaggerFeatures) -> [Int] {
        let emissions = table.emissions(of: features)
        return emissions.withUnsafeBufferPointer { viterbi.decode(emissions: $0, count: features.unitCount) }
    }

    /// Entity spans of a token sequence: ranges in normalised text offsets with their labels.
    public func spans(tokens: [Token], scalars: [Unicode.Scalar], hints: (([TaggerUnit]) -> [UInt16])? = nil)
        -> [(range: ScalarRange, label: MentionLabel)] {
        let units = StageProfile.measure("tagger/units") { self.units(of: tokens, in: scalars) }
        let features = StageProfile.measure("tagger/features") {
            self.features(of: units, in: scalars, hints: usesHints ? (hints?(units) ?? []) : [])
        }
        let tags = StageProfile.measure("tagger/decoding") { self.tags(for: features) }
        return entitySpans(tags: tags, units: units).map { span in
            (ScalarRange(units[span.start].range.start, units[span.end - 1].range.end), scheme.labels[span.label])
        }
    }

    /// Entity spans (unit index ranges, label index) of a tag sequence, without
    /// space units at their edges.
    public func entitySpans(tags: [Int], units: [TaggerUnit]) -> [(start: Int, end: Int, label: Int)] {
        scheme.decode(tags).compactMap { span in
            var start = span.start, end = span.end
            while start < end && units[start].kind == .space { start += 1 }
            while end > start && units[end - 1].kind == .space { end -= 1 }
            return start < end ? (start, end, span.label) : nil
        }
    }
}
