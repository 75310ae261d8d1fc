import KhaosanCore

/// The full name an archive means by a given name written alone ("นายธนกร", "พล.อ.ประวิตรฯ")
/// in an article that does not also give the full name.
///
/// Government news names its spokespeople and ministers by given name alone, often with
/// ฯ. Such a mention joins the full name that the archive writes with this given name in
/// at least `minimumDocuments` articles and in at least `dominance` of all articles that
/// write a full name with it; a given name shared by several people ("สมชาย") joins none
/// and stays scoped to its article.
///
/// A name shortened with ฯ ("นายกิตติพันธ์ฯ") says the reader knows the rest: it joins a full
/// name written in `minimumDocumentsShortened` articles (`fullKeyOfShortened`).
struct GivenNameIndex {
    static let minimumDocuments = 3
    static let minimumDocumentsShortened = 2
    static let dominance = 0.8

    /// Normalised given name → person key of its dominant full name.
    private(set) var fullKeyOfGiven: [String: String] = [:]
    /// Normalised given name → person key of its dominant full name, for a name written with ฯ.
    private(set) var fullKeyOfShortened: [String: String] = [:]
    /// Every full-name person key of the archive: a "given name" that is one of them is a full
    /// name written without its space ("ประยุทธ์จันทร์โอชา").
    private(set) var fullKeys = Set<String>()

    init(documents: [DocumentExtraction], names: NameCache) {
        var documentsOfPair: [String: [String: Int]] = [:]   // given → full key → articles
        for document in documents {
            var pairs = Set<[String]>()
            for mention in document.mentions where mention.label == .person {
                let parts = names.personParts(of: mention)
                guard let given = parts.given, parts.family != nil else { continue }
                let key = names.key(for: .person, text: mention.text, person: parts)
                if !key.isEmpty { pairs.insert([names.normalize(given), key]) }
            }
            for pair in pairs {
                documentsOfPair[pair[0], default: [:]][pair[1], default: 0] += 1
                fullKeys.insert(pair[1])
            }
        }
        for (given, counts) in documentsOfPair {
            let total = counts.values.reduce(0, +)
            guard let best = counts.max(by: { ($0.value, $1.key) < ($1.value, $0.key) }),
                  best.value >= Self.minimumDocumentsShortened, Double(best.value) >= Self.dominance * Double(total)
            else { continue }
            fullKeyOfShortened[given] = best.key
            if best.value >= Self.minimumDocuments { fullKeyOfGiven[given] = best.key }
        }
    }
}
