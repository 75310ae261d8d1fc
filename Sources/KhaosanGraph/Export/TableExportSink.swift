/// Writes a graph as tables for DuckDB, Neo4j, Gephi or a spreadsheet, one file each in a
/// directory (`TableFormat` for the syntax):
/// - `entities`: iri, types, name_th, name_th_latn, name_en, name_und_latn, alternate_names
///   (every node but annotations, articles, statements, roles and the dataset; types compact,
///   space-separated; alternate names of all languages joined by ` | `);
/// - `mentions`: article, start, end, label, text, entity (offsets in Unicode scalars, end exclusive);
/// - `relations`: subject, predicate, object, object_type (`iri`, `text` or the datatype), article,
///   rules — one row per article that asserted the relation (article empty for a relation no
///   article states: a place read inside a name, a lexicon entry);
/// - `articles`: article, identifier, headline, url, date_published;
/// - `roles`: role, person, organization, title, start_date.
/// Rows come in graph order (by IRI); memory holds only the person of each role.
final class TableExportSink: GraphExportSink {
    static let tables: [(name: String, columns: [String])] = [
        ("entities", ["iri", "types", "name_th", "name_th_latn", "name_en", "name_und_latn", "alternate_names"]),
        ("mentions", ["article", "start", "end", "label", "text", "entity"]),
        ("relations", ["subject", "predicate", "object", "object_type", "article", "rules"]),
        ("articles", ["article", "identifier", "headline", "url", "date_published"]),
        ("roles", ["role", "person", "organization", "title", "start_date"]),
    ]

    let format: TableFormat
    private let files: [String: ExportFile]
    private var counts: [String: Int] = [:]
    private var context = JSONLDContextMap(.object([:]))
    /// Role IRI → the person whose `worksFor` it is (persons come before roles in IRI order).
    private var personOfRole: [String: String] = [:]

    /// Opens the five files `<directory>/<table>.<csv|tsv>`.
    init(directory: String, format: TableFormat) throws {
        self.format = format
        var files: [String: ExportFile] = [:]
        for (name, _) in Self.tables {
            files[name] = try ExportFile(path: directory + "/" + name + "." + format.fileExtension)
        }
        self.files = files
    }

    func begin(context: JSONLDContextMap) throws {
        self.context = context
        for (name, columns) in Self.tables { try files[name]!.append { format.appendRow(columns, to: &$0) } }
    }

    func node(_ json: GraphJSON, bytes: UnsafeBufferPointer<UInt8>) throws {
        guard let id = json["@id"]?.string else { return }
        let types = json["@type"]?.strings ?? []
        let table: String, row: [String]
        if types.contains("oa:Annotation") {
            let target = json["oa:hasTarget"]
            var start = "", end = "", text = ""
            for selector in target?["oa:hasSelector"]?.array ?? [] {
                if let value = selector["oa:start"]?.literalText { start = value }
                if let value = selector["oa:end"]?.literalText { end = value }
                if let value = selector["oa:exact"]?.string { text = value }
            }
            table = "mentions"
            row = [target?["oa:hasSource"]?["@id"]?.string ?? "", start, end, json["khaosan:label"]?.string ?? "", text,
                   json["oa:hasBody"]?["@id"]?.string ?? ""]
        } else if types.contains("rdf:Statement") {
            let object = json["rdf:object"]
            let objectType = object?["@id"] != nil ? "iri" : object?["@type"]?.string ?? "text"
            table = "relations"
            row = [json["rdf:subject"]?["@id"]?.string ?? "", Self.shortPredicate(json["rdf:predicate"]?["@id"]?.string ?? ""),
                   object?["@id"]?.string ?? object?.literalText ?? "", objectType,
                   json["prov:wasDerivedFrom"]?["@id"]?.string ?? "", (json["khaosan:rule"]?.strings ?? []).joined(separator: " ")]
        } else if types.contains("NewsArticle") {
            let url = json["url"]
            table = "articles"
            row = [id, json["identifier"]?.literalText ?? "", json["headline"]?.literalText ?? "",
                   url?["@id"]?.string ?? url?.literalText ?? "", json["datePublished"]?.literalText ?? ""]
        } else if types.contains("OrganizationRole") {
            table = "roles"
            row = [id, personOfRole.removeValue(forKey: id) ?? "", json["worksFor"]?["@id"]?.string ?? "",
                   json["roleName"]?.literalText ?? "", json["startDate"]?.literalText ?? ""]
        } else if types.contains("Dataset") {
            return
        } else {
            if types.contains("Person") {
                for reference in json["worksFor"]?.array ?? [] {
                    if let role = reference["@id"]?.string, role.contains("/role/") { personOfRole[role] = id }
                }
            }
            let names = json["name"]?.object ?? [:]
            let alternates = (json["alternateName"]?.object ?? [:]).keys.sorted().flatMap { json["alternateName"]![$0]!.strings }
            table = "entities"
            row = [id, types.joined(separator: " "), names["th"]?.string ?? "", names["th-Latn"]?.string ?? "",
                   names["en"]?.string ?? "", names["und-Latn"]?.string ?? "", alternates.joined(separator: " | ")]
        }
        counts[table, default: 0] += 1
        try files[table]!.append { format.appendRow(row, to: &$0) }
    }

    func finish() throws -> [String: Int] {
        for (name, _) in Self.tables { try files[name]!.commit() }
        return counts
    }

    /// A schema.org predicate by its term (`worksFor`), any other by its full IRI.
    static func shortPredicate(_ iri: String) -> String {
        iri.hasPrefix(JSONLDVocabulary.schema) ? String(iri.dropFirst(JSONLDVocabulary.schema.count)) : iri
    }
}

extension GraphJSON {
    /// The items of an array, or the value itself as a one-item list.
    var array: [GraphJSON] {
        if case .array(let items) = self { return items }
        return [self]
    }

    /// The text of a string, a number or a `{"@value": …}` literal.
    var literalText: String? {
        switch self {
        case .string(let text), .number(let text): return text
        case .object(let members): return members["@value"]?.literalText
        default: return nil
        }
    }
}
