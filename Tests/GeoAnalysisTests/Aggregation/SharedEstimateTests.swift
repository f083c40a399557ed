import GeoAnalysis
import GeoModel
import Testing

/// Economies the publisher gives one regional estimate (issue 11, item 7).
@Suite("Shared estimates")
struct SharedEstimateTests {
    static let h1 = TinyWorld.period("2025-H1")
    static let h2 = TinyWorld.period("2025-H2")

    static func point(_ code: String, _ period: Period, _ value: Double?, low: Double? = nil, high: Double? = nil)
        -> Observation
    {
        Observation(
            iso3: TinyWorld.code(code), period: period, metric: "share", value: value, low: low, high: high,
            origin: SourceLocation(path: "t.csv", line: 2, column: 1))
    }

    @Test("the same value in every period groups economies; one matching period or a band does not")
    func fixture() {
        let observations = [
            // AAA and BBB: 8.7 then 9.3 — one shared estimate.
            Self.point("AAA", Self.h1, 8.7), Self.point("AAA", Self.h2, 9.3),
            Self.point("BBB", Self.h1, 8.7), Self.point("BBB", Self.h2, 9.3),
            // CCC matches in H1 only.
            Self.point("CCC", Self.h1, 8.7), Self.point("CCC", Self.h2, 9.4),
            // DDD and EEE: the same band, no point value.
            Self.point("DDD", Self.h1, nil, low: 0, high: 5), Self.point("DDD", Self.h2, nil, low: 0, high: 5),
            Self.point("EEE", Self.h1, nil, low: 0, high: 5), Self.point("EEE", Self.h2, nil, low: 0, high: 5),
        ]
        let groups = SharedEstimates.find(metric: "share", in: observations)
        #expect(
            groups == [
                SharedEstimate(
                    metric: "share", members: ["AAA", "BBB"].map(TinyWorld.code), periods: [Self.h1, Self.h2],
                    values: [8.7, 9.3])
            ])
        #expect(groups.first?.value(in: Self.h2) == 9.3)
        // One period only: identical figures are a coincidence, not a shared series.
        #expect(SharedEstimates.find(metric: "share", in: observations.filter { $0.period == Self.h1 }).isEmpty)
    }

    @Test("the shipped AI user share: 36 economies in 6 groups, as a plain grouping of the raw rows finds them")
    func shipped() {
        var series: [String: [String]] = [:]
        for row in ShippedData.records("Data/usage/ai_user_share.csv") {
            series[row["iso3", default: ""], default: []].append(
                "\(row["period", default: ""])=\(row["value", default: ""])")
        }
        var byKey: [String: [String]] = [:]
        for (iso3, values) in series { byKey[values.sorted().joined(separator: ";"), default: []].append(iso3) }
        let expected = byKey.values.filter { $0.count > 1 }.map { Set($0) }
        let groups = SharedEstimates.find(metric: "ai_user_share", in: ShippedData.aiUserShareObservations)
        #expect(groups.map(\.members.count).reduce(0, +) == 36)
        #expect(groups.count == 6)
        #expect(Set(groups.map { Set($0.members.map(\.rawValue)) }) == Set(expected))
        // The largest: 12 West African economies read 8.7 / 9.3 / 10.1.
        #expect(groups.first?.members.count == 12)
        #expect(groups.first?.values == [8.7, 9.3, 10.1])
        #expect(groups.first?.members.contains(TinyWorld.code("NGA")) == true)
    }
}
