import Dispatch
import GeoModel
import Testing

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

@Suite("Parallel")
struct ParallelTests {
    struct Failure: Error, Equatable {
        let index: Int
    }

    @Test("results come back in element order", arguments: [0, 1, 2, 7, 100])
    func order(count: Int) {
        let values = Parallel.map(Array(0..<count)) { $0 * $0 }
        #expect(values == (0..<count).map { $0 * $0 })
    }

    @Test("the first failing element's error is thrown, whichever finishes first")
    func firstError() {
        // Element 1 fails after a long computation, element 5 fails at once.
        #expect(throws: Failure(index: 1)) {
            try Parallel.map(Array(0..<8)) { (index: Int) throws(Failure) -> Int in
                if index == 1 {
                    var sum = 0
                    for step in 0..<2_000_000 { sum &+= step }
                    if sum != 0 { throw Failure(index: 1) }
                }
                if index == 5 { throw Failure(index: 5) }
                return index
            }
        }
    }

    @Test("both: two results; the first closure's error wins")
    func both() throws {
        let (a, b) = Parallel.both({ 1 + 1 }, { "two" })
        #expect(a == 2 && b == "two")
        #expect(throws: Failure(index: 0)) {
            try Parallel.both(
                { () throws(Failure) -> Int in throw Failure(index: 0) },
                { () throws(Failure) -> Int in throw Failure(index: 1) })
        }
    }

    @Test("work nested in another call's runs on a free thread, not only on the caller's")
    func nestedShared() {
        // Inside the outer call, element 0 waits until element 1 has run. Run one after the
        // other on the caller's thread (as nested concurrentPerform does on two cores), element 1
        // would never start: the wait gives up after a minute and the expectation fails.
        let outer = Parallel.map([0, 1]) { outerIndex -> [Bool] in
            guard outerIndex == 0 else { return [] }
            let elementOneRan = DispatchSemaphore(value: 0)
            return Parallel.map([0, 1]) { index -> Bool in
                if index == 1 {
                    elementOneRan.signal()
                    return true
                }
                return elementOneRan.wait(timeout: .now() + 60) == .success
            }
        }
        #expect(outer[0] == [true, true])
    }

    @Test("nested calls, three deep, run every index once, in order", arguments: [1, 2, 5])
    func nested(count: Int) {
        let values = Parallel.map(Array(0..<count)) { a in
            Parallel.map(Array(0..<count)) { b in Parallel.map(Array(0..<count)) { c in a * 100 + b * 10 + c } }
        }
        let expected = (0..<count).map { a in (0..<count).map { b in (0..<count).map { c in a * 100 + b * 10 + c } } }
        #expect(values == expected)
    }

    @Test(
        "ranges cover every index once, in order, in near-equal parts",
        arguments: [(0, 8), (1, 8), (7, 8), (8, 8), (1_000, 8), (10, 3)])
    func ranges(count: Int, parts: Int) {
        let ranges = Parallel.ranges(of: count, parts: parts)
        #expect(ranges.flatMap { Array($0) } == Array(0..<count))
        #expect(ranges.count == max(1, min(parts, count)))
        let sizes = ranges.map(\.count)
        #expect((sizes.max() ?? 0) - (sizes.min() ?? 0) <= 1)
    }

    @Test("a started value is the work's result, whether the caller waits early, late or twice")
    func started() {
        let pending = Parallel.start { (0..<100_000).reduce(0, &+) }
        var sum = 0
        for step in 0..<1_000 { sum &+= step }
        #expect(pending.wait() == 4_999_950_000)
        #expect(pending.wait() == 4_999_950_000)
        #expect(Parallel.start { "ready" }.wait() == "ready")
        #expect(sum == 499_500)
    }

    @Test("a released value is freed once, on another thread, after the caller has let go of it")
    func released() {
        let freed = DispatchSemaphore(value: 0)
        let callerThread = pthread_self()
        let record = FreeRecord()
        let tracked = { Tracked(record: record, freed: freed) }
        Parallel.release([tracked()])
        // The wait is a safety net for a broken release (never freed), not a timing limit.
        #expect(freed.wait(timeout: .now() + 60) == .success)
        #expect(record.deinits == 1)
        #expect(record.thread.map { pthread_equal($0, callerThread) == 0 } == true)
    }
}

/// Where and how often a ``Tracked`` was freed.
private final class FreeRecord: @unchecked Sendable {
    var deinits = 0
    var thread: pthread_t?
}

/// An object that notes the thread that frees it.
private final class Tracked: Sendable {
    let record: FreeRecord
    let freed: DispatchSemaphore

    init(record: FreeRecord, freed: DispatchSemaphore) {
        self.record = record
        self.freed = freed
    }

    deinit {
        record.deinits += 1
        record.thread = pthread_self()
        freed.signal()
    }
}
