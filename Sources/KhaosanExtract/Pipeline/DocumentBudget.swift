import Foundation

/// The last line of defence against one document stalling a run (a transcript, a badly
/// split archive, hostile input): a document longer than `maxBytes` is cut into parts at
/// paragraph or sentence boundaries (`DocumentCutter`) that are extracted one after the
/// other, their offsets moved back into the whole source text; a document whose extraction
/// takes longer than `maxSeconds` is rejected (`DocumentBudgetExceeded`). The clock is
/// checked between the extraction stages of each part, so a document overruns its time by
/// at most one stage of one part (a part is at most `maxBytes`, and every stage is linear).
public struct DocumentBudget: Sendable, Equatable {
    /// Longest document (UTF-8 bytes of its text) extracted in one piece.
    public var maxBytes: Int
    /// Most wall-clock seconds one document may take; `.infinity` for no limit.
    public var maxSeconds: Double

    public init(maxBytes: Int = DocumentBudget.defaultMaxBytes, maxSeconds: Double = DocumentBudget.defaultMaxSeconds) {
        self.maxBytes = maxBytes
        self.maxSeconds = maxSeconds
    }

    /// 4 MiB: about 40 times the longest article of the thaigov archive; one part takes a
    /// second or two on one core.
    public static let defaultMaxBytes = 4 << 20
    /// 120 s: a 4 MiB part takes a few seconds, so only a runaway document reaches it.
    public static let defaultMaxSeconds = 120.0

    /// The moment a document started now must be finished by.
    package func deadline() -> Deadline { Deadline(limit: maxSeconds) }

    /// A started clock for one document.
    package struct Deadline {
        let limit: Double
        private let start = DispatchTime.now().uptimeNanoseconds

        init(limit: Double) { self.limit = limit }

        /// Seconds since the document started.
        var elapsed: Double { Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9 }

        /// Throws when the time is up; `stage` names where extraction stopped.
        package func check(_ stage: @autoclosure () -> String) throws {
            guard limit.isFinite else { return }
            let seconds = elapsed
            if seconds > limit { throw DocumentBudgetExceeded(seconds: seconds, limit: limit, stage: stage()) }
        }
    }
}

/// A document whose extraction ran over `DocumentBudget.maxSeconds`: it is rejected, the run goes on.
public struct DocumentBudgetExceeded: Error, CustomStringConvertible, Sendable {
    /// Seconds spent when extraction stopped.
    public let seconds: Double
    /// The limit (seconds).
    public let limit: Double
    /// Where extraction stopped, e.g. "after people, part 2 of 6".
    public let stage: String

    public var description: String {
        String(format: "extraction took %.1f s, over the %.0f s limit (--max-document-seconds); stopped %@",
               seconds, limit, stage)
    }
}
