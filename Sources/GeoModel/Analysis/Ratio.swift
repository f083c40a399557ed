/// What a group is compared with: another group of the same grouping, or every economy outside it.
public enum RatioBaseline: Hashable, Sendable, CustomStringConvertible {
    /// Another group of the same grouping, e.g. "Europe".
    case region(String)
    /// All economies not in the group (the rest of the world), with the same weights.
    case restOfWorld

    /// The group's name, or "rest of world".
    public var description: String {
        switch self {
        case .region(let name): name
        case .restOfWorld: "rest of world"
        }
    }
}

/// The ratio of one group's value to a baseline's, under a stated estimator.
///
/// ```
/// Africa / Europe, deepseek_share 2025-H2, weighted mean (weights: AI users):
///   numerator 10.49 (8.50–12.50), denominator 7.40 (4.03–13.20) → 1.4× (0.64–3.1×)
/// ```
///
/// Both sides carry their full ``RegionalAggregate`` (members, coverage, mean, median) so a
/// reader can see the numbers behind the ratio.
public struct Ratio: Hashable, Sendable {
    /// The grouping both groups come from.
    public let groupingID: String
    /// The group in the numerator, e.g. "Africa".
    public let region: String
    /// What it is compared with.
    public let baseline: RatioBaseline
    /// The metric id.
    public let metric: String
    /// The period.
    public let period: Period
    /// The statistic used on both sides, and any economies left out of both.
    public let estimator: Estimator
    /// The numerator group's aggregate (exclusions applied).
    public let numerator: RegionalAggregate
    /// The baseline's aggregate (exclusions applied).
    public let denominator: RegionalAggregate
    /// The ratio with its range; `nil` when it cannot be computed.
    public let value: RatioEstimate?
    /// Why there is no ratio ("Europe has no value: coverage 31 % ..."); `nil` when there is one.
    public let unavailableReason: String?

    /// Creates a ratio.
    public init(
        groupingID: String, region: String, baseline: RatioBaseline, metric: String, period: Period,
        estimator: Estimator, numerator: RegionalAggregate, denominator: RegionalAggregate, value: RatioEstimate?,
        unavailableReason: String?
    ) {
        self.groupingID = groupingID
        self.region = region
        self.baseline = baseline
        self.metric = metric
        self.period = period
        self.estimator = estimator
        self.numerator = numerator
        self.denominator = denominator
        self.value = value
        self.unavailableReason = unavailableReason
    }
}
