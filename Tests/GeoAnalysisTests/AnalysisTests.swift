import GeoAnalysis
import GeoModel
import Testing

@Suite("The analysis entry point")
struct AnalysisTests {
    static let other = Metric(id: "other", label: "Other", unit: .percent, weight: .population)
    static let observations =
        TinyWorld.shares + [
            TinyWorld.observation("AAA", 1, period: TinyWorld.h2),
            TinyWorld.observation("CCC", 3, period: TinyWorld.h2),
            TinyWorld.observation("AAA", 7, metric: "other", period: TinyWorld.h2),
            TinyWorld.observation("BBB", 9, metric: "other", period: TinyWorld.h2),
        ]
    static let tables = TinyWorld.tables(
        sanctions: [SanctionFlagTests.programme(since: "2025-03-15", until: nil)],
        gaps: [ProviderFlagTests.gap("openai", "OpenAI", "CCC")])
    static let groupings = [RegionGrouping.world(from: tables), TinyWorld.regions]

    func run(
        _ observations: [Observation] = observations, claims: [ClaimSpec] = [], rules: [UnderservedRule] = [],
        groupings: [RegionGrouping] = groupings, options: AnalysisOptions = AnalysisOptions()
    ) throws -> AnalysisResult {
        try Analysis.run(
            metrics: [TinyWorld.share, Self.other], observations: observations, tables: Self.tables,
            groupings: groupings, underservedRules: rules, claims: claims, options: options)
    }

    @Test("orders aggregates by metric, grouping, group, then period")
    func aggregateOrder() throws {
        let result = try run()
        let keys = result.aggregates.map { "\($0.metric) \($0.groupingID) \($0.region) \($0.period)" }
        #expect(
            keys == [
                "share world World 2025-H1", "share world World 2025-H2",
                "share m49_region North 2025-H1", "share m49_region North 2025-H2",
                "share m49_region South 2025-H1", "share m49_region South 2025-H2",
                "other world World 2025-H2", "other m49_region North 2025-H2", "other m49_region South 2025-H2",
            ])
    }

    @Test("computes each group against the rest of the world and every other group, not for World")
    func ratioSet() throws {
        let result = try run()
        let keys = result.ratios.map { "\($0.metric) \($0.period) \($0.region)/\($0.baseline)" }
        #expect(
            keys == [
                "share 2025-H1 North/rest of world", "share 2025-H1 North/South",
                "share 2025-H1 South/rest of world", "share 2025-H1 South/North",
                "share 2025-H2 North/rest of world", "share 2025-H2 North/South",
                "share 2025-H2 South/rest of world", "share 2025-H2 South/North",
                "other 2025-H2 North/rest of world", "other 2025-H2 North/South",
                "other 2025-H2 South/rest of world", "other 2025-H2 South/North",
            ])
        var options = AnalysisOptions()
        options.includesPairwiseRatios = false
        options.ratioEstimators = [.weightedMean, .median]
        let fewer = try run(options: options)
        #expect(fewer.ratios.count == 12)
        #expect(fewer.ratios.allSatisfy { $0.baseline == .restOfWorld })
    }

    /// A ratio and its value worked out by hand.
    struct RatioCase: Sendable, CustomTestStringConvertible {
        let region: String
        let baseline: RatioBaseline
        let leavesOutBBB: Bool
        let expected: Double
        var testDescription: String { "\(region)/\(baseline)\(leavesOutBBB ? " without BBB" : "")" }
    }

    /// Worked out by hand from TinyWorld's shares in 2025-H1 (working-age weights): North is AAA
    /// 10 (60) and BBB 20 (200); South is CCC 40 (30) and DDD 30 without a weight; EEE 50 (5) is
    /// in no group. Under an estimator leaving out BBB, North is AAA's 10 alone.
    @Test(
        "a ratio's sides are the groups' aggregates under its estimator's exclusions, on both sides",
        arguments: [
            RatioCase(region: "North", baseline: .region("South"), leavesOutBBB: false, expected: 4600 / 260 / 40),
            RatioCase(region: "North", baseline: .region("South"), leavesOutBBB: true, expected: 10 / 40),
            RatioCase(region: "South", baseline: .region("North"), leavesOutBBB: false, expected: 40 / (4600 / 260)),
            RatioCase(region: "South", baseline: .region("North"), leavesOutBBB: true, expected: 40 / 10),
            RatioCase(region: "North", baseline: .restOfWorld, leavesOutBBB: false, expected: 4600 / 260 / (1450 / 35)),
            RatioCase(region: "North", baseline: .restOfWorld, leavesOutBBB: true, expected: 10 / (1450 / 35)),
            RatioCase(region: "South", baseline: .restOfWorld, leavesOutBBB: false, expected: 40 / (4850 / 265)),
            RatioCase(region: "South", baseline: .restOfWorld, leavesOutBBB: true, expected: 40 / (850 / 65)),
        ])
    func ratioSides(_ example: RatioCase) throws {
        let withoutBBB = Estimator(.weightedMean, excluding: [TinyWorld.code("BBB")])
        var options = AnalysisOptions()
        options.ratioEstimators = [.weightedMean, withoutBBB]
        let result = try run(TinyWorld.shares, options: options)
        let estimator = example.leavesOutBBB ? withoutBBB : .weightedMean
        let ratio = result.ratios.first {
            $0.region == example.region && $0.baseline == example.baseline && $0.estimator == estimator
                && $0.period == TinyWorld.h1
        }
        let value = try #require(ratio?.value?.point.value)
        #expect(abs(value - example.expected) < 1e-12 * example.expected)
        #expect(ratio?.numerator.excluded == estimator.excluded)
        #expect(ratio?.denominator.excluded == estimator.excluded)
    }

    @Test("flags every economy and period in order, with the date-aware sanction")
    func flags() throws {
        let rule = UnderservedRule(conditions: [.metric("share", .below, 15)], combination: .any)
        let result = try run(rules: [rule])
        let keys = result.flags.map { "\($0.period) \($0.iso3) \($0.flag)" }
        // AAA's programme starts 2025-03-15, so it is flagged in both halves of 2025;
        // share < 15: AAA (10) in H1; AAA (1) and CCC (3) in H2.
        #expect(
            keys == [
                "2025-H1 AAA sanctioned", "2025-H1 AAA underserved", "2025-H1 CCC western_ai_unavailable",
                "2025-H2 AAA sanctioned", "2025-H2 AAA underserved", "2025-H2 CCC western_ai_unavailable",
                "2025-H2 CCC underserved",
            ])
    }

    @Test("the same inputs in any order give the same result")
    func deterministic() throws {
        let forward = try run()
        let reversed = try run(Array(Self.observations.reversed()))
        let rotated = try run(Array(Self.observations.dropFirst(3) + Self.observations.prefix(3)))
        #expect(forward == reversed)
        #expect(forward == rotated)
    }

    struct SpecCase: Sendable, CustomStringConvertible {
        let claim: ClaimSpec
        let message: String
        var description: String { message }
    }

    static func claim(
        metric: String = "share", grouping: String = "m49_region", region: String = "North",
        versus: ClaimSpec.Versus = .eachOtherRegion, bounds: ClaimBounds = ClaimBounds(low: 2),
        estimators: [Estimator] = [.weightedMean]
    ) -> ClaimSpec {
        ClaimSpec(
            id: "c", text: "", metric: metric, grouping: grouping, region: region, versus: versus, bounds: bounds,
            estimators: estimators, period: TinyWorld.h1)
    }

    @Test(
        "rejects inconsistent claims with a message that names the problem",
        arguments: [
            SpecCase(claim: claim(metric: "nope"), message: "Claim 'c' names metric 'nope', which is not declared"),
            SpecCase(
                claim: claim(grouping: "m49_regions"),
                message: "Claim 'c' names grouping 'm49_regions', which is not declared"),
            SpecCase(
                claim: claim(region: "Africa"),
                message: "Claim 'c' names group 'Africa', which grouping 'm49_region' does not have"),
            SpecCase(
                claim: claim(versus: .regions(["North"])), message: "Claim 'c' must compare 'North' with other groups"),
            SpecCase(
                claim: claim(grouping: "world", region: "World"),
                message: "Claim 'c' compares with each other group, but grouping 'world' has only one"),
            SpecCase(claim: claim(estimators: []), message: "Claim 'c' names no estimator"),
            SpecCase(claim: claim(bounds: ClaimBounds()), message: "Claim 'c' has no bounds"),
            SpecCase(
                claim: claim(bounds: ClaimBounds(low: 4, high: 2)),
                message: "Claim 'c' has bounds out of order (4.0 > 2.0)"),
        ])
    func invalidClaims(_ example: SpecCase) throws {
        let error = try #require(throws: GeoError.self) { try run(claims: [example.claim]) }
        #expect(error.code == .dataError)
        #expect(error.message == example.message)
    }

    @Test("rejects a coverage outside 0–1, duplicate groupings and rules on undeclared metrics")
    func invalidOptions() throws {
        var options = AnalysisOptions()
        options.minimumCoverage = 50
        let coverage = try #require(throws: GeoError.self) { try run(options: options) }
        #expect(coverage.message == "Minimum coverage 50.0 is outside 0–1")
        let duplicate = try #require(throws: GeoError.self) { try run(groupings: Self.groupings + [TinyWorld.regions]) }
        #expect(duplicate.message == "Grouping 'm49_region' is declared twice")
        let rule = UnderservedRule(conditions: [.metric("ai_user_share", .below, 5)], combination: .any)
        let undeclared = try #require(throws: GeoError.self) { try run(rules: [rule]) }
        #expect(undeclared.message == "Rule 'underserved' tests metric 'ai_user_share', which is not declared")
    }

    @Test("evaluates claims in declared order")
    func claims() throws {
        let first = Self.claim(bounds: ClaimBounds(high: 1))
        let second = ClaimSpec(
            id: "d", text: "", metric: "share", grouping: "m49_region", region: "South", versus: .restOfWorld,
            bounds: ClaimBounds(low: 2), estimators: [.weightedMean, .median], period: TinyWorld.h1)
        let result = try run(claims: [first, second])
        #expect(result.claims.map(\.spec.id) == ["c", "d"])
        // North 4600/260 = 17.69 vs South 40: 0.44× ≤ 1 → holds; and beside it the rest of the world,
        // CCC 40 (weight 30) and EEE 50 (weight 5): 1450/35 = 41.43, 0.43× ≤ 1 → holds.
        #expect(result.claims[0].verdicts.map(\.baseline) == [.region("South"), .restOfWorld])
        #expect(result.claims[0].verdicts.map(\.outcome) == [.holds, .holds])
        #expect(result.claims[1].verdicts.count == 2)
    }

    /// Aggregates, flags and claims are computed side by side: the result must not depend on
    /// which finishes first.
    @Test("gives the same result on every run, whichever part finishes first")
    func sameEveryRun() throws {
        let claims = [
            Self.claim(bounds: ClaimBounds(high: 1)), Self.claim(region: "South", versus: .restOfWorld),
            Self.claim(metric: "other", bounds: ClaimBounds(low: 0.5, high: 3)),
        ]
        let first = try run(claims: claims)
        for _ in 0..<25 { #expect(try run(claims: claims) == first) }
    }

    /// A build aggregates only the metrics it reports: the others' aggregates and ratios are
    /// not computed, theirs are what a full run gives, and flags and claims (here on the metric
    /// left out) do not change.
    @Test("aggregates only the metrics asked for; flags and claims are unchanged")
    func aggregatedMetrics() throws {
        let claims = [Self.claim(bounds: ClaimBounds(high: 1))]
        let rules = [UnderservedRule(conditions: [.metric("share", .below, 15)], combination: .any)]
        let full = try run(claims: claims, rules: rules)
        var options = AnalysisOptions()
        options.aggregatedMetrics = ["other"]
        let some = try run(claims: claims, rules: rules, options: options)
        #expect(Set(some.aggregates.map(\.metric)) == ["other"])
        #expect(Set(some.ratios.map(\.metric)) == ["other"])
        #expect(some.aggregates == full.aggregates.filter { $0.metric == "other" })
        #expect(some.ratios == full.ratios.filter { $0.metric == "other" })
        #expect(!some.flags.isEmpty && some.flags == full.flags)
        #expect(some.claims == full.claims && some.claims[0].verdicts.count == 2)
        options.aggregatedMetrics = []
        let none = try run(claims: claims, rules: rules, options: options)
        #expect(none.aggregates.isEmpty && none.ratios.isEmpty && none.claims == full.claims)
    }
}
