/// A point estimate with the range it may lie in: `low ≤ point ≤ high`.
///
/// For a published band without a point value ("16–20 %") the point is the band's midpoint.
/// An open band such as ">25 %" arrives as `low` 25, `high` 100.
public struct Estimate: Hashable, Sendable, Codable {
    /// The point estimate.
    public let point: Double
    /// The lower end of the range.
    public let low: Double
    /// The upper end of the range.
    public let high: Double

    /// Creates an estimate; `low` and `high` are widened to include `point` if needed.
    public init(point: Double, low: Double, high: Double) {
        self.point = point
        self.low = Swift.min(low, point)
        self.high = Swift.max(high, point)
    }

    /// Creates an exact estimate whose range is the point itself.
    public init(exactly point: Double) {
        self.init(point: point, low: point, high: point)
    }

    /// Whether the range has no width.
    public var isExact: Bool { low == high }
}
