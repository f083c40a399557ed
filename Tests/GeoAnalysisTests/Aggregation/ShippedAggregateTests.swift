import GeoAnalysis
import GeoModel
import Testing

/// Checks the aggregator on the shipped data against a deliberately plain reference
/// implementation written straight from the CSV files, and against the publisher's figures.
@Suite("Regional aggregates on the shipped data")
struct ShippedAggregateTests {
    /// Working-age-weighted mean of ai_user_share, straight from the CSV rows: Σ w·v / Σ w over
    /// the economies with a value (in `region`, or all when `region` is nil).
    static func referenceMean(period: String, region: String?) -> Double {
        var workingAge: [String: Double] = [:]
        var regionOf: [String: String] = [:]
        for row in ShippedData.records("Data/reference/countries.csv") {
            workingAge[row["iso3", default: ""]] = Double(row["working_age_population", default: ""])
            regionOf[row["iso3", default: ""]] = row["m49_region", default: ""]
        }
        var weighted = 0.0
        var total = 0.0
        for row in ShippedData.records("Data/usage/ai_user_share.csv") where row["period"] == period {
            let iso3 = row["iso3", default: ""]
            if let region, regionOf[iso3] != region { continue }
            guard let value = Double(row["value", default: ""]), let weight = workingAge[iso3] else { continue }
            weighted += weight * value
            total += weight
        }
        return weighted / total
    }

    static func rounded(_ value: Double) -> Double { (value * 100).rounded() / 100 }

    struct WorldCase: Sendable, CustomStringConvertible {
        let period: String
        let expected: Double
        let published: Double
        var description: String { period }
    }

    @Test(
        "the working-age-weighted World mean matches 15.13 / 16.35 / 17.85 and the publisher's World",
        arguments: [
            WorldCase(period: "2025-H1", expected: 15.13, published: 15.1),
            WorldCase(period: "2025-H2", expected: 16.35, published: 16.3),
            WorldCase(period: "2026-Q1", expected: 17.85, published: 17.8),
        ])
    func worldMean(_ example: WorldCase) throws {
        let tables = ShippedData.tables
        let aggregate = try Aggregator(
            metrics: [ShippedData.aiUserShare], observations: ShippedData.aiUserShareObservations, tables: tables
        ).aggregate(
            metric: "ai_user_share", period: TinyWorld.period(example.period), grouping: .world(from: tables),
            region: "World")
        let mean = try #require(aggregate.mean)
        #expect(Self.rounded(mean.point) == example.expected)
        #expect(abs(mean.point - Self.referenceMean(period: example.period, region: nil)) < 1e-9)
        #expect(abs(mean.point - example.published) < 0.06)
        #expect(aggregate.membersWithData.count == 147)
        #expect(aggregate.members.count == 250)
    }

    @Test(
        "each UN M49 region matches the reference implementation in every period",
        arguments: ["Africa", "Americas", "Asia", "Europe", "Oceania"], ["2025-H1", "2025-H2", "2026-Q1"])
    func regionMeans(region: String, period: String) throws {
        let tables = ShippedData.tables
        let aggregate = try Aggregator(
            metrics: [ShippedData.aiUserShare], observations: ShippedData.aiUserShareObservations, tables: tables
        ).aggregate(
            metric: "ai_user_share", period: TinyWorld.period(period), grouping: .m49Regions(from: tables),
            region: region)
        let mean = try #require(aggregate.mean)
        #expect(abs(mean.point - Self.referenceMean(period: period, region: region)) < 1e-9)
    }

    @Test("the DeepSeek table gives Africa a users-weighted mean with a band-derived range")
    func deepseekAfrica() throws {
        let tables = ShippedData.tables
        let aggregate = try Aggregator(
            metrics: [ShippedData.aiUserShare, ShippedData.deepseekShare],
            observations: ShippedData.aiUserShareObservations + ShippedData.deepseekObservations, tables: tables
        ).aggregate(
            metric: "deepseek_share", period: TinyWorld.period("2025-H2"), grouping: .m49Regions(from: tables),
            region: "Africa")
        // Reference: weights = ai_user_share/100 × working-age population; point = value, else the
        // band's midpoint; low/high = the value where one is published (Ethiopia 18, Zimbabwe 17),
        // else the band.
        var workingAge: [String: Double] = [:]
        for row in ShippedData.records("Data/reference/countries.csv") {
            if row["m49_region"] == "Africa" {
                workingAge[row["iso3", default: ""]] = Double(row["working_age_population", default: ""])
            }
        }
        var users: [String: Double] = [:]
        for row in ShippedData.records("Data/usage/ai_user_share.csv") where row["period"] == "2025-H2" {
            if let share = Double(row["value", default: ""]), let people = workingAge[row["iso3", default: ""]] {
                users[row["iso3", default: ""]] = share / 100 * people
            }
        }
        var sums = (point: 0.0, low: 0.0, high: 0.0, weight: 0.0)
        for row in ShippedData.records("Data/usage/deepseek_share_2025H2.csv") {
            guard let weight = users[row["iso3", default: ""]], let low = Double(row["low", default: ""]),
                let high = Double(row["high", default: ""])
            else { continue }
            let published = Double(row["value", default: ""])
            let point = published ?? (low + high) / 2
            sums = (
                sums.point + weight * point, sums.low + weight * (published ?? low),
                sums.high + weight * (published ?? high), sums.weight + weight
            )
        }
        let mean = try #require(aggregate.mean)
        #expect(abs(mean.point - sums.point / sums.weight) < 1e-9)
        #expect(abs(mean.low - sums.low / sums.weight) < 1e-9)
        #expect(abs(mean.high - sums.high / sums.weight) < 1e-9)
        #expect(Self.rounded(mean.point) == 10.49)
        // By hand from the sums above, rounded: 8.63–12.35 (the bands of Ethiopia and Zimbabwe no longer widen it).
        #expect(Self.rounded(mean.low) == 8.63)
        #expect(Self.rounded(mean.high) == 12.35)
    }
}
