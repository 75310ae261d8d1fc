import Foundation

/// Results produced out of order by worker threads, handed out in sequence order.
///
/// Workers `put` the result of item `n`; the consumer takes items 0, 1, 2, …
/// with `take`, waiting for each. `finish(count:)` tells how many items there
/// are, so the consumer knows when to stop; `fail` stops everything.
final class OrderedResults<Result>: @unchecked Sendable {
    private let condition = NSCondition()
    private var pending: [Int: Result] = [:]
    private var next = 0
    private var total: Int?
    private var failure: (any Error)?

    /// Stores the result of item `sequence`.
    func put(_ sequence: Int, _ result: Result) {
        condition.lock()
        pending[sequence] = result
        condition.broadcast()
        condition.unlock()
    }

    /// The number of items is now known.
    func finish(count: Int) {
        condition.lock()
        total = count
        condition.broadcast()
        condition.unlock()
    }

    /// Records a fatal error; `take` throws it.
    func fail(_ error: any Error) {
        condition.lock()
        if failure == nil { failure = error }
        condition.broadcast()
        condition.unlock()
    }

    /// The next result in sequence order, waiting for it; nil after the last one.
    func take() throws -> Result? {
        condition.lock()
        defer { condition.unlock() }
        while true {
            if let failure { throw failure }
            if let result = pending.removeValue(forKey: next) {
                next += 1
                return result
            }
            if let total, next >= total { return nil }
            condition.wait()
        }
    }
}
