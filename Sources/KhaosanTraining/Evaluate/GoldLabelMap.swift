import Foundation
import KhaosanCore

/// Renames the labels of another gold set to the pipeline's before scoring (`khaosan eval
/// --label-map GPE=PLACE,LOC=PLACE,PER=PERSON`), so gold sets with other label names can be
/// scored. A label mapped to nothing (`MISC=`) is dropped from the gold; labels not named are kept.
public struct GoldLabelMap: Sendable, Equatable {
    /// Gold label (upper case) → pipeline label, or nil to drop the label's spans.
    public private(set) var renames: [String: String?] = [:]

    public init() {}

    /// Parses `FROM=TO` pairs separated by commas (several arguments may be given).
    /// - Throws: `InputError` naming the pair that is not `FROM=TO` or maps a label twice.
    public init(parsing arguments: [String]) throws {
        for pair in arguments.flatMap({ $0.split(separator: ",") }) {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let from = parts[0].trimmingCharacters(in: .whitespaces).uppercased()
            guard parts.count == 2, !from.isEmpty else {
                throw InputError(location: "--label-map", reason: "'\(pair)' is not FROM=TO (e.g. GPE=PLACE, or MISC= to drop MISC)")
            }
            guard renames[from] == nil else {
                throw InputError(location: "--label-map", reason: "\(from) is mapped twice")
            }
            let to = parts[1].trimmingCharacters(in: .whitespaces).uppercased()
            renames[from] = to.isEmpty ? String?.none : to
        }
    }

    /// `documents` with each span's label renamed and the dropped labels' spans removed.
    public func apply(to documents: [GoldDocument]) -> [GoldDocument] {
        guard !renames.isEmpty else { return documents }
        return documents.map { document in
            var mapped = document
            mapped.spans = document.spans.compactMap { span in
                guard let rename = renames[span.label.uppercased()] else { return span }
                guard let label = rename else { return nil }
                var renamed = span
                renamed.label = label
                return renamed
            }
            return mapped
        }
    }
}
