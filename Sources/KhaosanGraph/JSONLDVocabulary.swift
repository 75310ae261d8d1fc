/// The inline JSON-LD `@context` of khaosan graphs (schema.org as `@vocab`, Web Annotation
/// `oa:`, OWL-Time `time:`, `xsd:`, `rdf:`, PROV-O `prov:` and `khaosan:` terms) and the IRIs
/// it uses. The `khaosan:` namespace is `<base>vocab#`, so `--base-iri` moves it with the nodes;
/// docs/vocabulary.md documents its terms.
public enum JSONLDVocabulary {
    public static let schema = "http://schema.org/"
    public static let oa = "http://www.w3.org/ns/oa#"
    public static let time = "http://www.w3.org/2006/time#"
    public static let xsd = "http://www.w3.org/2001/XMLSchema#"
    public static let rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
    public static let prov = "http://www.w3.org/ns/prov#"
    /// The project namespace, for what the vocabularies above lack (`khaosan:label`, …), of a
    /// graph whose IRI base is `base` (ending in `/` or `#`): `<base>vocab#`.
    public static func khaosan(base: String) -> String { GraphIRI(base: base).base + "vocab#" }

    /// The fixed prefixes (all but `khaosan:`, which follows the base) by name.
    public static let prefixes: [String: String] = ["oa": oa, "time": time, "xsd": xsd, "rdf": rdf, "prov": prov]

    /// The inline context: schema.org as `@vocab`, the `oa:`, `time:`, `xsd:`, `rdf:`, `prov:`
    /// and `khaosan:` (`<base>vocab#`) prefixes, and language-map containers for `name` and
    /// `alternateName`.
    public static func context(base: String) -> JSONValue {
        var members: [String: JSONValue] = prefixes.mapValues { .string($0) }
        members["@vocab"] = .string(schema)
        members["khaosan"] = .string(khaosan(base: base))
        members["name"] = .object(["@container": .string("@language")])
        members["alternateName"] = .object(["@container": .string("@language")])
        return .object(members)
    }
}
