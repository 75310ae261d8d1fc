import Foundation
import KhaosanCore
import KhaosanIO
/// The deterministic JSON form of extraction results: sorted keys, no
/// whitespace, slashes unescaped. One `DocumentExtraction` per line is the
/// format of `khaosan extract` and the input of `khaosan merge`; a rejected
/// document is a line `{"error":…,"location":…}`.
public enum ExtractionJSON {
    /// A new encoder with the deterministic settings.
    public static func encoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }

    /// The line (without newline) for one extraction: the bytes `encoder()` writes, made by a
    /// hand-written writer (`ExtractionLineWriter`) because JSONEncoder was ~13% of `extract`.
    public static func line(_ extraction: DocumentExtraction) throws -> Data {
        var writer = ExtractionLineWriter()
        try writer.write(extraction)
        return Data(writer.bytes)
    }

    /// The line (without newline) for one rejected document.
    public static func errorLine(_ error: InputError, encoder: JSONEncoder = encoder()) -> Data {
        (try? encoder.encode(ErrorLine(error: error.reason, location: error.location))) ?? Data()
    }

    /// What one line of `khaosan extract` output says.
    public enum ParsedLine: Sendable {
        case extraction(DocumentExtraction)
        case rejected(InputError)
    }

    /// Parses one line of `khaosan extract` output; throws on a line that is neither form.
    /// A line in the plain form `line(_:)` writes is read by `ExtractionLineReader`; any other
    /// line by `decoder`, with its results and errors.
    public static func parse(_ line: Data, decoder: JSONDecoder = JSONDecoder()) throws -> ParsedLine {
        if let extraction = ExtractionLineReader.extraction(line) { return .extraction(extraction) }
        if let extraction = try? decoder.decode(DocumentExtraction.self, from: line) {
            return .extraction(extraction)
        }
        if let error = try? decoder.decode(ErrorLine.self, from: line) {
            return .rejected(InputError(location: error.location, reason: error.error))
        }
        throw ExtractionLineError(reason: "not an extraction or error line")
    }

    struct ErrorLine: Codable {
        var error: String
        var location: String
    }
}
