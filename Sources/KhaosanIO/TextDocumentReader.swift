import KhaosanCore

/// Reads a whole byte stream as one text document (a `.txt` file, stdin).
enum TextDocumentReader {
    /// The document, or its rejection located at `location` (the path).
    static func read(_ source: ByteSource, id: String, location: String, limit: Int = 1 << 28) -> IngestItem {
        let bytes: [UInt8]
        do {
            bytes = try source.readAll(limit: limit)
        } catch let failure as ByteSourceFailure where failure.exceededLimit {
            return .rejected(InputError(location: location, reason: failure.reason))
        } catch let failure as ByteSourceFailure {
            let read = failure.bytesRead == 0 ? "before any byte was read" : "after \(failure.bytesRead) bytes; the document is incomplete"
            return .rejected(InputError(location: location, reason: "\(failure.reason) \(read)"))
        } catch {
            return .rejected(InputError(location: location, reason: "\(error)"))
        }
        switch SourceTextDecoder.decode(bytes) {
        case .success(let decoded):
            return .document(RawDocument(id: id, metadata: DocumentMetadata(source: location), source: decoded.text))
        case .failure(let reason):
            return .rejected(InputError(location: location, reason: reason.text))
        }
    }
}
