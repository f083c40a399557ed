/// A publisher's own aggregate figure ("World", "Global North"), kept to compare ours with.
public struct PublishedAggregate: Hashable, Sendable, Comparable {
    /// The publisher's group name.
    public let group: String
    /// The period.
    public let period: Period
    /// The metric id.
    public let metric: String
    /// The published value.
    public let value: Double
    /// The row it came from.
    public let origin: SourceLocation

    /// Creates a published aggregate.
    public init(group: String, period: Period, metric: String, value: Double, origin: SourceLocation) {
        self.group = group
        self.period = period
        self.metric = metric
        self.value = value
        self.origin = origin
    }

    /// Orders by metric, group, period.
    public static func < (lhs: PublishedAggregate, rhs: PublishedAggregate) -> Bool {
        (lhs.metric, lhs.group, lhs.period) < (rhs.metric, rhs.group, rhs.period)
    }
}
