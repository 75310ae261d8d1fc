import KhaosanCore

/// The one-line JSON of an `oa:Annotation` node, written straight as UTF-8 bytes with
/// keys in sorted order — the bytes `JSONLDWriter.object(for:)` gives through `JSONWriter`.
enum AnnotationBytes {
    /// Appends the annotation with IRI bytes `id` (`…/doc/<id>#char=<start>,<end>`), entity IRI
    /// `body`, `label`, scalar offsets `start`/`end`, quote `exact` and article IRI `document`.
    static func append(id: UnsafeBufferPointer<UInt8>, body: String, label: MentionLabel, start: Int, end: Int,
                       exact: String, document: String, to out: inout [UInt8]) {
        func raw(_ text: StaticString) {
            text.withUTF8Buffer { out.append(contentsOf: $0) }
        }
        func idWith(_ suffix: StaticString) {
            var bytes = Array(id)
            suffix.withUTF8Buffer { bytes.append(contentsOf: $0) }
            bytes.withUnsafeBufferPointer { JSONWriter.appendString(utf8: $0, to: &out) }
        }
        raw(#"{"@id":"#); JSONWriter.appendString(utf8: id, to: &out)
        raw(#","@type":"oa:Annotation","khaosan:label":"#); JSONWriter.appendString(label.rawValue, to: &out)
        raw(#","oa:hasBody":{"@id":"#); JSONWriter.appendString(body, to: &out)
        raw(#"},"oa:hasTarget":{"@id":"#); idWith(";target")
        raw(#","@type":"oa:SpecificResource","oa:hasSelector":[{"@id":"#); idWith(";position")
        raw(#","@type":"oa:TextPositionSelector","oa:end":{"@type":"xsd:nonNegativeInteger","@value":"#)
        AnnotationTable.appendDecimal(end, to: &out)
        raw(#"},"oa:start":{"@type":"xsd:nonNegativeInteger","@value":"#)
        AnnotationTable.appendDecimal(start, to: &out)
        raw(#"}},{"@id":"#); idWith(";quote")
        raw(#","@type":"oa:TextQuoteSelector","oa:exact":"#); JSONWriter.appendString(exact, to: &out)
        raw(#"}],"oa:hasSource":{"@id":"#); JSONWriter.appendString(document, to: &out)
        raw(#"}},"oa:motivatedBy":{"@id":"oa:identifying"}}"#)
    }
}
