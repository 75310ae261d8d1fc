import KhaosanText

/// What the documents say about two name keys denoting one thing, counted in
/// documents: the "soft" links of `EntityResolver`, which `ConstrainedMerger`
/// follows only while they never join two differently named things.
///
/// A link is between two `KeyTable` nodes of one label. Each is counted once per
/// document that asserts it, so a link asserted by 400 articles outranks one that a
/// single boundary error produced.
struct MergeEvidence {
    /// Why two keys were linked, strongest first (the order breaks ties of support).
    enum Kind: Int, Comparable, Sendable {
        /// An acronym defined for a long form: "… (บพท.)", "… หรือ บพท." (`acronym`, `longForm`).
        case definition
        /// A mention matched a lexicon entry under another name (`lexiconName`).
        case lexiconName
        /// A translation or other full name written beside the name (`alias`, `alternateName`).
        case alias
        /// A name shortened with ฯ ("กระทรวงเกษตรฯ") and the one full name it begins.
        case shortened

        static func < (lhs: Kind, rhs: Kind) -> Bool { lhs.rawValue < rhs.rawValue }
    }

    /// A link between two nodes. For `definition`, `a` is the acronym's node and `b` the
    /// long form's; for `lexiconName` and `shortened`, `a` is the short name's node and `b` the full name's;
    /// for the other kinds `a < b`.
    struct Link: Hashable, Sendable {
        var a: Int32
        var b: Int32
        var kind: Kind
    }

    /// Documents asserting each link.
    private(set) var support: [Link: Int] = [:]
    /// Links of the document being read (each counted once per document).
    private var current = Set<Link>()

    /// Records that the document being read links `a` and `b`.
    mutating func add(_ kind: Kind, _ a: Int, _ b: Int) {
        guard a != b else { return }
        let (x, y) = kind == .definition || kind == .lexiconName || kind == .shortened || a < b ? (a, b) : (b, a)
        current.insert(Link(a: Int32(x), b: Int32(y), kind: kind))
    }

    /// Records a link found across the archive (not in one document) with its own support.
    mutating func add(_ kind: Kind, _ a: Int, _ b: Int, support count: Int) {
        guard a != b else { return }
        support[Link(a: Int32(a), b: Int32(b), kind: kind), default: 0] += count
    }

    /// Ends the document being read: its links gain one document of support each.
    mutating func endDocument() {
        for link in current { support[link, default: 0] += 1 }
        current.removeAll(keepingCapacity: true)
    }

    /// True when `acronym` could abbreviate `longForm`: each Thai consonant of the acronym
    /// occurs in the long form, in order ("กยศ." in กองทุนเงินให้กู้ยืมเพื่อการศึกษา, not in
    /// กระทรวงการคลัง). A definition whose long form was cut at the wrong place by the
    /// extractor fails this and is not followed. Latin acronyms and Latin long forms pass
    /// (an English acronym of a Thai name has no letters to compare).
    static func mayAbbreviate(_ acronym: String, _ longForm: String) -> Bool {
        // One pass over each string, no intermediate strings: this runs once per defined
        // acronym mention, and `String.UnicodeScalarView.filter` cost 12% of a merge.
        var letters: [UInt32] = []
        for scalar in acronym.unicodeScalars where ScalarClass.isThaiConsonant(scalar) {
            letters.append(scalar.value)
        }
        guard !letters.isEmpty else { return true }
        let consonants = longForm.unicodeScalars.lazy.filter(ScalarClass.isThaiConsonant).map(\.value)
        // A long form with no Thai consonant (a Latin name) cannot be checked here.
        guard consonants.contains(where: { _ in true }) else { return true }
        return consonants.containsInOrder(letters)
    }
}
