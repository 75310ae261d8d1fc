import Foundation
import KhaosanCore
import KhaosanText
import KhaosanIO

/// Runs the per-document stages: normalise → segment → split clauses → extract.
///
/// Holds an ICU iterator: not thread-safe, use one per thread.
public final class ExtractionPipeline {
    public let normalizer: TextNormalizer
    public let extractors: [any MentionExtractor]
    /// Finds the relations between a document's mentions (nil: none are recorded).
    public var relations: RelationExtractor? = RelationExtractor()
    /// Names of the extractors whose mentions are output; nil: all. The others still
    /// run, and later stages see their mentions (e.g. the tagger alone reads rule hits).
    public var outputExtractors: Set<String>?
    /// Drops DATE mentions that cannot be dates before overlaps are resolved (nil: keep all).
    public var dateValidator: DateMentionValidator? = .bundled
    /// Drops or trims tagger ORG/PLACE/PERSON spans that cannot be names, before overlaps
    /// are resolved (nil: keep all).
    public var taggerValidator: TaggerMentionValidator? = .bundled
    /// Settles, rule by rule, where rule mentions and tagger spans overlap, after the
    /// validators and before overlaps are resolved (nil: the overlap resolver alone decides).
    public var combination: RuleTaggerCombination? = .bundled
    /// Size and time limits of one document in `extraction(of:contentHash:)`.
    public var budget = DocumentBudget()
    private let segmenter: Segmenter

    public init(extractors: [any MentionExtractor], normalizer: TextNormalizer = TextNormalizer()) throws {
        self.normalizer = normalizer
        self.extractors = extractors
        self.segmenter = try Segmenter()
    }

    /// Normalises and segments `raw`.
    public func analyze(_ raw: RawDocument) throws -> AnalyzedDocument {
        let document = Document(id: raw.id, metadata: raw.metadata, source: raw.source, normalizer: normalizer)
        let tokens = try segmenter.tokens(of: document)
        return AnalyzedDocument(document: document, tokens: tokens,
                                clauses: ClauseSplitter.clauses(of: document.textScalars, tokens: tokens))
    }

    /// All mentions of `analyzed`, sorted by range then label, without DATE mentions
    /// that cannot be dates (`DateMentionValidator`), without tagger spans that cannot be
    /// names (`TaggerMentionValidator`), combined rule by rule with the tagger
    /// (`RuleTaggerCombination`) and without overlaps between labels (see `MentionOverlapResolver`).
    public func mentions(in analyzed: AnalyzedDocument) -> [Mention] {
        // Without a time limit nothing throws.
        (try? mentions(in: analyzed, deadline: DocumentBudget.Deadline(limit: .infinity), part: "")) ?? []
    }

    /// `mentions(in:)`, checking `deadline` after each extractor (`part` names the part of a
    /// cut document in the error).
    package func mentions(in analyzed: AnalyzedDocument, deadline: DocumentBudget.Deadline, part: String) throws -> [Mention] {
        var found: [Mention] = []
        var output: [Mention] = []
        for extractor in extractors {
            let mentions = extractor.mentions(in: analyzed, earlier: found)
            found.append(contentsOf: mentions)
            if outputExtractors?.contains(extractor.name) ?? true { output.append(contentsOf: mentions) }
            try deadline.check("after \(extractor.name)\(part)")
        }
        output = dateValidator?.filter(output) ?? output
        output = taggerValidator?.filter(output, text: analyzed.document.sourceScalars) ?? output
        output = combination?.combine(output) ?? output
        return MentionOverlapResolver.resolve(output)
    }
}
