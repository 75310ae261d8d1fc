import Foundation

/// A counting semaphore that can be cancelled: bounds how many items are in
/// flight between the reader and the consumer of a batch run.
final class PermitPool: @unchecked Sendable {
    private let condition = NSCondition()
    private var available: Int
    private var cancelled = false

    init(permits: Int) {
        available = max(1, permits)
    }

    /// Takes a permit, waiting for one; false once the pool is cancelled.
    func acquire() -> Bool {
        condition.lock()
        defer { condition.unlock() }
        while available == 0 && !cancelled { condition.wait() }
        if cancelled { return false }
        available -= 1
        return true
    }

    /// Returns a permit.
    func release() {
        condition.lock()
        available += 1
        condition.signal()
        condition.unlock()
    }

    /// Wakes every waiter; `acquire` returns false from now on.
    func cancel() {
        condition.lock()
        cancelled = true
        condition.broadcast()
        condition.unlock()
    }
}
