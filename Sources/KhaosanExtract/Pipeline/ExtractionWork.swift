import Foundation

/// A counter of the inner-loop steps of extraction (candidate tests of `SpanOverlapIndex`,
/// word starts and occurrences visited by `WordOccurrences`, mentions visited by
/// `EventDateFinder`), for tests that check the work grows linearly with the input
/// instead of timing it. Counting happens only inside `ExtractionWork.$current.withValue`;
/// elsewhere the cost is one task-local read per index or search.
public final class ExtractionWork: @unchecked Sendable {
    /// The counter of the current task, if a test set one.
    @TaskLocal public static var current: ExtractionWork?

    private let lock = NSLock()
    private var total = 0

    public init() {}

    /// Steps counted so far.
    public var steps: Int { lock.withLock { total } }

    /// Adds `count` steps.
    public func add(_ count: Int) { lock.withLock { total += count } }
}
