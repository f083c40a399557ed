import Testing

@testable import GeoModel

/// `KeyOrder` and the counting sort under it, against Swift's comparison sort of the same keys
/// with their positions (the order they must give, worked out the plain way).
struct KeyOrderTests {
    /// Deterministic pseudo-random numbers below `bound`.
    private struct Numbers {
        var state: UInt64
        mutating func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
    }

    /// The positions of `keys` ordered by key, then by position, by comparison.
    private static func plainOrder(_ keys: [ObservationList.Key]) -> [Int32] {
        keys.indices.sorted { (keys[$0], $0) < (keys[$1], $1) }.map { Int32($0) }
    }

    private static func order(_ keys: [ObservationList.Key]) -> [Int32] {
        KeyOrder.positions(
            count: keys.count, periods: Int(keys.map(\.period).max() ?? 0) + 1,
            metrics: Int(keys.map(\.metric).max() ?? 0) + 1, codes: Int(keys.map(\.code).max() ?? 0) + 1
        ) { keys[$0] }
    }

    @Test(
        "the counting sort is the comparison sort by rank, equal ranks in the order they came",
        arguments: [
            [], [0], [3, 1, 2, 1, 0, 3], [5, 5, 5, 5], [0, 1, 2, 3, 4], [4, 3, 2, 1, 0], [2, 0, 2, 0, 1, 1, 2],
        ] as [[Int]])
    func countingSort(ranks: [Int]) {
        // Each element is its rank and where it started, so stability shows.
        let elements = ranks.enumerated().map { (rank: UInt32($0.element), start: $0.offset) }
        let sorted = elements.stablySorted(ranks: (ranks.max() ?? 0) + 1) { $0.rank }
        let expected = elements.sorted { ($0.rank, $0.start) < ($1.rank, $1.start) }
        #expect(sorted.map(\.rank) == expected.map(\.rank))
        #expect(sorted.map(\.start) == expected.map(\.start))
    }

    @Test("random keys with repeats come out as the comparison sort orders them", arguments: 0..<200)
    func randomKeys(seed: Int) {
        var numbers = Numbers(state: UInt64(seed))
        let (periods, metrics, codes) = (1 + numbers.next(4), 1 + numbers.next(3), 1 + numbers.next(6))
        let keys = (0..<numbers.next(40)).map { _ in
            ObservationList.Key(
                period: UInt32(numbers.next(periods)), metric: UInt32(numbers.next(metrics)),
                code: UInt32(numbers.next(codes)))
        }
        #expect(Self.order(keys) == Self.plainOrder(keys))
    }

    @Test("numbers far beyond the count (a store's ids) are ordered by comparison, the same order")
    func sparseNumbers() {
        var numbers = Numbers(state: 7)
        let keys = (0..<50).map { _ in
            ObservationList.Key(
                period: UInt32(numbers.next(3)) * 1_000_000, metric: UInt32(numbers.next(2)),
                code: UInt32(numbers.next(4)) * 5_000_000)
        }
        let order = KeyOrder.positions(count: keys.count, periods: 2_000_001, metrics: 2, codes: 15_000_001) {
            keys[$0]
        }
        #expect(order == Self.plainOrder(keys))
    }

    @Test(
        "keys in order keep their positions; one key out of place anywhere is sorted in",
        arguments: [0, 1, 17, 58, 59])
    func nearlySortedKeys(displaced: Int) {
        // A file written period by period and metric by metric, its areas in one order: in key order.
        var keys: [ObservationList.Key] = []
        for period in 0..<3 {
            for metric in 0..<2 {
                for code in 0..<10 {
                    keys.append(ObservationList.Key(period: UInt32(period), metric: UInt32(metric), code: UInt32(code)))
                }
            }
        }
        #expect(Self.order(keys) == (0..<Int32(keys.count)).map { $0 })
        // The same with one key moved to the front or the back (a repeat of another key).
        var moved = keys
        let key = moved.remove(at: displaced)
        if displaced < keys.count / 2 { moved.append(key) } else { moved.insert(key, at: 0) }
        #expect(Self.order(moved) == Self.plainOrder(moved))
        #expect(Self.order(moved) != (0..<Int32(moved.count)).map { $0 })
    }
}
