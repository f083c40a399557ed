public import GeoModel

/// Computes regional aggregates and ratios from observations, weights and groupings.
///
/// ```swift
/// let aggregator = try Aggregator(metrics: [aiUserShare], observations: rows, tables: tables)
/// let africa = try aggregator.aggregate(
///     metric: "ai_user_share", period: Period("2025-H2")!,
///     grouping: .m49Regions(from: tables), region: "Africa")
/// africa.mean?.point     // working-age-weighted mean of the African economies with data
/// africa.coverage        // share of Africa's working-age population they hold
/// ```
///
/// Economies left out by an estimator (``Estimator/excluded``) are removed from every group
/// before anything is computed, including the coverage.
public struct Aggregator: Sendable {
    /// Declared metrics by id.
    let metrics: [String: Metric]
    /// One observation per economy × period × metric.
    let observations: [Observation.Key: Observation]
    /// Reference tables (populations, names).
    let tables: ReferenceTables

    /// Creates an aggregator.
    ///
    /// - Parameters:
    ///   - metrics: The declared metrics; only these are aggregated.
    ///   - observations: Observations; those of undeclared metrics are ignored.
    ///   - tables: The reference tables, for populations and names.
    /// - Throws: ``GeoError`` (data error) when two observations share economy, period and
    ///   metric, or a `users:` weight names a metric that is not declared or is not a share or count.
    public init(metrics: [Metric], observations: [Observation], tables: ReferenceTables) throws(GeoError) {
        var byID: [String: Metric] = [:]
        for metric in metrics { byID[metric.id] = metric }
        for metric in metrics {
            guard case .users(let source) = metric.weight else { continue }
            guard let weightMetric = byID[source] else {
                throw GeoError(
                    .dataError,
                    "Metric '\(metric.id)' is weighted by users of '\(source)', which is not a declared metric",
                    hint: "Declare the metric '\(source)' in the pipeline, or weight '\(metric.id)' by population.")
            }
            guard weightMetric.unit != .number else {
                throw GeoError(
                    .dataError,
                    "Metric '\(metric.id)' is weighted by users of '\(source)', whose unit is a plain number",
                    hint: "A users weight needs a percent, fraction or count metric.")
            }
        }
        var keyed: [Observation.Key: Observation] = [:]
        for observation in observations where byID[observation.metric] != nil {
            if let earlier = keyed[observation.key] {
                throw GeoError(
                    .dataError,
                    "Two observations of \(observation.metric) for \(observation.iso3) in \(observation.period)",
                    at: observation.origin, hint: "The other one is at \(earlier.origin). Keep one of them.")
            }
            keyed[observation.key] = observation
        }
        self.metrics = byID
        self.observations = keyed
        self.tables = tables
    }

    /// Every period with at least one observation of the metric, in order.
    public func periods(of metric: String) -> [Period] {
        Set(observations.keys.filter { $0.metric == metric }.map(\.period)).sorted()
    }

    /// The aggregate of one group of a grouping.
    ///
    /// - Parameters:
    ///   - metric: A declared metric id.
    ///   - period: The period.
    ///   - grouping: The grouping.
    ///   - region: A group of the grouping.
    ///   - excluded: Economies to leave out (e.g. `[CHN]`).
    ///   - minimumCoverage: The coverage needed for a value, 0–1.
    /// - Returns: The aggregate; when coverage is below the minimum it has no value and says why.
    /// - Throws: ``GeoError`` (data error) for an undeclared metric or an unknown group.
    public func aggregate(
        metric: String, period: Period, grouping: RegionGrouping, region: String, excluding excluded: [AreaCode] = [],
        minimumCoverage: Double = 0.5
    ) throws(GeoError) -> RegionalAggregate {
        let declared = try self.metric(metric)
        try Self.check(region: region, in: grouping)
        return aggregate(
            of: inputs(of: grouping.members(of: region), metric: declared, period: period), label: region,
            groupingID: grouping.id, metric: declared, period: period, excluded: excluded,
            minimumCoverage: minimumCoverage)
    }

    /// The aggregate of every economy outside a group: the reference table's economies and the
    /// grouping's members that are not in `region`.
    ///
    /// - Parameters: As for ``aggregate(metric:period:grouping:region:excluding:minimumCoverage:)``.
    /// - Returns: An aggregate whose ``RegionalAggregate/region`` is "Rest of world".
    /// - Throws: ``GeoError`` (data error) for an undeclared metric or an unknown group.
    public func aggregateRestOfWorld(
        metric: String, period: Period, grouping: RegionGrouping, outside region: String,
        excluding excluded: [AreaCode] = [], minimumCoverage: Double = 0.5
    ) throws(GeoError) -> RegionalAggregate {
        let declared = try self.metric(metric)
        try Self.check(region: region, in: grouping)
        return aggregate(
            of: inputs(of: restOfWorld(outside: region, in: grouping), metric: declared, period: period),
            label: Self.restOfWorldLabel, groupingID: grouping.id, metric: declared, period: period, excluded: excluded,
            minimumCoverage: minimumCoverage)
    }

    /// Every economy outside a group: the reference table's economies and the grouping's
    /// members that are not in `region`.
    func restOfWorld(outside region: String, in grouping: RegionGrouping) -> [AreaCode] {
        let universe = Set(tables.economies.keys).union(grouping.membership.keys)
        return universe.filter { grouping.region(of: $0) != region }
    }

    /// The group name of a rest-of-world aggregate.
    public static let restOfWorldLabel = "Rest of world"

    func metric(_ id: String) throws(GeoError) -> Metric {
        guard let metric = metrics[id] else {
            let known = metrics.keys.sorted().joined(separator: ", ")
            throw GeoError(.dataError, "Metric '\(id)' is not declared", hint: "Declared metrics: \(known).")
        }
        return metric
    }

    static func check(region: String, in grouping: RegionGrouping) throws(GeoError) {
        guard grouping.contains(region: region) else {
            throw GeoError(
                .dataError, "Grouping '\(grouping.id)' has no group '\(region)'",
                hint: "Its groups are: \(grouping.regions.joined(separator: ", ")).")
        }
    }
}
