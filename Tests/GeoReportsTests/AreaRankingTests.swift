import Testing

@testable import GeoReports

/// The county lists' ranking: the first `count` entries and every one tied with the last, ranked
/// by value and then by name, checked against that definition spelt out (sort all, cut, extend).
@Suite("Area rankings")
struct AreaRankingTests {
    struct Entry: Equatable {
        let name: String
        let value: Double
    }

    /// The definition: every entry sorted, the first `count`, then those after them tied with the last.
    static func definition(_ entries: [Entry], count: Int, descending: Bool) -> [Entry] {
        let sorted = entries.sorted { lhs, rhs in
            if lhs.value != rhs.value { return descending ? lhs.value > rhs.value : lhs.value < rhs.value }
            return lhs.name < rhs.name
        }
        guard sorted.count > count else { return sorted }
        var result = Array(sorted.prefix(count))
        for entry in sorted.dropFirst(count) where entry.value == sorted[count - 1].value { result.append(entry) }
        return result
    }

    @Test(
        "ranks like the definition, ties at the cut included",
        arguments: [(entries: 0, distinctValues: 3), (5, 10), (10, 10), (200, 7), (3_143, 40), (500, 500)])
    func matchesDefinition(entries count: Int, distinctValues: Int) {
        var state: UInt64 = 7
        var entries: [Entry] = []
        for index in 0..<count {
            state = state &* 6_364_136_223_846_793_005 &+ 1442_695_040_888_963_407
            // Few distinct values: long runs of ties, broken by name.
            let value = Double(Int(state >> 33) % distinctValues) / 10
            entries.append(Entry(name: "area \(String(index * 7919 % 10_007, radix: 36))", value: value))
        }
        for descending in [true, false] {
            for kept in [1, 3, 10] {
                let ranked = AreaReportInput.top(
                    entries, count: kept, value: \.value, name: \.name, descending: descending)
                #expect(ranked == Self.definition(entries, count: kept, descending: descending))
            }
        }
    }

    @Test("keeps every entry tied with the last one kept")
    func tiesAtTheCut() {
        let entries = [("c", 3.0), ("a", 1.0), ("d", 2.0), ("b", 2.0), ("e", 2.0)].map { Entry(name: $0, value: $1) }
        let ranked = AreaReportInput.top(entries, count: 2, value: \.value, name: \.name, descending: true)
        #expect(ranked.map(\.name) == ["c", "b", "d", "e"])
        let lowest = AreaReportInput.top(entries, count: 1, value: \.value, name: \.name, descending: false)
        #expect(lowest.map(\.name) == ["a"])
    }
}
