/// One group's value for one metric and period: weighted mean, unweighted median, coverage,
/// and — when the value is withheld — why.
///
/// Semantics (see DESIGN.md, "Analysis semantics"):
/// - mean = Σ wᵢ·vᵢ / Σ wᵢ over members with data and a known weight;
/// - coverage = Σ wᵢ (members whose value enters the mean) / Σ wᵢ (all members with a known
///   weight), measured in working-age population for a `users:` weight (an economy's users are
///   unknown when it has no value of the share metric, so a coverage in users would always
///   read 100 %);
/// - the median is unweighted, over the same members as the mean: a value that cannot be
///   weighted is counted nowhere and listed in ``membersWithDataWithoutWeight``;
/// - a range propagates: the low uses members' lows (their value where there is no band),
///   the high uses their highs; a band without a point value counts at its midpoint (those
///   members are listed in ``membersAtBandMidpoint``), and an open band such as ">25" arrives
///   as 25–100.
///
/// Members whose weight is unknown (no population in the reference table, or no value of
/// the metric a `users:` weight multiplies by) cannot be weighted: they are left out of the
/// mean and the median, and listed in ``membersWithoutWeight`` so the report can name them; those
/// that have data but were left out are ``membersWithDataWithoutWeight``. Such a member counts in the
/// coverage's denominator when its working-age population is known (a `users:` weight), never
/// in its numerator; a member whose population is unknown is on neither side. Below the minimum coverage the group has no value (both mean
/// and median are `nil`) and ``withheldReason`` says why, e.g.
/// "coverage 31 % of working-age population is below the minimum 50 %".
public struct RegionalAggregate: Hashable, Sendable {
    /// The grouping id, e.g. `m49_region`.
    public let groupingID: String
    /// The group's name, e.g. "Africa", or "Rest of world" for the complement of a group.
    public let region: String
    /// The period.
    public let period: Period
    /// The metric id.
    public let metric: String
    /// The weight the mean used.
    public let weight: Weight
    /// Economies left out by the estimator (e.g. `CHN`), sorted; usually empty.
    public let excluded: [AreaCode]
    /// Every member economy (after exclusions), sorted.
    public let members: [AreaCode]
    /// Members with a value (point or band) for the metric and period, sorted.
    public let membersWithData: [AreaCode]
    /// Members whose weight is unknown, sorted; they are not in the mean (but are in the median).
    public let membersWithoutWeight: [AreaCode]
    /// Members with a value that cannot be weighted (e.g. Luxembourg: a DeepSeek band, no AI user
    /// share), sorted; they are in neither the count of members with data, the mean nor the median.
    public let membersWithDataWithoutWeight: [AreaCode]
    /// Members with data published only as a band, whose point is the band's midpoint, sorted.
    public let membersAtBandMidpoint: [AreaCode]
    /// Σ w (members whose value enters the mean) / Σ w (members with a known weight), in
    /// working-age population for a `users:` weight; `nil` when no member's weight is known.
    public let coverage: Double?
    /// The minimum coverage the value needed.
    public let minimumCoverage: Double
    /// The one member carrying more than half of the weight, with the mean without it; `nil` when none does.
    public let dominance: Dominance?
    /// The weighted mean with its range; `nil` when withheld.
    public let mean: Estimate?
    /// The unweighted median with its range; `nil` when withheld.
    public let median: Estimate?
    /// Why the group has no value; `nil` when it has one.
    public let withheldReason: String?

    /// Creates an aggregate.
    public init(
        groupingID: String, region: String, period: Period, metric: String, weight: Weight, excluded: [AreaCode],
        members: [AreaCode], membersWithData: [AreaCode], membersWithoutWeight: [AreaCode],
        membersWithDataWithoutWeight: [AreaCode] = [],
        membersAtBandMidpoint: [AreaCode], coverage: Double?, minimumCoverage: Double, mean: Estimate?,
        median: Estimate?,
        dominance: Dominance? = nil, withheldReason: String?
    ) {
        self.groupingID = groupingID
        self.region = region
        self.period = period
        self.metric = metric
        self.weight = weight
        self.excluded = excluded
        self.members = members
        self.membersWithData = membersWithData
        self.membersWithoutWeight = membersWithoutWeight
        self.membersWithDataWithoutWeight = membersWithDataWithoutWeight
        self.membersAtBandMidpoint = membersAtBandMidpoint
        self.coverage = coverage
        self.minimumCoverage = minimumCoverage
        self.mean = mean
        self.median = median
        self.dominance = dominance
        self.withheldReason = withheldReason
    }

    /// Whether the group has a value (coverage reached the minimum).
    public var hasValue: Bool { withheldReason == nil }

    /// The value under an estimator's statistic (the exclusions are already applied to this aggregate).
    public func estimate(for kind: Estimator.Kind) -> Estimate? {
        switch kind {
        case .weightedMean: mean
        case .median: median
        }
    }
}
