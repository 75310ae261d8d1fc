import Foundation
import KhaosanCore
import KhaosanText
import KhaosanIO

/// Runs the per-document stages: normalise → segment → split clauses (`analyze`), then
/// its `components` in order (extractors, validators, overlap resolution, relations).
///
/// Holds an ICU iterator: not thread-safe, use one per thread.
public final class ExtractionPipeline {
    public let normalizer: TextNormalizer
    /// The steps after analysis, in the order they run.
    public var components: [PipelineComponent]
    /// Names of the extractors whose mentions are output; nil: all. The others still
    /// run, and later extractors see their mentions (e.g. the tagger alone reads rule hits).
    public var outputExtractors: Set<String>?
    /// Size and time limits of one document in `extraction(of:contentHash:)`.
    public var budget = DocumentBudget()
    private let segmenter: Segmenter

    /// A pipeline running `components` after analysis.
    public init(components: [PipelineComponent], normalizer: TextNormalizer = TextNormalizer()) throws {
        self.normalizer = normalizer
        self.components = components
        self.segmenter = try Segmenter()
    }

    /// A pipeline running the standard components around `extractors` (`PipelineComponent.standard`).
    public convenience init(extractors: [any MentionExtractor], normalizer: TextNormalizer = TextNormalizer()) throws {
        try self.init(components: PipelineComponent.standard(extractors: extractors), normalizer: normalizer)
    }

    /// The extractors among `components`, in order.
    public var extractors: [any MentionExtractor] { components.compactMap(\.extractor) }

    /// Normalises and segments `raw`.
    public func analyze(_ raw: RawDocument) throws -> AnalyzedDocument {
        let document = StageProfile.measure("normalise") {
            Document(id: raw.id, metadata: raw.metadata, source: raw.source, normalizer: normalizer)
        }
        let tokens = try StageProfile.measure("segmentation (ICU)") { try segmenter.tokens(of: document) }
        let clauses = StageProfile.measure("clauses") { ClauseSplitter.clauses(of: document.textScalars, tokens: tokens) }
        return AnalyzedDocument(document: document, tokens: tokens, clauses: clauses)
    }

    /// The mentions of `analyzed` after every component but relations: with the standard
    /// components, sorted by range then label, without DATE mentions that cannot be dates,
    /// without tagger spans that cannot be names and without overlaps. Ranges are scalar
    /// offsets of the source text.
    public func mentions(in analyzed: AnalyzedDocument) -> [Mention] {
        // Without a time limit nothing throws.
        (try? run(analyzed, deadline: DocumentBudget.Deadline(limit: .infinity), part: "", relations: false).mentions) ?? []
    }

    /// Runs the components over `analyzed` (relations only when `relations`), checking
    /// `deadline` after each (`part` names the part of a cut document in the error).
    /// Returns the document's mentions and relations, in scalar offsets of the source text.
    package func run(_ analyzed: AnalyzedDocument, deadline: DocumentBudget.Deadline, part: String,
                     relations: Bool = true) throws -> (mentions: [Mention], relations: [RelationFact]) {
        var found: [Mention] = []   // every extractor's mentions, normalised offsets
        var mentions: [Mention] = []  // the document's mentions, source offsets
        var facts: [RelationFact] = []
        for component in components {
            let started = StageProfile.active == nil ? 0 : StageProfile.threadCPUNanoseconds()
            defer {
                if let profile = StageProfile.active {
                    profile.add(component.name, nanoseconds: StageProfile.threadCPUNanoseconds() &- started)
                }
            }
            switch component {
            case .extractor(let extractor):
                let new = extractor.mentions(in: analyzed, earlier: found)
                found.append(contentsOf: new)
                if outputExtractors?.contains(extractor.name) ?? true {
                    mentions += new.map { analyzed.sourceMention($0, includingInvisibleTail: extractor.includesInvisibleTail) }
                }
            case .validator(let validator):
                mentions = validator.validate(mentions, in: analyzed.document)
            case .overlapResolution:
                mentions = MentionOverlapResolver.resolve(mentions)
            case .relations(let extractor):
                guard relations else { continue }
                facts = extractor.relations(in: analyzed.document, mentions: mentions)
            }
            try deadline.check("after \(component.name)\(part)")
        }
        return (mentions, facts)
    }
}
