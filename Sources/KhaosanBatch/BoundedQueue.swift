import Foundation

/// A blocking first-in first-out queue with a fixed capacity, shared by threads.
///
/// `push` waits while the queue is full, `pop` waits while it is empty; after
/// `close()`, `pop` drains what is left and then returns nil.
final class BoundedQueue<Element>: @unchecked Sendable {
    private let condition = NSCondition()
    private var items: [Element?] = []
    private var head = 0
    private var closed = false
    let capacity: Int

    /// - Parameter capacity: the most elements held at once (at least 1).
    init(capacity: Int) {
        self.capacity = max(1, capacity)
    }

    /// Appends `element`, waiting while the queue holds `capacity` elements.
    func push(_ element: Element) {
        condition.lock()
        while items.count - head >= capacity && !closed { condition.wait() }
        items.append(element)
        condition.broadcast()
        condition.unlock()
    }

    /// The oldest element, waiting for one; nil once the queue is closed and empty.
    func pop() -> Element? {
        condition.lock()
        defer { condition.unlock() }
        while head == items.count && !closed { condition.wait() }
        guard head < items.count else { return nil }
        let element = items[head]
        items[head] = nil
        head += 1
        if head > 1024 && head * 2 > items.count {
            items.removeFirst(head)
            head = 0
        }
        condition.broadcast()
        return element
    }

    /// No more elements will be pushed; waiting consumers wake up.
    func close() {
        condition.lock()
        closed = true
        condition.broadcast()
        condition.unlock()
    }
}
