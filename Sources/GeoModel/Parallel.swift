import Dispatch

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Independent work on every core, with the results (and the first error) in the order asked.
///
/// For work whose parts share nothing: a build's pipelines once their sources are read, the
/// arcs of a map. Every result lands in its own slot and is read back in order, so what is
/// computed, and which error is reported, never depends on which core finished first.
///
/// ```swift
/// let squares = Parallel.map([1, 2, 3]) { $0 * $0 }   // [1, 4, 9]
/// ```
public enum Parallel {
    /// `transform` applied to every element, concurrently; the first error in element order is thrown.
    public static func map<Element: Sendable, Value: Sendable, Failure: Error>(
        _ elements: [Element], _ transform: @escaping @Sendable (Element) throws(Failure) -> Value
    ) throws(Failure) -> [Value] {
        guard elements.count > 1 else { return try elements.map(transform) }
        let slots = Slots<Value, Failure>(count: elements.count)
        perform(elements.count) { index in
            slots.set(index, Result { () throws(Failure) in try transform(elements[index]) })
        }
        return try slots.values()
    }

    /// Both results, computed concurrently; `first`'s error wins when both fail.
    public static func both<First: Sendable, Second: Sendable, Failure: Error>(
        _ first: @escaping @Sendable () throws(Failure) -> First,
        _ second: @escaping @Sendable () throws(Failure) -> Second
    ) throws(Failure) -> (First, Second) {
        let firstSlot = Slots<First, Failure>(count: 1)
        let secondSlot = Slots<Second, Failure>(count: 1)
        perform(2) { index in
            if index == 0 {
                firstSlot.set(0, Result { () throws(Failure) in try first() })
            } else {
                secondSlot.set(0, Result { () throws(Failure) in try second() })
            }
        }
        let a = try firstSlot.values()[0]
        let b = try secondSlot.values()[0]
        return (a, b)
    }

    /// Starts `work` on another thread and returns at once; ``Pending/wait()`` gives its result.
    ///
    /// For work the caller does not need until later, while it goes on with something that
    /// must stay on its own thread (a store's connection): the observations hash of a file
    /// while its rows are inserted.
    public static func start<Value: Sendable>(_ work: @escaping @Sendable () -> Value) -> Pending<Value> {
        Pending(work)
    }

    /// Lets go of `value` on another thread, for a large tree of allocations (a build's
    /// geometry, tables and outputs) whose freeing would otherwise hold up the caller, most
    /// of all a command about to exit.
    ///
    /// Once the caller's own copies are gone (a caller passes the locals it is about to drop),
    /// the last reference is this call's, and the memory is freed on a thread of the global
    /// pool. A process that exits first leaves it to the system, as a compiler does with its
    /// whole heap; a long-lived one (the tests) frees it all the same.
    public static func release<Value: Sendable>(_ value: consuming Value) {
        // Held by an unmanaged reference only, made and let go of in one expression: by the time
        // the pool runs the block, no reference is left on this thread to be the last one.
        let handed = Handed(reference: .passRetained(Held(value)))
        DispatchQueue.global(qos: .utility).async { handed.reference.release() }
    }

    /// A released value, boxed so that one reference count stands for all of it.
    private final class Held<Value: Sendable>: Sendable {
        let value: Value
        init(_ value: consuming Value) { self.value = value }
    }

    /// The one reference to a ``Held`` value, passed to the thread that lets go of it.
    private struct Handed<Value: Sendable>: @unchecked Sendable {
        let reference: Unmanaged<Held<Value>>
    }

    /// A value being computed on another thread.
    public final class Pending<Value: Sendable>: @unchecked Sendable {
        private let done = DispatchGroup()
        /// Written once by the worker before it leaves ``done``; read only after waiting on it.
        private var result: Value?

        init(_ work: @escaping @Sendable () -> Value) {
            done.enter()
            // A queue of its own runs on a thread of its own (libdispatch's overcommit pool): the
            // work may wait (a pipeline's maps for the geometry), and a waiting worker of the
            // global queue, which has one thread per core, would hold back the helpers of every
            // `map` meanwhile (the geometry's topology was built on one core while the other idled).
            DispatchQueue(label: "geo-ai.pending").async {
                self.result = work()
                self.done.leave()
            }
        }

        /// A value computed already, for a caller that starts work elsewhere only when it is large.
        public init(computed value: Value) {
            result = value
        }

        /// The value, waiting for it if it is not ready yet.
        public func wait() -> Value {
            done.wait()
            guard let result else { preconditionFailure("the worker stores its result before leaving") }
            return result
        }
    }

    /// Runs `body` for every index in `0..<count` on the calling thread and on whichever
    /// threads of the global pool are free, and returns once every call has returned.
    ///
    /// The calling thread takes indices one by one until none is left; helpers queued on the
    /// pool take them too if a thread picks them up in time, and leave at once otherwise.
    /// `concurrentPerform` runs a call nested in another one on fewer threads (libdispatch
    /// divides its width by the nesting depth: on two cores, serially), so one pipeline's
    /// analysis and maps kept to one core while the other pipeline's core sat idle; here they
    /// are shared with whichever core is free. Nothing waits for a helper that has not
    /// started: the caller waits only for indices a helper has taken, so nested calls cannot
    /// wait on each other.
    private static func perform(_ count: Int, _ body: @escaping @Sendable (Int) -> Void) {
        let work = SharedIndices(count: count, body: body)
        for _ in 0..<max(0, min(count - 1, maximumHelpers)) {
            DispatchQueue.global().async { work.run() }
        }
        work.run()
        work.taken.wait()
    }

    /// The most helpers one call queues: one per other core (a helper that finds nothing left
    /// leaves at once, and more than the cores could not run at the same time).
    private static let maximumHelpers = max(1, sysconf(Int32(_SC_NPROCESSORS_ONLN)) - 1)

    /// The indices of one ``perform(_:_:)``, handed out one at a time.
    private final class SharedIndices: @unchecked Sendable {
        /// Entered when an index is taken, left when its call has returned.
        let taken = DispatchGroup()
        private let count: Int
        private let body: @Sendable (Int) -> Void
        /// Guards `next` (a semaphore, so that this module needs no Foundation).
        private let lock = DispatchSemaphore(value: 1)
        private var next = 0

        init(count: Int, body: @escaping @Sendable (Int) -> Void) {
            self.count = count
            self.body = body
        }

        /// Takes indices and runs them until none is left.
        func run() {
            while let index = take() {
                body(index)
                taken.leave()
            }
        }

        /// The next index, counted in ``taken`` before anyone can see that none is left.
        private func take() -> Int? {
            lock.wait()
            defer { lock.signal() }
            guard next < count else { return nil }
            taken.enter()
            next += 1
            return next - 1
        }
    }

    /// `count` indices in contiguous ranges of about equal size, at most `parts` of them.
    public static func ranges(of count: Int, parts: Int) -> [Range<Int>] {
        let parts = max(1, min(parts, count))
        return (0..<parts).map { part in (count * part / parts)..<(count * (part + 1) / parts) }
    }

    /// One result per task. Each task writes only its own slot, once, and the slots are read
    /// only after ``perform(_:_:)`` has returned, whose wait orders every write before the reads.
    private final class Slots<Value: Sendable, Failure: Error>: @unchecked Sendable {
        private let results: UnsafeMutableBufferPointer<Result<Value, Failure>?>

        init(count: Int) {
            results = .allocate(capacity: count)
            results.initialize(repeating: nil)
        }

        deinit {
            results.deinitialize()
            results.deallocate()
        }

        func set(_ index: Int, _ result: Result<Value, Failure>) { results[index] = result }

        /// The values in order, or the first error.
        func values() throws(Failure) -> [Value] {
            var values: [Value] = []
            values.reserveCapacity(results.count)
            for result in results {
                guard let result else { preconditionFailure("every task stores its result") }
                values.append(try result.get())
            }
            return values
        }
    }
}
