import Foundation
import GeoAnalysis
import GeoModel
import Testing

/// The seed finding — "DeepSeek usage in Africa is 2–4× higher than in other regions" —
/// checked on the shipped tables against a plain reference implementation, robustness included.
@Suite("The Africa DeepSeek claim on the shipped data")
struct ShippedClaimTests {
    static let claim = ClaimSpec(
        id: "deepseek_africa", text: "DeepSeek usage in Africa is 2–4× higher than in other regions",
        metric: "deepseek_share", grouping: "m49_region", region: "Africa", versus: .eachOtherRegion,
        bounds: ClaimBounds(low: 2, high: 4),
        estimators: [
            .weightedMean, .median, Estimator.weightedMean.excluding([TinyWorld.code("CHN")]),
            Estimator.weightedMean.excluding(["CHN", "RUS", "BLR"].map(TinyWorld.code)),
        ],
        period: TinyWorld.h2)

    /// Evaluated once (the robustness search is the slow part) and shared by the tests.
    static let evaluated = Result {
        let tables = ShippedData.tables
        return try Aggregator(
            metrics: [ShippedData.aiUserShare, ShippedData.deepseekShare],
            observations: ShippedData.aiUserShareObservations + ShippedData.deepseekObservations, tables: tables
        ).evaluate(claim, in: .m49Regions(from: tables))
    }

    /// The economies straight from the CSV rows: region, AI users (ai_user_share/100 × working-age
    /// population, `nil` when unknown) and DeepSeek share as (point, low, high), where a published
    /// value is its own low and high and a band counts at its midpoint.
    struct Reference {
        var region: [String: String] = [:]
        var rows: [String: (weight: Double?, point: Double, low: Double, high: Double)] = [:]

        init() {
            var workingAge: [String: Double] = [:]
            for row in ShippedData.records("Data/reference/countries.csv") {
                region[row["iso3", default: ""]] = row["m49_region", default: ""]
                workingAge[row["iso3", default: ""]] = Double(row["working_age_population", default: ""])
            }
            var users: [String: Double] = [:]
            for row in ShippedData.records("Data/usage/ai_user_share.csv") where row["period"] == "2025-H2" {
                if let share = Double(row["value", default: ""]), let people = workingAge[row["iso3", default: ""]] {
                    users[row["iso3", default: ""]] = share / 100 * people
                }
            }
            for row in ShippedData.records("Data/usage/deepseek_share_2025H2.csv") {
                let iso3 = row["iso3", default: ""]
                guard region[iso3] != nil, let low = Double(row["low", default: ""]),
                    let high = Double(row["high", default: ""])
                else { continue }
                if let value = Double(row["value", default: ""]) {
                    rows[iso3] = (users[iso3], value, value, value)
                } else {
                    rows[iso3] = (users[iso3], (low + high) / 2, low, high)
                }
            }
        }

        /// A side: Africa, another region, or "rest" (every economy outside Africa). Economies
        /// without a weight are counted nowhere (neither mean nor median).
        func estimate(_ side: String, median: Bool, excluding: Set<String>) -> (Double, Double, Double)? {
            let members = rows.filter { iso3, row in
                row.weight != nil && !excluding.contains(iso3)
                    && (side == "rest" ? region[iso3] != "Africa" : region[iso3] == side)
            }
            guard !members.isEmpty else { return nil }
            if median {
                func middle(_ values: [Double]) -> Double {
                    let sorted = values.sorted()
                    let count = sorted.count
                    return count % 2 == 1 ? sorted[count / 2] : (sorted[count / 2 - 1] + sorted[count / 2]) / 2
                }
                let values = Array(members.values)
                return (middle(values.map(\.point)), middle(values.map(\.low)), middle(values.map(\.high)))
            }
            var sums = (0.0, 0.0, 0.0, 0.0)
            for row in members.values {
                let weight = row.weight ?? 0
                sums = (
                    sums.0 + weight * row.point, sums.1 + weight * row.low, sums.2 + weight * row.high, sums.3 + weight
                )
            }
            return (sums.0 / sums.3, sums.1 / sums.3, sums.2 / sums.3)
        }

        func ratio(_ side: String, median: Bool, excluding: Set<String>) -> Double? {
            guard let africa = estimate("Africa", median: median, excluding: excluding),
                let other = estimate(side, median: median, excluding: excluding), other.0 > 0
            else { return nil }
            return africa.0 / other.0
        }

        /// Economies with data (and a weight) on either side.
        func candidates(_ side: String) -> [String] {
            rows.filter { iso3, row in
                row.weight != nil && (region[iso3] == "Africa" || (side == "rest" ? true : region[iso3] == side))
            }
            .keys.sorted()
        }
    }

    static let reference = Reference()

    static func side(_ baseline: RatioBaseline) -> String {
        switch baseline {
        case .region(let name): name
        case .restOfWorld: "rest"
        }
    }

    @Test("every verdict's ratio, range and verdict match the reference", arguments: 0..<20)
    func verdict(index: Int) throws {
        let verdict = try Self.evaluated.get().verdicts[index]
        let side = Self.side(verdict.baseline)
        let median = verdict.estimator.kind == .median
        let excluding = Set(verdict.estimator.excluded.map(\.rawValue))
        let africa = try #require(Self.reference.estimate("Africa", median: median, excluding: excluding))
        let baseline = try #require(Self.reference.estimate(side, median: median, excluding: excluding))
        let value = try #require(verdict.ratio.value)
        #expect(abs((value.point.value ?? .nan) - africa.0 / baseline.0) < 1e-9)
        #expect(abs((value.low.value ?? .nan) - africa.1 / baseline.2) < 1e-9)
        if baseline.1 == 0 {
            #expect(value.high == .unbounded)
        } else {
            #expect(abs((value.high.value ?? .nan) - africa.2 / baseline.1) < 1e-9)
        }
        let point = africa.0 / baseline.0
        let low = africa.1 / baseline.2
        let high = baseline.1 == 0 ? Double.infinity : africa.2 / baseline.1
        let position: ClaimPosition = point < 2 ? .below : (point > 4 ? .above : .within)
        let rangeWithin = low >= 2 && high <= 4
        let rangeOutside = high < 2 || low > 4
        let expected: ClaimReading
        switch position {
        case .within: expected = rangeWithin ? .holds : .consistentNotConfirmed
        case .above: expected = rangeOutside ? .higherThanClaimed : .higherBandsAllow
        case .below: expected = rangeOutside ? .contradicted : .lowerBandsAllow
        }
        #expect(verdict.reading == expected)
    }

    @Test("leave-one-out influence and the smallest exclusion set match a brute-force reference", arguments: 0..<20)
    func robustness(index: Int) throws {
        let verdict = try Self.evaluated.get().verdicts[index]
        let robustness = try #require(verdict.robustness)
        let side = Self.side(verdict.baseline)
        let median = verdict.estimator.kind == .median
        let excluding = Set(verdict.estimator.excluded.map(\.rawValue))
        let point = try #require(Self.reference.ratio(side, median: median, excluding: excluding))
        func position(_ value: Double) -> Int { value < 2 ? -1 : (value > 4 ? 1 : 0) }
        var moves: [(iso3: String, without: Double, move: Double)] = []
        var crossing: Set<String> = []
        for iso3 in Self.reference.candidates(side) where !excluding.contains(iso3) {
            guard let without = Self.reference.ratio(side, median: median, excluding: excluding.union([iso3])) else {
                continue
            }
            let move = abs(log(without / point))
            if move > 1e-9 { moves.append((iso3, without, move)) }
            if position(without) != position(point) { crossing.insert(iso3) }
        }
        moves.sort { ($1.move, $0.iso3) < ($0.move, $1.iso3) }
        #expect(robustness.influential.map(\.iso3.rawValue) == moves.prefix(3).map(\.iso3))
        for (found, expected) in zip(robustness.influential, moves) {
            #expect(abs(found.ratioWithout - expected.without) < 1e-9)
        }
        // The smallest set: when one economy alone moves the best estimate across a bound, the
        // search must name one such economy; any set it names must really move it.
        if !crossing.isEmpty {
            let set = try #require(robustness.decisiveSet)
            #expect(set.count == 1)
            #expect(crossing.contains(set[0].rawValue))
        }
        if let set = robustness.decisiveSet {
            let after = try #require(
                Self.reference.ratio(side, median: median, excluding: excluding.union(set.map(\.rawValue))))
            #expect(position(after) != position(point))
            #expect(abs((robustness.ratioWithoutDecisiveSet ?? .nan) - after) < 1e-9)
        }
    }

    @Test(
        "the published figures: Africa ÷ rest of world 0.48× (0.36–0.61×), China decides Asia and the rest of the world"
    )
    func headlineFigures() throws {
        let verdicts = try Self.evaluated.get().verdicts
        #expect(verdicts.count == 20)
        let rest = try #require(verdicts.first { $0.baseline == .restOfWorld && $0.estimator == .weightedMean })
        let value = try #require(rest.ratio.value)
        #expect(NumberFormatCheck.two(value.point.value) == "0.48")
        #expect(NumberFormatCheck.two(value.low.value) == "0.36")
        #expect(NumberFormatCheck.two(value.high.value) == "0.61")
        #expect(rest.reading == .contradicted)
        let asia = try #require(verdicts.first { $0.baseline == .region("Asia") && $0.estimator == .weightedMean })
        #expect(NumberFormatCheck.two(asia.ratio.value?.point.value) == "0.33")
        #expect(asia.reading == .contradicted)
        #expect(asia.robustness?.decisiveSet == [TinyWorld.code("CHN")])
        #expect(asia.robustness?.influential.first?.iso3 == TinyWorld.code("CHN"))
        #expect(rest.robustness?.decisiveSet == [TinyWorld.code("CHN")])
        // With China, Russia and Belarus set aside every best estimate lies within 2–4×.
        let setAside = verdicts.filter { $0.estimator.excluded.count == 3 }
        #expect(setAside.count == 5)
        #expect(setAside.allSatisfy { $0.position == .within })
        #expect(NumberFormatCheck.two(setAside.last?.ratio.value?.point.value) == "2.61")
        // No comparison is confirmed by the bands.
        #expect(verdicts.allSatisfy { $0.outcome != .holds })
    }
}

/// Fixed two-decimal text for comparing with published figures.
enum NumberFormatCheck {
    static func two(_ value: Double?) -> String {
        guard let value else { return "nil" }
        return String(format: "%.2f", value)
    }
}
