public import GeoModel

/// Compares two snapshots of one metric: per economy, per group, and claim verdicts.
///
/// The two sides are analysed separately (each with its own observations, so a revision diff
/// of one period works), then matched by economy and by group.
///
/// ```swift
/// let diff = try SnapshotDiffer(metrics: metrics, tables: tables, groupings: groupings)
///     .diff(pipeline: "ai-diffusion", metric: "ai_user_share",
///           from: (SnapshotReference(period: h1), h1Observations),
///           to: (SnapshotReference(period: h2), h2Observations),
///           classOf: { breaks.classNumber(of: $0) }, classLabels: labels)
/// diff.topRisers(3).map(\.iso3)   // the three largest increases
/// ```
public struct SnapshotDiffer: Sendable {
    /// The metrics declared (for weights and units).
    public let metrics: [Metric]
    /// The reference tables.
    public let tables: ReferenceTables
    /// The groupings whose groups are compared.
    public let groupings: [RegionGrouping]
    /// Rules for pipeline flags.
    public let rules: [UnderservedRule]
    /// Claims to re-evaluate on both sides (those of the diffed metric).
    public let claims: [ClaimSpec]
    /// The minimum coverage for a group's value.
    public let minimumCoverage: Double
    /// Shared estimates found over every period (``SharedEstimates/find(metric:in:)``); `nil` to find
    /// them from the two snapshots alone.
    public var knownSharedEstimates: [SharedEstimate]?

    /// Creates a differ.
    public init(
        metrics: [Metric], tables: ReferenceTables, groupings: [RegionGrouping], rules: [UnderservedRule] = [],
        claims: [ClaimSpec] = [], minimumCoverage: Double = 0.5
    ) {
        self.metrics = metrics
        self.tables = tables
        self.groupings = groupings
        self.rules = rules
        self.claims = claims
        self.minimumCoverage = minimumCoverage
    }

    /// Diffs `metric` between two snapshots.
    ///
    /// - Parameters:
    ///   - from: The earlier snapshot and all its observations (every metric, for weights).
    ///   - to: The later snapshot and its observations.
    ///   - classOf: The class number (1 = lowest) of a value under one shared set of breaks, or `nil`.
    ///   - classLabels: Labels of those classes, in order.
    /// - Throws: ``GeoError`` (data error) for an undeclared metric.
    public func diff(
        pipeline: String, metric metricID: String, from: (SnapshotReference, [Observation]),
        to: (SnapshotReference, [Observation]), classOf: (Double) -> Int?, classLabels: [String]
    ) throws(GeoError) -> SnapshotDiff {
        guard let metric = metrics.first(where: { $0.id == metricID }) else {
            throw GeoError(
                .dataError, "metric '\(metricID)' is not declared",
                hint: "Declared: \(metrics.map(\.id).joined(separator: ", ")).")
        }
        let earlier = try Side(reference: from.0, observations: from.1, differ: self, metric: metricID)
        let later = try Side(reference: to.0, observations: to.1, differ: self, metric: metricID)
        let codes = Set(earlier.values.keys).union(later.values.keys).sorted()
        let economies = codes.map { iso3 in
            change(iso3, earlier: earlier, later: later, classOf: classOf)
        }
        var regions: [SnapshotDiff.RegionChange] = []
        for grouping in groupings {
            for region in grouping.regions {
                let before = try earlier.aggregator.aggregate(
                    metric: metricID, period: from.0.period, grouping: grouping, region: region,
                    minimumCoverage: minimumCoverage)
                let after = try later.aggregator.aggregate(
                    metric: metricID, period: to.0.period, grouping: grouping, region: region,
                    minimumCoverage: minimumCoverage)
                regions.append(SnapshotDiff.RegionChange(from: before, to: after))
            }
        }
        return SnapshotDiff(
            pipeline: pipeline, metric: metric, from: from.0, to: to.0, economies: economies, regions: regions,
            claimFlips: try claimFlips(metric: metricID, earlier: earlier, later: later), classLabels: classLabels,
            sharedEstimates: sharedEstimates(metric: metricID, from: from, to: to))
    }

    /// The known shared estimates covering both periods, else those the two snapshots show (the same
    /// value in both); none for a revision diff of one period.
    private func sharedEstimates(
        metric: String, from: (SnapshotReference, [Observation]), to: (SnapshotReference, [Observation])
    ) -> [SharedEstimate] {
        guard from.0.period != to.0.period else { return [] }
        if let known = knownSharedEstimates {
            return known.filter {
                $0.metric == metric && $0.value(in: from.0.period) != nil && $0.value(in: to.0.period) != nil
            }
        }
        return SharedEstimates.find(metric: metric, in: from.1 + to.1)
    }

    private func change(_ iso3: AreaCode, earlier: Side, later: Side, classOf: (Double) -> Int?) -> EconomyChange {
        let before = earlier.values[iso3]
        let after = later.values[iso3]
        var change: Estimate?
        var relative: Double?
        if let before, let after, let a = before.representativeValue, let b = after.representativeValue {
            // A published point is its own low and high; only a band without a point has a range.
            let (lowBefore, highBefore) = before.value != nil ? (a, a) : (before.low ?? a, before.high ?? a)
            let (lowAfter, highAfter) = after.value != nil ? (b, b) : (after.low ?? b, after.high ?? b)
            change = Estimate(point: b - a, low: lowAfter - highBefore, high: highAfter - lowBefore)
            relative = a == 0 ? nil : (b - a) / a
        }
        let status: EconomyChange.Status = before == nil ? .entered : (after == nil ? .left : .both)
        let flagsBefore = earlier.flags[iso3] ?? []
        let flagsAfter = later.flags[iso3] ?? []
        return EconomyChange(
            iso3: iso3, name: tables.name(of: iso3), from: before, to: after, change: change, relativeChange: relative,
            fromRank: earlier.ranks[iso3], toRank: later.ranks[iso3],
            fromClass: before?.representativeValue.flatMap(classOf),
            toClass: after?.representativeValue.flatMap(classOf),
            flagsGained: flagsAfter.subtracting(flagsBefore).sorted(),
            flagsLost: flagsBefore.subtracting(flagsAfter).sorted(),
            status: status)
    }

    private func claimFlips(metric: String, earlier: Side, later: Side) throws(GeoError) -> [SnapshotDiff.ClaimFlip] {
        var flips: [SnapshotDiff.ClaimFlip] = []
        for claim in claims where claim.metric == metric {
            guard let grouping = groupings.first(where: { $0.id == claim.grouping }) else { continue }
            let before = try earlier.aggregator.evaluate(
                claim.at(earlier.period), in: grouping, minimumCoverage: minimumCoverage, robustness: false)
            let after = try later.aggregator.evaluate(
                claim.at(later.period), in: grouping, minimumCoverage: minimumCoverage, robustness: false)
            for (old, new) in zip(before.verdicts, after.verdicts) where old.outcome != new.outcome {
                flips.append(
                    SnapshotDiff.ClaimFlip(
                        claimID: claim.id, estimator: new.estimator, baseline: new.baseline, from: old.outcome,
                        to: new.outcome))
            }
        }
        return flips
    }

    /// One analysed side of a diff.
    private struct Side {
        let period: Period
        let values: [AreaCode: Observation]
        let ranks: [AreaCode: Int]
        let flags: [AreaCode: Set<FlagID>]
        let aggregator: Aggregator

        init(reference: SnapshotReference, observations: [Observation], differ: SnapshotDiffer, metric: String)
            throws(GeoError)
        {
            period = reference.period
            let ofPeriod = observations.filter { $0.period == reference.period }
            var values: [AreaCode: Observation] = [:]
            for observation in ofPeriod where observation.metric == metric && observation.representativeValue != nil {
                values[observation.iso3] = observation
            }
            self.values = values
            ranks = Self.competitionRanks(values.compactMapValues(\.representativeValue))
            let flagger = Flagger(tables: differ.tables, metrics: differ.metrics, observations: ofPeriod)
            var flags: [AreaCode: Set<FlagID>] = [:]
            for flag in flagger.flags(
                economies: differ.tables.economies.keys.sorted(), periods: [period], rules: differ.rules)
            {
                flags[flag.iso3, default: []].insert(flag.flag)
            }
            self.flags = flags
            aggregator = try Aggregator(metrics: differ.metrics, observations: ofPeriod, tables: differ.tables)
        }

        /// "1224" ranking, 1 = highest: one plus the number of strictly greater values.
        static func competitionRanks(_ values: [AreaCode: Double]) -> [AreaCode: Int] {
            let sorted = values.values.sorted(by: >)
            return values.mapValues { value in 1 + sorted.prefix { $0 > value }.count }
        }
    }
}

extension ClaimSpec {
    /// The same claim for another period.
    func at(_ period: Period) -> ClaimSpec {
        ClaimSpec(
            id: id, text: text, metric: metric, grouping: grouping, region: region, versus: versus, bounds: bounds,
            estimators: estimators, period: period, definition: definition)
    }
}
