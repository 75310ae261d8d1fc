import Foundation

/// The list of every rejected document of a run and why, one JSON line each
/// (`{"error":…,"location":…}`, the same form as `khaosan extract`'s error
/// lines), in input order. Written atomically, also when empty, so a report
/// never mixes two runs.
public struct ErrorsReport: Sendable {
    public private(set) var errors: [IngestError] = []

    public init() {}

    public mutating func append(_ error: IngestError) {
        errors.append(error)
    }

    /// The report's bytes.
    public func data() -> Data {
        let encoder = ExtractionJSON.encoder()
        var data = Data()
        for error in errors {
            data.append(ExtractionJSON.errorLine(error, encoder: encoder))
            data.append(0x0A)
        }
        return data
    }

    /// Writes the report to `url` atomically, creating its directory; a failure is a
    /// `FileWriteError` naming the file and the reason.
    public func write(to url: URL) throws {
        try AtomicFile.write(data(), to: url.path)
    }
}
