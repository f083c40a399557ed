import GeoAnalysis
import GeoModel
import Testing

@Suite("Ratios by interval arithmetic")
struct RatioTests {
    struct DivisionCase: Sendable, CustomStringConvertible {
        let name: String
        let numerator: Estimate
        let denominator: Estimate
        let expected: RatioEstimate
        var description: String { name }
    }

    @Test(
        "divides point by point, low by high and high by low",
        arguments: [
            // 12/3 = 4; 10/5 = 2; 14/2 = 7
            DivisionCase(
                name: "bands on both sides", numerator: Estimate(point: 12, low: 10, high: 14),
                denominator: Estimate(point: 3, low: 2, high: 5),
                expected: RatioEstimate(point: .finite(4), low: .finite(2), high: .finite(7))),
            // 9/3 = 3 exactly
            DivisionCase(
                name: "exact values", numerator: Estimate(exactly: 9), denominator: Estimate(exactly: 3),
                expected: RatioEstimate(point: .finite(3), low: .finite(3), high: .finite(3))),
            // B = "<=5" band 0–5 (midpoint 2.5): 12/2.5 = 4.8; 10/5 = 2; 14/0 → unbounded
            DivisionCase(
                name: "a divisor band reaching zero", numerator: Estimate(point: 12, low: 10, high: 14),
                denominator: Estimate(point: 2.5, low: 0, high: 5),
                expected: RatioEstimate(point: .finite(4.8), low: .finite(2), high: .unbounded)),
            // A = ">25" open band 25–100 with point 56, B = 16–20 (point 18):
            // 56/18 = 3.111…; 25/20 = 1.25; 100/16 = 6.25
            DivisionCase(
                name: "an open band above 25", numerator: Estimate(point: 56, low: 25, high: 100),
                denominator: Estimate(point: 18, low: 16, high: 20),
                expected: RatioEstimate(point: .finite(56.0 / 18.0), low: .finite(1.25), high: .finite(6.25))),
            // A = 0 exactly, B = 0–5 (midpoint 2.5): 0/2.5 = 0; 0/5 = 0; 0/0 → 0, not unbounded
            DivisionCase(
                name: "zero over a band reaching zero", numerator: Estimate(exactly: 0),
                denominator: Estimate(point: 2.5, low: 0, high: 5),
                expected: RatioEstimate(point: .finite(0), low: .finite(0), high: .finite(0))),
        ])
    func division(_ example: DivisionCase) throws {
        let ratio = try RatioEstimate.dividing(example.numerator, by: example.denominator).get()
        #expect(ratio == example.expected)
    }

    @Test("refuses a zero divisor and negative values instead of producing NaN or infinity")
    func undefined() {
        let zero = RatioEstimate.dividing(Estimate(exactly: 4), by: Estimate(point: 0, low: 0, high: 5))
        #expect(zero == .failure(.zeroDivisor))
        let negative = RatioEstimate.dividing(Estimate(point: 1, low: -1, high: 2), by: Estimate(exactly: 4))
        #expect(negative == .failure(.negativeValue))
    }

    @Test("orders unbounded above every finite bound")
    func boundOrder() {
        #expect(RatioBound.finite(1e300) < .unbounded)
        #expect(!(RatioBound.unbounded < .finite(4)))
        #expect(RatioBound.finite(2) < .finite(3))
        #expect(RatioBound.unbounded.value == nil)
        #expect(RatioBound.unbounded.description == "unbounded")
    }

    @Test("a ratio against a withheld group has no value and names the group and the reason")
    func withheldSide() throws {
        // South has data only for DDD, which has no weight: coverage 0 of South's 30.
        let observations = [
            TinyWorld.observation("AAA", 10), TinyWorld.observation("BBB", 20), TinyWorld.observation("DDD", 30),
        ]
        let aggregator = try Aggregator(
            metrics: [TinyWorld.share], observations: observations, tables: TinyWorld.tables())
        let ratio = try aggregator.ratio(
            metric: "share", period: TinyWorld.h1, grouping: TinyWorld.regions, region: "North",
            versus: .region("South"), estimator: .weightedMean)
        #expect(ratio.value == nil)
        #expect(
            ratio.unavailableReason
                == "South has no value: coverage 0 % of working-age population is below the minimum 50 %")
        #expect(ratio.numerator.mean != nil)
    }

    @Test(
        "a zero baseline leaves the ratio undefined, in a sentence that starts with the baseline's possessive",
        arguments: [
            (RatioBaseline.region("North"), "North's weighted mean is 0, so the ratio is undefined"),
            (.restOfWorld, "The rest of the world's weighted mean is 0, so the ratio is undefined"),
        ])
    func zeroBaseline(baseline: RatioBaseline, reason: String) throws {
        let observations = [
            TinyWorld.observation("AAA", 0), TinyWorld.observation("BBB", 0), TinyWorld.observation("CCC", 12),
        ]
        let aggregator = try Aggregator(
            metrics: [TinyWorld.share], observations: observations, tables: TinyWorld.tables())
        let ratio = try aggregator.ratio(
            metric: "share", period: TinyWorld.h1, grouping: TinyWorld.regions, region: "South", versus: baseline,
            estimator: .weightedMean)
        #expect(ratio.value == nil)
        #expect(ratio.unavailableReason == reason)
    }

    @Test("the estimator is applied on both sides: median and exclusions")
    func estimators() throws {
        let aggregator = try Aggregator(
            metrics: [TinyWorld.share], observations: TinyWorld.shares, tables: TinyWorld.tables())
        func ratio(_ estimator: Estimator) throws -> Ratio {
            try aggregator.ratio(
                metric: "share", period: TinyWorld.h1, grouping: TinyWorld.regions, region: "South",
                versus: .region("North"), estimator: estimator)
        }
        // weighted mean: South 40 (CCC only) / North 4600/260 = 2.2609
        let mean = try ratio(.weightedMean)
        #expect(mean.value?.point == .finite(40 / (4600.0 / 260.0)))
        #expect(mean.estimator == .weightedMean)
        // median: South 40 (CCC; DDD has no weight, so it is counted nowhere) / North (10, 20) → 15 = 2.666…
        let median = try ratio(.median)
        #expect(median.value?.point == .finite(40.0 / 15.0))
        // weighted mean excluding BBB: 40 / 10 = 4
        let excluding = try ratio(Estimator.weightedMean.excluding([TinyWorld.code("BBB")]))
        #expect(excluding.value?.point == .finite(4))
        #expect(excluding.denominator.excluded == [TinyWorld.code("BBB")])
        #expect(excluding.estimator.description == "weighted mean excluding BBB")
    }

    @Test("a group against the rest of the world uses the same weights")
    func versusRestOfWorld() throws {
        let aggregator = try Aggregator(
            metrics: [TinyWorld.share], observations: TinyWorld.shares, tables: TinyWorld.tables())
        let ratio = try aggregator.ratio(
            metric: "share", period: TinyWorld.h1, grouping: TinyWorld.regions, region: "North",
            versus: .restOfWorld, estimator: .weightedMean)
        // North 4600/260 over rest (CCC, EEE) 1450/35
        #expect(ratio.value?.point == .finite((4600.0 / 260.0) / (1450.0 / 35.0)))
        #expect(ratio.baseline == .restOfWorld)
        #expect(ratio.denominator.region == "Rest of world")
    }
}
