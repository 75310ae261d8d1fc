/// Writes the triples of a graph's nodes as N-Quads (N-Triples lines: every triple is in the
/// default graph) or as Turtle (prefixes, then one block per subject).
final class RDFExportSink: GraphExportSink {
    enum Syntax { case nquads, turtle }

    let syntax: Syntax
    private let file: ExportFile
    private var converter = NodeTriples(context: JSONLDContextMap(.object([:])))
    private var prefixes: [(name: String, namespace: String)] = []
    private(set) var tripleCount = 0
    private var triples: [RDFTriple] = []

    init(syntax: Syntax, file: ExportFile) {
        self.syntax = syntax
        self.file = file
    }

    func begin(context: JSONLDContextMap) throws {
        converter = NodeTriples(context: context)
        guard syntax == .turtle else { return }
        var all = context.prefixes
        all["schema"] = context.vocabulary
        all["rdf"] = JSONLDVocabulary.rdf
        prefixes = all.map { ($0.key, $0.value) }.sorted { $0.name < $1.name }
        try file.append { out in
            for (name, namespace) in prefixes {
                out += Array("@prefix \(name): ".utf8)
                RDFTerm.appendIRI(namespace, to: &out)
                out += Array(" .\n".utf8)
            }
        }
    }

    func node(_ json: GraphJSON, bytes: UnsafeBufferPointer<UInt8>) throws {
        triples.removeAll(keepingCapacity: true)
        try converter.append(json, to: &triples)
        tripleCount += triples.count
        switch syntax {
        case .nquads:
            try file.append { out in
                for triple in triples {
                    RDFTerm.appendIRI(triple.subject, to: &out)
                    out.append(0x20)
                    RDFTerm.appendIRI(triple.predicate, to: &out)
                    out.append(0x20)
                    triple.object.appendNTriples(to: &out)
                    out += [0x20, 0x2E, 0x0A]
                }
            }
        case .turtle:
            try file.append { out in appendTurtle(triples, to: &out) }
        }
    }

    func finish() throws -> [String: Int] {
        try file.commit()
        return ["triples": tripleCount]
    }

    /// One block per subject (in order of first appearance): `<s> a T ; p o, o ; … .`
    private func appendTurtle(_ triples: [RDFTriple], to out: inout [UInt8]) {
        var order: [String] = [], bySubject: [String: [RDFTriple]] = [:]
        for triple in triples {
            if bySubject[triple.subject] == nil { order.append(triple.subject) }
            bySubject[triple.subject, default: []].append(triple)
        }
        for subject in order {
            out.append(0x0A)
            RDFTerm.appendIRI(subject, to: &out)
            var previous: String?
            for triple in bySubject[subject]! {
                if triple.predicate == previous {
                    out += Array(" ,\n        ".utf8)
                } else {
                    out += Array((previous == nil ? "\n    " : " ;\n    ").utf8)
                    if triple.predicate == NodeTriples.rdfType { out.append(UInt8(ascii: "a")) } else { appendName(triple.predicate, to: &out) }
                    out.append(0x20)
                    previous = triple.predicate
                }
                switch triple.object {
                case .iri(let iri): appendName(iri, to: &out)
                case .literal(let text, let datatype, let language):
                    RDFTerm.appendQuoted(text, to: &out)
                    if let language {
                        out.append(UInt8(ascii: "@")); out += Array(language.utf8)
                    } else if let datatype, datatype != RDFTerm.xsdString {
                        out += [0x5E, 0x5E]
                        appendName(datatype, to: &out)
                    }
                }
            }
            out += Array(" .\n".utf8)
        }
    }

    /// `prefix:local` when a prefix covers `iri` and the local part is a plain name
    /// (letters, digits, `_`, `-`, starting with a letter), otherwise `<iri>`.
    private func appendName(_ iri: String, to out: inout [UInt8]) {
        for (name, namespace) in prefixes where iri.hasPrefix(namespace) {
            let local = iri.utf8.dropFirst(namespace.utf8.count)
            if let first = local.first, Self.isLetter(first),
               local.allSatisfy({ Self.isLetter($0) || (0x30...0x39).contains($0) || $0 == 0x5F || $0 == 0x2D }),
               local.last != 0x2D {
                out += Array(name.utf8) + [0x3A] + Array(local)
                return
            }
        }
        RDFTerm.appendIRI(iri, to: &out)
    }

    private static func isLetter(_ byte: UInt8) -> Bool { (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte) }
}
