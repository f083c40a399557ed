import Dispatch
import Foundation
import GeoModel

/// Independent work on every core, with results (and the first error) in the order asked.
///
/// A build's pipelines share nothing once their sources are read: each one's analysis, maps,
/// charts and report are a pure function of its inputs. Running them side by side changes
/// nothing in what is written (every result lands in its own slot, read back in order), only
/// how long a build with several pipelines takes on a machine with several cores.
enum Parallel {
    /// `transform` applied to every element, concurrently; the first error in element order is thrown.
    static func map<Element: Sendable, Value: Sendable>(
        _ elements: [Element], _ transform: @escaping @Sendable (Element) throws(GeoError) -> Value
    ) throws(GeoError) -> [Value] {
        guard elements.count > 1 else { return try elements.map(transform) }
        let slots = Slots<Value>(count: elements.count)
        DispatchQueue.concurrentPerform(iterations: elements.count) { index in
            slots.set(index, Result { () throws(GeoError) in try transform(elements[index]) })
        }
        return try slots.values()
    }

    /// Both results, computed concurrently; `first`'s error wins when both fail.
    static func both<First: Sendable, Second: Sendable>(
        _ first: @escaping @Sendable () throws(GeoError) -> First,
        _ second: @escaping @Sendable () throws(GeoError) -> Second
    ) throws(GeoError) -> (First, Second) {
        let firstSlot = Slots<First>(count: 1)
        let secondSlot = Slots<Second>(count: 1)
        DispatchQueue.concurrentPerform(iterations: 2) { index in
            if index == 0 {
                firstSlot.set(0, Result { () throws(GeoError) in try first() })
            } else {
                secondSlot.set(0, Result { () throws(GeoError) in try second() })
            }
        }
        let a = try firstSlot.values()[0]
        let b = try secondSlot.values()[0]
        return (a, b)
    }

    /// One result per task, written under a lock from any thread.
    private final class Slots<Value: Sendable>: @unchecked Sendable {
        private let lock = NSLock()
        private var results: [Result<Value, GeoError>?]

        init(count: Int) { results = Array(repeating: nil, count: count) }

        func set(_ index: Int, _ result: Result<Value, GeoError>) {
            lock.withLock { results[index] = result }
        }

        /// The values in order, or the first error.
        func values() throws(GeoError) -> [Value] {
            let all = lock.withLock { results }
            var values: [Value] = []
            for result in all {
                guard let result else { preconditionFailure("every task stores its result") }
                values.append(try result.get())
            }
            return values
        }
    }
}
