import Foundation
import KhaosanIO
import KhaosanCore

/// The list of every rejected document of a run and why, one JSON line each
/// (`{"error":…,"location":…}`, the same form as `khaosan extract`'s error
/// lines), in input order.
///
/// Lines are streamed to a temporary file beside the destination as they come
/// (4 million rejections cost disk, not memory) and the file is renamed into place
/// by `commit()`, also when empty, so a report never mixes two runs; commit it right
/// before the graph to replace both together. Without a destination the report only counts.
public final class ErrorsReport {
    /// How many rejections were appended.
    public private(set) var count = 0
    /// The destination, or nil when the report only counts.
    public var path: String? { staged?.path }
    private let staged: StagedFile?
    private var buffer = Data()
    private let encoder = ExtractionJSON.encoder()

    /// A report written to `path` on `commit()` (nil: counted only). Creates the temporary
    /// file now, so an unwritable destination fails before a long run; throws a `FileWriteError`.
    public init(path: String?) throws {
        staged = try path.map { try StagedFile(path: $0) }
    }

    /// Adds one rejection; a failed write (disk full) throws a `FileWriteError`.
    public func append(_ error: InputError) throws {
        count += 1
        guard staged != nil else { return }
        buffer.append(ExtractionJSON.errorLine(error, encoder: encoder))
        buffer.append(0x0A)
        if buffer.count >= 1 << 16 { try flush() }
    }

    /// Renames the complete report into place (after the last `append`).
    public func commit() throws {
        try flush()
        try staged?.commit()
    }

    /// Drops the report: the destination keeps its old content.
    public func discard() {
        staged?.discard()
    }

    private func flush() throws {
        guard let staged, !buffer.isEmpty else { return }
        do {
            try staged.handle.write(contentsOf: buffer)
        } catch {
            throw FileWriteError(path: staged.path, error: error)
        }
        buffer.removeAll(keepingCapacity: true)
    }
}
