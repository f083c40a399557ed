/// Economies the publisher gives one regional estimate instead of a figure of their own: the
/// same published value in every period (12 West African economies read 8.7 / 9.3 / 10.1).
///
/// Such a group is one measurement, not several: its changes count once.
public struct SharedEstimate: Hashable, Sendable {
    /// The metric id.
    public let metric: String
    /// The economies, sorted.
    public let members: [AreaCode]
    /// The periods, in order.
    public let periods: [Period]
    /// The shared value in each of ``periods``.
    public let values: [Double]

    /// Creates a shared estimate.
    public init(metric: String, members: [AreaCode], periods: [Period], values: [Double]) {
        self.metric = metric
        self.members = members
        self.periods = periods
        self.values = values
    }

    /// The shared value in a period, if the group has one.
    public func value(in period: Period) -> Double? {
        periods.firstIndex(of: period).map { values[$0] }
    }
}
