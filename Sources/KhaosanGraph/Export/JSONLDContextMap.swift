/// The expansion rules of a khaosan graph's inline `@context`: `@vocab`, prefixes and the
/// terms with a `@language` container — enough to turn khaosan's own node objects into
/// triples the way a JSON-LD processor does (not a general JSON-LD processor).
struct JSONLDContextMap {
    /// The `@vocab` IRI (schema.org in khaosan graphs).
    var vocabulary: String
    /// Prefix name → namespace IRI.
    var prefixes: [String: String]
    /// Terms whose value is a language map (`name`, `alternateName`).
    var languageMaps: Set<String>

    /// The rules of `context` (the `@context` object of a graph file).
    init(_ context: GraphJSON) {
        vocabulary = context["@vocab"]?.string ?? JSONLDVocabulary.schema
        prefixes = [:]
        languageMaps = []
        for (key, value) in context.object ?? [:] where !key.hasPrefix("@") {
            if let namespace = value.string {
                prefixes[key] = namespace
            } else if value["@container"]?.string == "@language" {
                languageMaps.insert(key)
            }
        }
    }

    /// The context as a JSON-LD `@context` object again (for the files `SplitJSONLDSink` writes).
    var json: JSONValue {
        var members = prefixes.mapValues { JSONValue.string($0) }
        members["@vocab"] = .string(vocabulary)
        for term in languageMaps { members[term] = .object(["@container": .string("@language")]) }
        return .object(members)
    }

    /// A property name or type: a compact IRI by its prefix, an absolute IRI as is, any other
    /// term under `@vocab`.
    func expandVocabulary(_ term: String) -> String {
        if let expanded = expandPrefixed(term) { return expanded }
        return isAbsolute(term) ? term : vocabulary + term
    }

    /// An `@id` value: a compact IRI by its prefix, otherwise as written (khaosan writes absolute IRIs).
    func expandIdentifier(_ id: String) -> String {
        expandPrefixed(id) ?? id
    }

    private func expandPrefixed(_ term: String) -> String? {
        guard let colon = term.firstIndex(of: ":") else { return nil }
        let prefix = String(term[..<colon]), rest = term[term.index(after: colon)...]
        guard !rest.hasPrefix("//"), let namespace = prefixes[prefix] else { return nil }
        return namespace + rest
    }

    private func isAbsolute(_ term: String) -> Bool {
        guard let colon = term.firstIndex(of: ":"), colon != term.startIndex else { return false }
        return term[..<colon].allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "+-.".contains($0)) }
    }
}
