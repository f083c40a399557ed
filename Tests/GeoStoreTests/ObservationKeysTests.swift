import GeoModel
import Testing

@testable import GeoStore

/// `ObservationKeys` against the plain reading of what it computes: one dictionary of keys
/// filled in file order (the store's check before integer keys), and counts by filtering.
struct ObservationKeysTests {
    /// Deterministic pseudo-random files over small domains, so repeats within and across files happen.
    private static func files(seed: UInt64, count: Int) throws -> [[Observation]] {
        var state = seed
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        let codes = ["KOR", "USA", "ERI", "FRA"]
        let periods = ["2025-H1", "2025-H2", "2026-Q1"]
        let metrics = ["ai_user_share", "deepseek_share"]
        return try (0..<count).map { file in
            try (0..<next(12)).map { line in
                try Fixtures.observation(
                    codes[next(codes.count)], periods[next(periods.count)], metrics[next(metrics.count)],
                    value: Double(line), path: "f\(file).csv", line: line + 2)
            }
        }
    }

    /// The first repeat in file order, by one dictionary of first occurrences.
    private static func bruteForceDuplicate(_ files: [[Observation]]) -> (first: [Int], repeat: [Int])? {
        var first: [Observation.Key: [Int]] = [:]
        for (file, observations) in files.enumerated() {
            for (index, observation) in observations.enumerated() {
                if let earlier = first[observation.key] { return (earlier, [file, index]) }
                first[observation.key] = [file, index]
            }
        }
        return nil
    }

    @Test("the first duplicate is the one a dictionary filled in file order finds", arguments: 0..<300)
    func firstDuplicateMatchesBruteForce(seed: Int) throws {
        let files = try Self.files(seed: UInt64(seed), count: 1 + seed % 3)
        let found = ObservationKeys(files.map { ObservationList($0) }).firstDuplicate()
        let expected = Self.bruteForceDuplicate(files)
        #expect(found.map { [$0.first.file, $0.first.index] } == expected?.first)
        #expect(found.map { [$0.repeat.file, $0.repeat.index] } == expected?.repeat)
    }

    @Test("each file's order is its observations sorted by key, and period contents count them", arguments: 0..<50)
    func orderAndContents(seed: Int) throws {
        let files = try Self.files(seed: UInt64(seed) + 1_000, count: 2)
        let keys = ObservationKeys(files.map { ObservationList($0) })
        for (observations, file) in zip(files, keys.files) {
            #expect(file.order.sorted() == Array(0..<Int32(observations.count)))
            let ordered = file.order.map { file.keys[Int($0)] }
            #expect(ordered == ordered.sorted())
            for content in file.periodContents() {
                let period = keys.periods[Int(content.period)]
                let inPeriod = observations.filter { $0.period == period }
                #expect(content.count == inPeriod.count)
                #expect(Set(content.metrics.map { keys.metrics[Int($0)] }) == Set(inPeriod.map(\.metric)))
                #expect(content.metrics.count == Set(content.metrics).count)
            }
            #expect(file.periodContents().map(\.count).reduce(0, +) == observations.count)
        }
    }

    @Test(
        "keys read from the lists' own numbers are the observations' keys, numbered by first appearance",
        arguments: 0..<100)
    func listNumbersMatchObservations(seed: Int) throws {
        let files = try Self.files(seed: UInt64(seed) + 5_000, count: 1 + seed % 4)
        let keys = ObservationKeys(files.map { ObservationList($0) })
        // The plain reading: each distinct period, metric and code numbered as it first appears.
        var periods: [Period] = []
        var metrics: [String] = []
        var codes: [String] = []
        func number<Value: Equatable>(_ value: Value, in values: inout [Value]) -> UInt32 {
            if let index = values.firstIndex(of: value) { return UInt32(index) }
            values.append(value)
            return UInt32(values.count - 1)
        }
        for (observations, file) in zip(files, keys.files) {
            let expected = observations.map { observation in
                ObservationKeys.Key(
                    period: number(observation.period, in: &periods), metric: number(observation.metric, in: &metrics),
                    code: number(observation.iso3.rawValue, in: &codes))
            }
            #expect(file.keys == expected)
        }
        #expect(keys.periods == periods && keys.metrics == metrics && keys.areaCodes == codes)
    }
}
