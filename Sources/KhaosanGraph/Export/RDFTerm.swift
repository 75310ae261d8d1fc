/// One RDF term of an exported graph: an IRI or a literal (khaosan graphs have no blank nodes).
public enum RDFTerm: Hashable, Sendable {
    case iri(String)
    /// A literal with a datatype IRI (nil: `xsd:string`) or a language tag.
    case literal(String, datatype: String?, language: String?)

    /// The XSD string datatype, left implicit when writing.
    static let xsdString = JSONLDVocabulary.xsd + "string"

    /// Appends the term in N-Triples / N-Quads syntax (`<iri>`, `"text"@lang`, `"text"^^<datatype>`).
    func appendNTriples(to out: inout [UInt8]) {
        switch self {
        case .iri(let iri): Self.appendIRI(iri, to: &out)
        case .literal(let text, let datatype, let language):
            Self.appendQuoted(text, to: &out)
            if let language {
                out.append(UInt8(ascii: "@"))
                out.append(contentsOf: language.utf8)
            } else if let datatype, datatype != Self.xsdString {
                out.append(contentsOf: "^^".utf8)
                Self.appendIRI(datatype, to: &out)
            }
        }
    }

    /// `<iri>`, with the characters IRIREF excludes (controls, space, `<>"{}|^` backtick, backslash)
    /// written as `\uXXXX`.
    static func appendIRI(_ iri: String, to out: inout [UInt8]) {
        out.append(UInt8(ascii: "<"))
        for byte in iri.utf8 {
            switch byte {
            case 0...0x20, 0x22, 0x3C, 0x3E, 0x5C, 0x5E, 0x60, 0x7B, 0x7C, 0x7D: appendEscape(byte, to: &out)
            default: out.append(byte)
            }
        }
        out.append(UInt8(ascii: ">"))
    }

    /// `"text"` with `\\`, `\"`, `\n`, `\r`, `\t` and other controls escaped (N-Triples and Turtle).
    static func appendQuoted(_ text: String, to out: inout [UInt8]) {
        out.append(0x22)
        for byte in text.utf8 {
            switch byte {
            case 0x22: out += [0x5C, 0x22]
            case 0x5C: out += [0x5C, 0x5C]
            case 0x0A: out += [0x5C, UInt8(ascii: "n")]
            case 0x0D: out += [0x5C, UInt8(ascii: "r")]
            case 0x09: out += [0x5C, UInt8(ascii: "t")]
            case 0...0x1F, 0x7F: appendEscape(byte, to: &out)
            default: out.append(byte)
            }
        }
        out.append(0x22)
    }

    private static func appendEscape(_ byte: UInt8, to out: inout [UInt8]) {
        let hex = Array("0123456789ABCDEF".utf8)
        out += Array("\\u00".utf8) + [hex[Int(byte >> 4)], hex[Int(byte & 0xF)]]
    }
}

/// One triple of an exported graph.
public struct RDFTriple: Hashable, Sendable {
    public var subject: String
    public var predicate: String
    public var object: RDFTerm
}
