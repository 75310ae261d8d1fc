import KhaosanBatch
import KhaosanCore
import KhaosanIO
import KhaosanText

/// Scores the jobTitle, worksFor and location facts of `khaosan extract` output against the
/// gold relations of a few articles.
///
/// System facts of an article: its `RelationFact`s with those predicates, plus a
/// `MentionAttribute.location` on an ORG or EVENT mention (the graph turns both into the same
/// properties). A subject is the mention's text; a PERSON subject is its name without titles
/// (given and family name from `Mention.person`). An object is the literal (jobTitle) or the
/// object mention's text. Strings are compared after document normalisation with all
/// whitespace removed: strict = equal subject and equal object; lenient = for subject and
/// object alike, one contains the other. Precision is over distinct system facts, recall over
/// gold facts.
public struct RelationEvaluator: Sendable {
    public static let predicates = [RelationPredicate.jobTitle, .worksFor, .location].map(\.rawValue)
    private let normalizer = TextNormalizer()

    public init() {}

    /// The system facts of `extraction` for `predicates`, distinct, in order.
    public func systemFacts(_ extraction: DocumentExtraction) -> [GoldRelationFact] {
        var mentionAt: [ScalarRange: Mention] = [:]
        for mention in extraction.mentions where mentionAt[mention.range] == nil || mention.label == .person {
            mentionAt[mention.range] = mention
        }
        var facts: [GoldRelationFact] = []
        for fact in extraction.relations where Self.predicates.contains(fact.predicate.rawValue) {
            guard let subject = mentionAt[fact.subject] else { continue }
            let object = fact.literal ?? fact.object.flatMap { mentionAt[$0]?.text }
            if let object { facts.append(GoldRelationFact(subject: subjectName(subject), predicate: fact.predicate.rawValue, object: object)) }
        }
        for mention in extraction.mentions where mention.label == .organization || mention.label == .event {
            if let place = mention.attributes[MentionAttribute.location] {
                facts.append(GoldRelationFact(subject: mention.text, predicate: RelationPredicate.location.rawValue, object: place))
            }
        }
        var seen = Set<GoldRelationFact>()
        return facts.filter { seen.insert(compact($0)).inserted }
    }

    /// A PERSON's given and family name, else the mention text.
    private func subjectName(_ mention: Mention) -> String {
        guard mention.label == .person, let given = mention.person?.given else { return mention.text }
        return [given, mention.person?.family].compactMap { $0 }.joined(separator: " ")
    }

    /// `fact` with subject and object normalised and stripped of all whitespace.
    func compact(_ fact: GoldRelationFact) -> GoldRelationFact {
        GoldRelationFact(subject: compact(fact.subject), predicate: fact.predicate, object: compact(fact.object))
    }

    private func compact(_ text: String) -> String {
        String(String.UnicodeScalarView(normalizer.normalize(text).scalars.filter { !$0.properties.isWhitespace }))
    }

    private static func strictlyEqual(_ a: GoldRelationFact, _ b: GoldRelationFact) -> Bool {
        a.predicate == b.predicate && a.subject == b.subject && a.object == b.object
    }

    private static func leniently(_ a: GoldRelationFact, _ b: GoldRelationFact) -> Bool {
        func near(_ x: String, _ y: String) -> Bool { !x.isEmpty && !y.isEmpty && (x.contains(y) || y.contains(x)) }
        return a.predicate == b.predicate && near(a.subject, b.subject) && near(a.object, b.object)
    }

    /// Scores `extractions` (by article id; articles not in `gold` are ignored) against `gold`,
    /// listing at most `errors` spurious and missed facts.
    public func evaluate(gold: GoldRelations, extractions: [String: DocumentExtraction], errors: Int) -> RelationEvaluation {
        var gold_ = [String: Int](), system_ = [String: Int]()
        var strict = [String: (correct: Int, found: Int)](), lenient = [String: (correct: Int, found: Int)]()
        var spurious: [RelationErrorFact] = [], missed: [RelationErrorFact] = []
        for document in gold.factsByDocument.keys.sorted() {
            let goldFacts = gold.factsByDocument[document]!.filter { Self.predicates.contains($0.predicate) }
            let systemFacts = extractions[document].map(systemFacts) ?? []
            let g = goldFacts.map(compact), s = systemFacts.map(compact)
            for (index, fact) in s.enumerated() {
                system_[fact.predicate, default: 0] += 1
                if g.contains(where: { Self.strictlyEqual($0, fact) }) { strict[fact.predicate, default: (0, 0)].correct += 1 } else {
                    let f = systemFacts[index]
                    spurious.append(RelationErrorFact(document: document, subject: f.subject, predicate: f.predicate, object: f.object))
                }
                if g.contains(where: { Self.leniently($0, fact) }) { lenient[fact.predicate, default: (0, 0)].correct += 1 }
            }
            for (index, fact) in g.enumerated() {
                gold_[fact.predicate, default: 0] += 1
                if s.contains(where: { Self.strictlyEqual($0, fact) }) { strict[fact.predicate, default: (0, 0)].found += 1 } else {
                    let f = goldFacts[index]
                    missed.append(RelationErrorFact(document: document, subject: f.subject, predicate: f.predicate, object: f.object))
                }
                if s.contains(where: { Self.leniently($0, fact) }) { lenient[fact.predicate, default: (0, 0)].found += 1 }
            }
        }
        func score(_ counts: (correct: Int, found: Int)?, _ predicate: String) -> RelationMatchScore {
            let c = counts ?? (0, 0), sys = system_[predicate] ?? 0, g = gold_[predicate] ?? 0
            return RelationMatchScore(correct: c.correct, found: c.found,
                                      precision: sys == 0 ? 0 : Double(c.correct) / Double(sys),
                                      recall: g == 0 ? 0 : Double(c.found) / Double(g))
        }
        let predicates = Self.predicates.map { p in
            RelationPredicateScore(predicate: p, gold: gold_[p] ?? 0, system: system_[p] ?? 0,
                                   strict: score(strict[p], p), lenient: score(lenient[p], p))
        }
        return RelationEvaluation(
            documents: gold.factsByDocument.count,
            missingDocuments: gold.factsByDocument.keys.filter { extractions[$0] == nil }.sorted(),
            predicates: predicates, spurious: Array(spurious.prefix(errors)), missed: Array(missed.prefix(errors)))
    }
}

extension RelationEvaluator {
    /// The extractions of the articles `ids` in `khaosan extract` output at `path` (other lines
    /// are skipped without being parsed); a malformed line of one of those articles is an error.
    public static func extractions(path: String, ids: Set<String>) throws -> [String: DocumentExtraction] {
        let idKey = Array(#""id":""#.utf8)
        var result: [String: DocumentExtraction] = [:]
        try ExtractOutputReader(path: path).forEach { line, number in
            let id = line.withUnsafeBytes { GraphLineScanner.string(after: idKey, in: $0.bindMemory(to: UInt8.self), from: 0)?.value }
            guard let id, ids.contains(id) else { return }
            guard case .extraction(let extraction) = try? ExtractionJSON.parse(line) else {
                throw InputError(location: "\(path):\(number)", reason: "not a khaosan extract line")
            }
            if extraction.id == id, result[id] == nil { result[id] = extraction }
        }
        return result
    }
}
