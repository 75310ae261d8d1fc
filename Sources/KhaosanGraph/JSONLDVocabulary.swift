/// The inline JSON-LD `@context` of khaosan graphs (schema.org as `@vocab`, Web Annotation
/// `oa:`, OWL-Time `time:`, `xsd:` and `khaosan:` terms) and the IRIs it uses.
public enum JSONLDVocabulary {
    public static let schema = "http://schema.org/"
    public static let oa = "http://www.w3.org/ns/oa#"
    public static let time = "http://www.w3.org/2006/time#"
    public static let xsd = "http://www.w3.org/2001/XMLSchema#"
    /// The project namespace, for what schema.org lacks (`khaosan:value`, `khaosan:label`, …).
    public static let khaosan = "https://example.org/khaosan/vocab#"

    /// The inline context: schema.org as `@vocab`, the `oa:`, `time:`, `xsd:` and
    /// `khaosan:` prefixes, and language-map containers for `name` and `alternateName`.
    public static var context: JSONValue {
        .object([
            "@vocab": .string(schema),
            "oa": .string(oa),
            "time": .string(time),
            "xsd": .string(xsd),
            "khaosan": .string(khaosan),
            "name": .object(["@container": .string("@language")]),
            "alternateName": .object(["@container": .string("@language")]),
        ])
    }
}
