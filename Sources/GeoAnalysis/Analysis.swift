public import GeoModel

/// The analysis stage: aggregates, ratios, flags and claim verdicts from in-memory values.
///
/// ```swift
/// let result = try Analysis.run(
///     metrics: [aiUserShare], observations: observations, tables: tables,
///     groupings: RegionGrouping.standard(from: tables))
/// result.aggregates.first { $0.groupingID == "world" && $0.period == Period("2025-H2")! }?.mean?.point
/// // 16.35 (working-age-weighted mean of the 147 economies)
/// ```
public enum Analysis {
    /// Computes everything, deterministically ordered (see ``AnalysisResult``).
    ///
    /// - Aggregates: every metric (of ``AnalysisOptions/aggregatedMetrics``, when given) ×
    ///   grouping × group × period in which the metric has observations.
    /// - Ratios: for every grouping with two or more groups, each group vs the rest of the world
    ///   and (with ``AnalysisOptions/includesPairwiseRatios``) vs each other group, under each of
    ///   ``AnalysisOptions/ratioEstimators``.
    /// - Flags: every economy the reference tables know × every period of the observations.
    /// - Claims: each claim under its own estimators.
    ///
    /// - Parameters:
    ///   - metrics: The declared metrics, in report order.
    ///   - observations: The observations; those of undeclared metrics are ignored.
    ///   - tables: Reference tables (populations, sanctions, provider gaps, names).
    ///   - groupings: Groupings in report order, e.g. ``RegionGrouping/standard(from:)`` plus custom ones.
    ///   - underservedRules: The pipeline's underserved rules.
    ///   - claims: Claims to check.
    ///   - options: Minimum coverage and ratio settings.
    /// - Returns: The result.
    /// - Throws: ``GeoError`` (data error, exit 65) when the specification is inconsistent: a
    ///   duplicate grouping id, a claim naming an unknown metric, grouping or group, a claim
    ///   without estimators or bounds, bounds out of order, a minimum coverage outside 0–1, a
    ///   users weight on an undeclared metric, or two observations with the same key.
    /// - Complexity: O(g · r · p · m · n) for g groupings, r groups, p periods, m metrics and n
    ///   economies, plus r² for pairwise ratios.
    public static func run(
        metrics: [Metric], observations: [Observation], tables: ReferenceTables, groupings: [RegionGrouping],
        underservedRules: [UnderservedRule] = [], claims: [ClaimSpec] = [], options: AnalysisOptions = AnalysisOptions()
    ) throws(GeoError) -> AnalysisResult {
        try validate(
            metrics: metrics, groupings: groupings, rules: underservedRules, claims: claims, options: options)
        let aggregator = try Aggregator(metrics: metrics, observations: observations, tables: tables)
        // The aggregates and ratios, the flags and each claim are independent: they are computed
        // side by side (a build's other pipeline may be done and its core idle) and put together
        // in the order a single pass makes them.
        let ((aggregates, ratios), (flags, evaluations)) = try Parallel.both(
            { () throws(GeoError) in
                Self.aggregatesAndRatios(
                    metrics: metrics.filter { options.aggregatedMetrics?.contains($0.id) ?? true }, tables: tables,
                    groupings: groupings, options: options, aggregator: aggregator)
            },
            { () throws(GeoError) in
                let flagger = Flagger(tables: tables, metrics: metrics, observations: observations)
                let allPeriods = Array(Set(observations.map(\.period)))
                let flags = flagger.flags(economies: flagger.economies, periods: allPeriods, rules: underservedRules)
                let checked = claims.compactMap { claim in
                    groupings.first { $0.id == claim.grouping }.map { (claim, $0) }
                }
                let evaluations = try Parallel.map(checked) { claim, grouping throws(GeoError) in
                    try aggregator.evaluate(claim, in: grouping, minimumCoverage: options.minimumCoverage)
                }
                return (flags, evaluations)
            })
        return AnalysisResult(aggregates: aggregates, ratios: ratios, flags: flags, claims: evaluations)
    }

    /// Every grouping's aggregates and ratios, metric by metric, grouping by grouping; each
    /// metric and grouping on whichever core is free, the results in that order.
    private static func aggregatesAndRatios(
        metrics: [Metric], tables: ReferenceTables, groupings: [RegionGrouping], options: AnalysisOptions,
        aggregator: Aggregator
    ) -> (aggregates: [RegionalAggregate], ratios: [Ratio]) {
        // Every area's inputs are looked up once per metric and period, and each grouping's
        // groups are carved out of them once; aggregates and ratios are then passes over arrays.
        let universe = Array(
            groupings.reduce(into: Set(tables.economies.keys)) { $0.formUnion($1.membership.keys) })
        // Each metric's periods, found once (a scan of every observation).
        let periods = Parallel.map(metrics) { aggregator.periods(of: $0.id) }
        let everyone = Parallel.map(Array(metrics.indices)) { metric in
            periods[metric].map { aggregator.inputs(of: universe, metric: metrics[metric], period: $0) }
        }
        let work = metrics.indices.flatMap { metric in groupings.indices.map { (metric, $0) } }
        let parts = Parallel.map(work) { metric, grouping in
            aggregatesAndRatios(
                of: groupings[grouping], metric: metrics[metric], periods: periods[metric], everyone: everyone[metric],
                options: options, aggregator: aggregator)
        }
        return (parts.flatMap(\.aggregates), parts.flatMap(\.ratios))
    }

    /// One grouping's aggregates and ratios of one metric in its periods.
    private static func aggregatesAndRatios(
        of grouping: RegionGrouping, metric: Metric, periods: [Period], everyone: [GroupInputs],
        options: AnalysisOptions, aggregator: Aggregator
    ) -> (aggregates: [RegionalAggregate], ratios: [Ratio]) {
        let coverage = options.minimumCoverage
        var aggregates: [RegionalAggregate] = []
        var ratios: [Ratio] = []
        let split = everyone.map { aggregator.inputs(of: grouping, from: $0) }
        // A ratio's sides are aggregates too. Each group's and each rest of the world's, in a
        // period under a set of exclusions, is computed once and shared by the group's own
        // aggregate and every ratio with that side (a pairwise ratio's baseline is another
        // group's aggregate; estimators that differ only in their statistic share both sides).
        var known: [AggregateSide: RegionalAggregate] = [:]
        func aggregate(of side: AggregateSide.Side, in index: Int, excluding excluded: [AreaCode]) -> RegionalAggregate
        {
            let key = AggregateSide(side: side, period: index, excluded: excluded)
            if let aggregate = known[key] { return aggregate }
            let inputs: GroupInputs?
            let label: String
            switch side {
            case .group(let region):
                inputs = split[index].groups[region]
                label = region
            case .restOfWorld(let region):
                inputs = split[index].outside[region]
                label = Aggregator.restOfWorldLabel
            }
            let aggregate = aggregator.aggregate(
                of: inputs ?? GroupInputs(members: []), label: label, groupingID: grouping.id, metric: metric,
                period: periods[index], excluded: excluded, minimumCoverage: coverage)
            known[key] = aggregate
            return aggregate
        }
        for region in grouping.regions {
            for index in periods.indices {
                aggregates.append(aggregate(of: .group(region), in: index, excluding: []))
            }
        }
        guard grouping.regions.count >= 2 else { return (aggregates, ratios) }
        for estimator in options.ratioEstimators {
            for index in periods.indices {
                for region in grouping.regions {
                    var baselines: [RatioBaseline] = [.restOfWorld]
                    if options.includesPairwiseRatios, grouping.regions.count <= options.maximumGroupsForPairwiseRatios
                    {
                        baselines += grouping.regions.filter { $0 != region }.map { .region($0) }
                    }
                    let numerator = aggregate(of: .group(region), in: index, excluding: estimator.excluded)
                    for baseline in baselines {
                        let denominator: RegionalAggregate
                        switch baseline {
                        case .restOfWorld:
                            denominator = aggregate(of: .restOfWorld(region), in: index, excluding: estimator.excluded)
                        case .region(let other):
                            denominator = aggregate(of: .group(other), in: index, excluding: estimator.excluded)
                        }
                        ratios.append(
                            Aggregator.ratio(
                                numerator: numerator, denominator: denominator, baseline: baseline,
                                estimator: estimator))
                    }
                }
            }
        }
        return (aggregates, ratios)
    }
}

/// One side of a ratio in one period under one set of exclusions: the key under which a
/// grouping's aggregates are computed once.
private struct AggregateSide: Hashable {
    /// A group, or the rest of the world outside one.
    enum Side: Hashable {
        case group(String)
        case restOfWorld(String)
    }

    let side: Side
    /// The period's index in the metric's periods.
    let period: Int
    /// The estimator's exclusions (sorted, as ``Estimator`` keeps them).
    let excluded: [AreaCode]
}
