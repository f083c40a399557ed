import GeoAnalysis
import GeoModel
import Testing

@Suite("Regional aggregates on a five-economy fixture")
struct AggregatorTests {
    let tables = TinyWorld.tables()

    func aggregate(
        _ region: String, metric: Metric = TinyWorld.share, observations: [Observation] = TinyWorld.shares,
        excluding: [AreaCode] = [], minimumCoverage: Double = 0.5, extraMetrics: [Metric] = []
    ) throws -> RegionalAggregate {
        let aggregator = try Aggregator(
            metrics: [metric] + extraMetrics, observations: observations, tables: tables)
        return try aggregator.aggregate(
            metric: metric.id, period: TinyWorld.h1, grouping: TinyWorld.regions, region: region,
            excluding: excluding, minimumCoverage: minimumCoverage)
    }

    @Test("weights members by working-age population")
    func weightedMean() throws {
        let north = try aggregate("North")
        // (60·10 + 200·20) / (60 + 200) = 4600 / 260 = 17.6923…
        let mean = try #require(north.mean)
        #expect(abs(mean.point - 4600.0 / 260.0) < 1e-12)
        #expect(mean.low == mean.point && mean.high == mean.point)
        // median of 10 and 20
        #expect(north.median == Estimate(exactly: 15))
        #expect(north.coverage == 1)
        #expect(north.members == [TinyWorld.code("AAA"), TinyWorld.code("BBB")])
        #expect(north.withheldReason == nil)
    }

    @Test("counts a member without population nowhere: not in the mean, the median, the coverage or the count")
    func memberWithoutWeight() throws {
        let south = try aggregate("South")
        // CCC (weight 30, value 40) only: mean 40; DDD (value 30) has no weight.
        #expect(south.mean == Estimate(exactly: 40))
        // Counted and weighted alike: the median is CCC's alone (not the median of 40 and 30, 35).
        #expect(south.median == Estimate(exactly: 40))
        // coverage 30 / 30: DDD's weight is unknown, so it is on neither side.
        #expect(south.coverage == 1)
        #expect(south.membersWithoutWeight == [TinyWorld.code("DDD")])
        #expect(south.membersWithDataWithoutWeight == [TinyWorld.code("DDD")])
        #expect(south.membersWithData == [TinyWorld.code("CCC")])
    }

    @Test("names one economy carrying more than half of the weight, with the mean without it")
    func dominanceByWeight() throws {
        let north = try aggregate("North")
        // BBB holds 200 of 260 working-age people (77 %); without it the mean is AAA's 10.
        let dominance = try #require(north.dominance)
        #expect(dominance.iso3 == TinyWorld.code("BBB"))
        #expect(abs(dominance.weightShare - 200.0 / 260.0) < 1e-12)
        // Its share of Σ w·v: 200·20 / (60·10 + 200·20) = 4000 / 4600.
        #expect(abs(dominance.totalShare - 4000.0 / 4600.0) < 1e-12)
        #expect(dominance.meanWithout == Estimate(exactly: 10))
    }

    @Test("names one economy carrying more than half of the weighted total though not of the weight")
    func dominanceByTotal() throws {
        let observations = [TinyWorld.observation("AAA", 100), TinyWorld.observation("BBB", 1)]
        let north = try aggregate("North", observations: observations)
        // Weights 60 and 200: AAA carries 23 % of the weight but 6000 / 6200 = 97 % of Σ w·v,
        // as China does for the world's DeepSeek share; without it the mean is BBB's 1.
        let dominance = try #require(north.dominance)
        #expect(dominance.iso3 == TinyWorld.code("AAA"))
        #expect(abs(dominance.weightShare - 60.0 / 260.0) < 1e-12)
        #expect(abs(dominance.totalShare - 6000.0 / 6200.0) < 1e-12)
        #expect(dominance.meanWithout == Estimate(exactly: 1))
        let even = try aggregate(
            "South", observations: [TinyWorld.observation("CCC", 40), TinyWorld.observation("EEE", 50)])
        // South with data: CCC only (DDD has no weight): a single member is never "dominant".
        #expect(even.dominance == nil)
    }

    @Test("withholds the value below the minimum coverage and says why")
    func coverageCutOff() throws {
        let withoutBBB = TinyWorld.shares.filter { $0.iso3 != TinyWorld.code("BBB") }
        let north = try aggregate("North", observations: withoutBBB)
        // 60 / (60 + 200) = 0.2308
        #expect(abs((north.coverage ?? 0) - 60.0 / 260.0) < 1e-12)
        #expect(north.mean == nil)
        #expect(north.median == nil)
        #expect(north.hasValue == false)
        #expect(north.withheldReason == "coverage 23 % of working-age population is below the minimum 50 %")

        let lenient = try aggregate("North", observations: withoutBBB, minimumCoverage: 0.2)
        #expect(lenient.mean == Estimate(exactly: 10))
    }

    struct CoverageCase: Sendable, CustomStringConvertible {
        let workingAgeWithData: Double
        let workingAgeWithout: Double
        let minimum: Double
        let reason: String?
        var description: String { reason ?? "has a value" }
    }

    @Test(
        "states coverage without rounding across the minimum",
        arguments: [
            // 497 / 1000 = 49.7 % would round to "50 %"; one decimal keeps it below.
            CoverageCase(
                workingAgeWithData: 497, workingAgeWithout: 503, minimum: 0.5,
                reason: "coverage 49.7 % of working-age population is below the minimum 50 %"),
            // 310 / 1000
            CoverageCase(
                workingAgeWithData: 310, workingAgeWithout: 690, minimum: 0.5,
                reason: "coverage 31 % of working-age population is below the minimum 50 %"),
            // 500 / 1000 reaches the minimum exactly.
            CoverageCase(workingAgeWithData: 500, workingAgeWithout: 500, minimum: 0.5, reason: nil),
            // 0 / 1000 against a 75 % minimum
            CoverageCase(
                workingAgeWithData: 0, workingAgeWithout: 1000, minimum: 0.75,
                reason: "coverage 0 % of working-age population is below the minimum 75 %"),
        ])
    func coverageReasons(_ example: CoverageCase) throws {
        let economies = [
            TinyWorld.economy("AAA", region: "R", population: 1, workingAge: example.workingAgeWithData),
            TinyWorld.economy("BBB", region: "R", population: 1, workingAge: example.workingAgeWithout),
            TinyWorld.economy("CCC", region: "R", population: 1, workingAge: 1e-9),
        ]
        // CCC has data with a negligible weight, so the group always has a member with data.
        var observations = [TinyWorld.observation("CCC", 5)]
        if example.workingAgeWithData > 0 { observations.append(TinyWorld.observation("AAA", 5)) }
        let tables = TinyWorld.tables(economies: economies)
        let grouping = RegionGrouping(id: "g", label: "G", membership: tables.economies.mapValues(\.region))
        let aggregate = try Aggregator(metrics: [TinyWorld.share], observations: observations, tables: tables)
            .aggregate(
                metric: "share", period: TinyWorld.h1, grouping: grouping, region: "R",
                minimumCoverage: example.minimum)
        #expect(aggregate.withheldReason == example.reason)
    }

    @Test("says so when no member has data")
    func noData() throws {
        let south = try aggregate("South", observations: [TinyWorld.observation("AAA", 10)])
        // The metric's label, never its id, in the reason.
        #expect(south.withheldReason == "no member has data for Share in 2025-H1")
        #expect(south.membersWithData.isEmpty)
        #expect(south.coverage == 0)
    }

    @Test("treats insufficient data as no data, never as zero")
    func insufficientData() throws {
        let observations = [
            TinyWorld.observation("AAA", 10), TinyWorld.observation("BBB", nil, status: .insufficientData),
        ]
        let north = try aggregate("North", observations: observations, minimumCoverage: 0.2)
        // Only AAA: mean 10 (not (60·10 + 200·0) / 260 = 2.3).
        #expect(north.mean == Estimate(exactly: 10))
        #expect(north.membersWithData == [TinyWorld.code("AAA")])
    }

    @Test(
        "propagates bands: lows with lows, highs with highs, midpoint for band-only values, a published point as its own range"
    )
    func bands() throws {
        let observations = [
            // AAA: band only, 16–20 → point 18
            TinyWorld.observation("AAA", nil, low: 16, high: 20),
            // BBB: open band ">25" arrives as 25–100, with a published point 56
            TinyWorld.observation("BBB", 56, low: 25, high: 100),
        ]
        let north = try aggregate("North", observations: observations)
        let mean = try #require(north.mean)
        // point (60·18 + 200·56) / 260 = (1080 + 11200) / 260 = 47.2308
        #expect(abs(mean.point - 12280.0 / 260.0) < 1e-12)
        // BBB's published 56 is its own low and high; its band >25 is context only.
        // low   (60·16 + 200·56) / 260 = (960 + 11200) / 260 = 46.7692
        #expect(abs(mean.low - 12160.0 / 260.0) < 1e-12)
        // high  (60·20 + 200·56) / 260 = (1200 + 11200) / 260 = 47.6923
        #expect(abs(mean.high - 12400.0 / 260.0) < 1e-12)
        // median: points (18, 56) → 37, lows (16, 56) → 36, highs (20, 56) → 38
        #expect(north.median == Estimate(point: 37, low: 36, high: 38))
        #expect(north.membersAtBandMidpoint == [TinyWorld.code("AAA")])
    }

    @Test("weights by users: a percent share ÷ 100 × working-age population")
    func usersWeight() throws {
        let users = Metric(id: "users", label: "AI user share", unit: .percent, weight: .workingAgePopulation)
        let product = Metric(id: "product", label: "Product share", unit: .percent, weight: .users(of: "users"))
        let observations = [
            // AAA: 50 % of 60 = 30 users; BBB: 10 % of 200 = 20 users
            TinyWorld.observation("AAA", 50, metric: "users"), TinyWorld.observation("BBB", 10, metric: "users"),
            TinyWorld.observation("AAA", 40, metric: "product"), TinyWorld.observation("BBB", 90, metric: "product"),
        ]
        let north = try aggregate("North", metric: product, observations: observations, extraMetrics: [users])
        // (30·40 + 20·90) / 50 = (1200 + 1800) / 50 = 60; by working-age it would be (2400 + 18000) / 260 = 78.5
        #expect(north.mean == Estimate(exactly: 60))
        // coverage is measured in working-age population: both have data → 1
        #expect(north.coverage == 1)
    }

    @Test("without users data, a member cannot be weighted and counts against the coverage")
    func usersWeightMissing() throws {
        let users = Metric(id: "users", label: "AI user share", unit: .percent, weight: .workingAgePopulation)
        let product = Metric(id: "product", label: "Product share", unit: .percent, weight: .users(of: "users"))
        let observations = [
            TinyWorld.observation("AAA", 50, metric: "users"),
            TinyWorld.observation("AAA", 40, metric: "product"), TinyWorld.observation("BBB", 90, metric: "product"),
        ]
        let north = try aggregate(
            "North", metric: product, observations: observations, minimumCoverage: 0.2, extraMetrics: [users])
        // BBB has product data but no user share: the mean is AAA's alone.
        #expect(north.mean == Estimate(exactly: 40))
        #expect(north.membersWithDataWithoutWeight == [TinyWorld.code("BBB")])
        // Coverage in working-age population: only AAA's value enters the mean, 60 / (60 + 200).
        #expect(north.coverage == 60.0 / 260.0)
        let strict = try aggregate("North", metric: product, observations: observations, extraMetrics: [users])
        #expect(strict.withheldReason == "coverage 23 % of working-age population is below the minimum 50 %")
        // Counted and weighted alike: BBB is not in the median either (not (40 + 90) / 2), nor in the count.
        #expect(north.median == Estimate(exactly: 40))
        #expect(north.membersWithData == [TinyWorld.code("AAA")])
    }

    @Test("an unweighted metric gives every member weight 1 and counts coverage in members")
    func unweighted() throws {
        let plain = Metric(id: "share", label: "Share", unit: .percent, weight: .none)
        let observations = [TinyWorld.observation("CCC", 40)]
        let south = try aggregate("South", metric: plain, observations: observations)
        // 1 of 2 members has data
        #expect(south.coverage == 0.5)
        #expect(south.mean == Estimate(exactly: 40))
        #expect(south.membersWithoutWeight.isEmpty)
        let strict = try aggregate("South", metric: plain, observations: observations, minimumCoverage: 0.6)
        #expect(strict.withheldReason == "coverage 50 % of members is below the minimum 60 %")
    }

    @Test("excluding an economy removes it from the group and its coverage")
    func exclusion() throws {
        let north = try aggregate("North", excluding: [TinyWorld.code("BBB")])
        #expect(north.mean == Estimate(exactly: 10))
        #expect(north.members == [TinyWorld.code("AAA")])
        #expect(north.excluded == [TinyWorld.code("BBB")])
    }

    @Test("the rest of the world is every economy outside the group, unassigned ones included")
    func restOfWorld() throws {
        let aggregator = try Aggregator(metrics: [TinyWorld.share], observations: TinyWorld.shares, tables: tables)
        let rest = try aggregator.aggregateRestOfWorld(
            metric: "share", period: TinyWorld.h1, grouping: TinyWorld.regions, outside: "North")
        #expect(rest.members == ["CCC", "DDD", "EEE"].map(TinyWorld.code))
        #expect(rest.region == "Rest of world")
        // (30·40 + 5·50) / 35 = (1200 + 250) / 35 = 41.4286; DDD unweighted
        #expect(abs((rest.mean?.point ?? 0) - 1450.0 / 35.0) < 1e-12)
        // median of 40 and 50 (DDD has no weight, so it is counted nowhere)
        #expect(rest.median == Estimate(exactly: 45))
    }

    @Test("an unknown group or metric is a data error that lists what exists")
    func unknownNames() throws {
        let aggregator = try Aggregator(metrics: [TinyWorld.share], observations: TinyWorld.shares, tables: tables)
        let error = try #require(throws: GeoError.self) {
            try aggregator.aggregate(metric: "share", period: TinyWorld.h1, grouping: TinyWorld.regions, region: "East")
        }
        #expect(error.code == .dataError)
        #expect(error.message == "Grouping 'm49_region' has no group 'East'")
        #expect(error.hint == "Its groups are: North, South.")
        let metricError = try #require(throws: GeoError.self) {
            try aggregator.aggregate(
                metric: "other", period: TinyWorld.h1, grouping: TinyWorld.regions, region: "North")
        }
        #expect(metricError.message == "Metric 'other' is not declared")
    }

    @Test("rejects two observations with the same key and a users weight on an undeclared metric")
    func invalidInputs() throws {
        let duplicate = try #require(throws: GeoError.self) {
            try Aggregator(
                metrics: [TinyWorld.share], observations: TinyWorld.shares + [TinyWorld.observation("AAA", 11)],
                tables: tables)
        }
        #expect(duplicate.code == .dataError)
        #expect(duplicate.message == "Two observations of share for AAA in 2025-H1")
        let product = Metric(id: "product", label: "Product", unit: .percent, weight: .users(of: "users"))
        let undeclared = try #require(throws: GeoError.self) {
            try Aggregator(metrics: [product], observations: [], tables: tables)
        }
        #expect(
            undeclared.message == "Metric 'product' is weighted by users of 'users', which is not a declared metric")
    }
}
