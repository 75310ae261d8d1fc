/// Joins the nodes of a `KeyTable` on evidence, under one rule that holds at archive
/// scale: **a chain of individually plausible links never joins two things that have
/// different names.** Without it, one boundary error ("กระทรวงการคลัง (ธ.ก.ส.)") and one
/// acronym shared by two bodies ("ทช.") chain whole ministries into one node.
///
/// Every group carries up to three identities: its lexicon entry, its Thai full name
/// and its Latin full name (the root of the group that held such a name before the soft
/// links were followed). Two groups merge only when no identity of one differs from the
/// same identity of the other. Acronyms (and document-scoped keys) carry no name identity:
/// they are what the links attach.
///
/// Order, each step deterministic and independent of input order:
/// 1. lexicon identities (names claimed by two lexicon entries were never joined to either);
/// 2. hard links, checked against lexicon identities only: canonical names (`Mention.value`)
///    and safe typos (`TypoMatcher`);
/// 3. name identities of the resulting groups;
/// 4. acronym definitions: of the long forms an acronym is defined as across the archive,
///    only the one with at least twice the support of all others together is followed,
///    and none for an acronym the lexicon lists as ambiguous; the acronym's uses inside a
///    defining article were already keyed to that article's long form;
/// 5. soft links by support (documents), strongest first, each followed only when allowed.
struct ConstrainedMerger {
    private struct Identity {
        var lexicon: Int?
        var thai: Int?
        var latin: Int?

        func allows(_ other: Identity) -> Bool {
            Self.agree(lexicon, other.lexicon) && Self.agree(thai, other.thai) && Self.agree(latin, other.latin)
        }

        func joined(_ other: Identity) -> Identity {
            Identity(lexicon: lexicon ?? other.lexicon, thai: thai ?? other.thai, latin: latin ?? other.latin)
        }

        private static func agree(_ a: Int?, _ b: Int?) -> Bool { a == nil || b == nil || a == b }
    }

    /// Identity of each current root.
    private var identities: [Int: Identity] = [:]

    /// Runs steps 1–5 on `keys`. `knownOfNode`: lexicon entry of each node that is a name
    /// of exactly one entry; `abbreviations`: nodes written as acronyms; `typos`: safe typo
    /// pairs; `ambiguousAcronyms`: keys of acronyms never to follow across articles.
    static func merge(_ keys: inout KeyTable, evidence: MergeEvidence, hardLinks: [(Int, Int)],
                      knownOfNode: [Int: Int], abbreviations: Set<Int>, ambiguousAcronyms: Set<String>) {
        var merger = ConstrainedMerger()
        for (node, entry) in knownOfNode.sorted(by: { $0.key < $1.key }) {
            let root = keys.find(node)
            merger.identities[root, default: Identity()].lexicon = entry
        }
        for (a, b) in hardLinks { merger.unionIfAllowed(&keys, a, b) }
        for node in 0..<keys.count where !abbreviations.contains(node) {
            let key = keys.key(of: node)
            guard !key.hasPrefix("d:"), let first = key.unicodeScalars.first else { continue }
            let root = keys.find(node)
            if first.isASCII {
                if first.properties.isAlphabetic, merger.identities[root]?.latin == nil {
                    merger.identities[root, default: Identity()].latin = root
                }
            } else if merger.identities[root]?.thai == nil {
                merger.identities[root, default: Identity()].thai = root
            }
        }
        for (link, _, similarLongForm) in merger.softLinks(evidence, keys: &keys, ambiguousAcronyms: ambiguousAcronyms) {
            let a = keys.key(of: Int(link.a)), b = keys.key(of: Int(link.b))
            let namesMayDiffer: Bool
            switch link.kind {
            // A lexicon entry matched under a shorter name ("คลัง" for กระทรวงการคลัง, a ministry's
            // short name) may bring that name's own identity; a longer one ("รัฐสภายุโรป" matched
            // as รัฐสภา) is another thing and may not.
            case .lexiconName: namesMayDiffer = a.unicodeScalars.count <= b.unicodeScalars.count
            case .shortened: namesMayDiffer = true
            // "องค์การยูเนสโก (ยูเนสโก)": a name written beside one that contains it.
            case .alias: namesMayDiffer = a.contains(b) || b.contains(a)
            case .definition: namesMayDiffer = similarLongForm
            }
            merger.unionIfAllowed(&keys, Int(link.b), Int(link.a), namesMayDiffer: namesMayDiffer)
        }
    }

    /// The soft links to try, strongest first, by support, kind and node ids. An acronym's
    /// definitions are reduced to its one dominant long form: its long forms are gathered
    /// into clusters of similar names (`isSimilar`: one body renamed or written two ways,
    /// "หน่วยบริหารจัดการทุนด้านการพัฒนาระดับพื้นที่" / "…เพื่อการพัฒนาเชิงพื้นที่"), and only a
    /// cluster with at least twice the support of all others together is followed; its links
    /// carry `true` (their long forms may join one another through the acronym).
    private func softLinks(_ evidence: MergeEvidence, keys: inout KeyTable,
                           ambiguousAcronyms: Set<String>) -> [(MergeEvidence.Link, Int, Bool)] {
        var links: [(MergeEvidence.Link, Int, Bool)] = []
        var definitions: [Int: [Int: [(MergeEvidence.Link, Int)]]] = [:]   // acronym root → long-form root → links
        for (link, support) in evidence.support {
            guard link.kind == .definition else { links.append((link, support, false)); continue }
            if ambiguousAcronyms.contains(keys.key(of: Int(link.a))) { continue }
            definitions[keys.find(Int(link.a)), default: [:]][keys.find(Int(link.b)), default: []].append((link, support))
        }
        for (_, targets) in definitions {
            let totals = targets.mapValues { $0.reduce(0) { $0 + $1.1 } }
            var clusters: [(representative: String, roots: [Int], support: Int)] = []
            for (root, total) in totals.sorted(by: { ($0.value, $1.key) > ($1.value, $0.key) }) {
                let key = keys.key(of: root)
                if let index = clusters.firstIndex(where: { Self.isSimilar($0.representative, key) }) {
                    clusters[index].roots.append(root)
                    clusters[index].support += total
                } else {
                    clusters.append((key, [root], total))
                }
            }
            let all = clusters.reduce(0) { $0 + $1.support }
            guard let best = clusters.first, best.support >= 2 * (all - best.support) else { continue }
            for root in best.roots { links += targets[root]!.map { ($0.0, $0.1, best.roots.count > 1) } }
        }
        return links.sorted { lhs, rhs in
            if lhs.1 != rhs.1 { return lhs.1 > rhs.1 }
            if lhs.0.kind != rhs.0.kind { return lhs.0.kind < rhs.0.kind }
            return (lhs.0.a, lhs.0.b) < (rhs.0.a, rhs.0.b)
        }
    }

    /// Two long forms of one acronym that are one name written two ways: after their common
    /// beginning, the rests' scalar bigrams overlap with a Dice coefficient of at least
    /// `similarity`. The rest is what tells bodies of one family apart: "สำนักงานคณะกรรมการ" +
    /// "การศึกษาขั้นพื้นฐาน" / "การอาชีวศึกษา" are two, and so are "กรมทางหลวง" and
    /// "กรมทางหลวงชนบท" (an empty rest shares nothing).
    static func isSimilar(_ a: String, _ b: String) -> Bool {
        let x = Array(a.unicodeScalars), y = Array(b.unicodeScalars)
        var common = 0
        while common < x.count, common < y.count, x[common] == y[common] { common += 1 }
        func bigrams(_ scalars: ArraySlice<Unicode.Scalar>) -> [UInt64: Int] {
            var counts: [UInt64: Int] = [:]
            for i in scalars.indices.dropLast() {
                counts[UInt64(scalars[i].value) << 32 | UInt64(scalars[i + 1].value), default: 0] += 1
            }
            return counts
        }
        let p = bigrams(x[common...]), q = bigrams(y[common...])
        let total = p.values.reduce(0, +) + q.values.reduce(0, +)
        guard total > 0 else { return false }
        let shared = p.reduce(0) { $0 + min($1.value, q[$1.key] ?? 0) }
        return Double(2 * shared) >= similarity * Double(total)
    }

    /// Least bigram Dice coefficient of the rests of two long forms that `isSimilar` takes for one name.
    static let similarity = 0.5

    /// Joins the groups of `a` and `b` unless an identity differs (`namesMayDiffer`: only
    /// the lexicon identity counts, and `a`'s names win).
    private mutating func unionIfAllowed(_ keys: inout KeyTable, _ a: Int, _ b: Int, namesMayDiffer: Bool = false) {
        let ra = keys.find(a), rb = keys.find(b)
        guard ra != rb else { return }
        let ia = identities[ra] ?? Identity(), ib = identities[rb] ?? Identity()
        guard namesMayDiffer ? ia.lexicon == nil || ib.lexicon == nil || ia.lexicon == ib.lexicon : ia.allows(ib) else { return }
        keys.union(ra, rb)
        identities[ra] = nil
        identities[rb] = nil
        identities[keys.find(ra)] = ia.joined(ib)
    }
}
