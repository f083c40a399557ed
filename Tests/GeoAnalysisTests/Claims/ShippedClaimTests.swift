import GeoAnalysis
import GeoModel
import Testing

/// The seed finding — "DeepSeek usage in Africa is 2–4× higher than in other regions" —
/// checked on the shipped tables against a plain reference implementation.
@Suite("The Africa DeepSeek claim on the shipped data")
struct ShippedClaimTests {
    static let claim = ClaimSpec(
        id: "deepseek_africa", text: "DeepSeek usage in Africa is 2–4× higher than in other regions",
        metric: "deepseek_share", grouping: "m49_region", region: "Africa", versus: .eachOtherRegion,
        bounds: ClaimBounds(low: 2, high: 4),
        estimators: [.weightedMean, .median, Estimator.weightedMean.excluding([TinyWorld.code("CHN")])],
        period: TinyWorld.h2)

    static func evaluation() throws -> ClaimEvaluation {
        let tables = ShippedData.tables
        return try Aggregator(
            metrics: [ShippedData.aiUserShare, ShippedData.deepseekShare],
            observations: ShippedData.aiUserShareObservations + ShippedData.deepseekObservations, tables: tables
        ).evaluate(claim, in: .m49Regions(from: tables))
    }

    /// (point, low, high) of a region straight from the CSV rows: AI users = ai_user_share/100 ×
    /// working-age population; point = value, else the band's midpoint.
    static func reference(region: String, median: Bool, excluding: Set<String>) -> (Double, Double, Double) {
        var workingAge: [String: Double] = [:]
        for row in ShippedData.records("Data/reference/countries.csv") where row["m49_region"] == region {
            workingAge[row["iso3", default: ""]] = Double(row["working_age_population", default: ""]) ?? .nan
        }
        var users: [String: Double] = [:]
        for row in ShippedData.records("Data/usage/ai_user_share.csv") where row["period"] == "2025-H2" {
            if let share = Double(row["value", default: ""]), let people = workingAge[row["iso3", default: ""]] {
                users[row["iso3", default: ""]] = share / 100 * people
            }
        }
        var rows: [(weight: Double?, point: Double, low: Double, high: Double)] = []
        for row in ShippedData.records("Data/usage/deepseek_share_2025H2.csv") {
            let iso3 = row["iso3", default: ""]
            guard workingAge[iso3] != nil, !excluding.contains(iso3), let low = Double(row["low", default: ""]),
                let high = Double(row["high", default: ""])
            else { continue }
            rows.append((users[iso3], Double(row["value", default: ""]) ?? (low + high) / 2, low, high))
        }
        if median {
            func middle(_ values: [Double]) -> Double {
                let sorted = values.sorted()
                let count = sorted.count
                return count % 2 == 1 ? sorted[count / 2] : (sorted[count / 2 - 1] + sorted[count / 2]) / 2
            }
            return (middle(rows.map(\.point)), middle(rows.map(\.low)), middle(rows.map(\.high)))
        }
        let weighted = rows.compactMap { row in row.weight.map { (weight: $0, row: row) } }
        let total = weighted.map(\.weight).reduce(0, +)
        return (
            weighted.map { $0.weight * $0.row.point }.reduce(0, +) / total,
            weighted.map { $0.weight * $0.row.low }.reduce(0, +) / total,
            weighted.map { $0.weight * $0.row.high }.reduce(0, +) / total
        )
    }

    @Test("every verdict's ratio and outcome match the reference", arguments: 0..<12)
    func verdict(index: Int) throws {
        let verdict = try Self.evaluation().verdicts[index]
        guard case .region(let other) = verdict.baseline else {
            Issue.record("expected a region baseline")
            return
        }
        let median = verdict.estimator.kind == .median
        let excluding = Set(verdict.estimator.excluded.map(\.rawValue))
        let africa = Self.reference(region: "Africa", median: median, excluding: excluding)
        let baseline = Self.reference(region: other, median: median, excluding: excluding)
        let value = try #require(verdict.ratio.value)
        #expect(abs((value.point.value ?? .nan) - africa.0 / baseline.0) < 1e-9)
        #expect(abs((value.low.value ?? .nan) - africa.1 / baseline.2) < 1e-9)
        if baseline.1 == 0 {
            #expect(value.high == .unbounded)
        } else {
            #expect(abs((value.high.value ?? .nan) - africa.2 / baseline.1) < 1e-9)
        }
        let low = africa.1 / baseline.2
        let high = baseline.1 == 0 ? Double.infinity : africa.2 / baseline.1
        let expected: ClaimOutcome = low >= 2 && high <= 4 ? .holds : (high < 2 || low > 4 ? .fails : .inconclusive)
        #expect(verdict.outcome == expected)
    }

    @Test("the claim holds under none of the twelve estimator × region pairs")
    func overall() throws {
        let evaluation = try Self.evaluation()
        #expect(evaluation.verdicts.count == 12)
        #expect(evaluation.overall == .holdsUnderNone)
        #expect(evaluation.summary == "Holds under none of the 12 estimator × comparison pairs (fails 1, inconclusive 11).")
        #expect(
            evaluation.verdicts[0].sentence
                == "In 2025-H2, Africa's weighted-mean DeepSeek share is 3.4× Americas' (range 1.5–21×): "
                + "inconclusive against 2–4×.")
    }
}
