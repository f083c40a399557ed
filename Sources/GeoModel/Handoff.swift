import Dispatch

/// Values passed from one thread to another as they are made, in order: a file's observations
/// part by part from the thread reading it to the one storing them.
///
/// ``put(_:)`` never waits (the queue is unbounded: the producer keeps its parts anyway), so a
/// consumer that stops taking holds nobody up; ``take()`` waits for the next value and gives
/// `nil` once the producer has called ``close()`` and every value has been taken.
///
/// ```swift
/// let parts = Handoff<Int>()
/// let reading = Parallel.start { for part in 1...3 { parts.put(part) }; parts.close() }
/// while let part = parts.take() { print(part) }   // 1, 2, 3
/// ```
public final class Handoff<Value: Sendable>: @unchecked Sendable {
    /// Guards ``values``, ``next`` and ``closed`` (a semaphore, so that this module needs no Foundation).
    private let lock = DispatchSemaphore(value: 1)
    /// Signalled once per value put and once on close.
    private let ready = DispatchSemaphore(value: 0)
    private var values: [Value?] = []
    private var next = 0
    private var closed = false

    /// An empty handoff.
    public init() {}

    /// Adds `value` for the consumer; does nothing once closed.
    public func put(_ value: Value) {
        lock.wait()
        let open = !closed
        if open { values.append(value) }
        lock.signal()
        if open { ready.signal() }
    }

    /// Ends the values: ``take()`` gives `nil` after the ones already put. Closing twice is harmless.
    public func close() {
        lock.wait()
        let wasOpen = !closed
        closed = true
        lock.signal()
        if wasOpen { ready.signal() }
    }

    /// The next value in the order put, waiting for it; `nil` once the handoff is closed and empty.
    public func take() -> Value? {
        ready.wait()
        lock.wait()
        defer { lock.signal() }
        guard next < values.count else {
            // Woken by close: let any later call see the end too.
            ready.signal()
            return nil
        }
        let value = values[next]
        values[next] = nil  // the consumer's copy is the only one left
        next += 1
        return value
    }
}
