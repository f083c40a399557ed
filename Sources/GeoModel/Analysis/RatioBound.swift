/// One end (or the point) of a ratio: a finite number, or unbounded when the divisor's range
/// reaches zero.
///
/// A ratio's high end is `A.high / B.low`; when B's low is 0 and A's high is positive, there
/// is no finite upper bound. That case is modelled here rather than as `Double.infinity` or NaN.
public enum RatioBound: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// A finite ratio.
    case finite(Double)
    /// No finite bound: a positive quantity divided by a range that reaches zero.
    case unbounded

    /// The finite value, or `nil` when unbounded.
    public var value: Double? {
        switch self {
        case .finite(let value): value
        case .unbounded: nil
        }
    }

    /// Orders finite values numerically, with `unbounded` above all of them.
    public static func < (lhs: RatioBound, rhs: RatioBound) -> Bool {
        switch (lhs, rhs) {
        case (.finite(let l), .finite(let r)): l < r
        case (.finite, .unbounded): true
        case (.unbounded, _): false
        }
    }

    /// The number, or "unbounded".
    public var description: String {
        switch self {
        case .finite(let value): "\(value)"
        case .unbounded: "unbounded"
        }
    }
}

/// A ratio A/B with its range: `A.low / B.high … A.high / B.low`.
public struct RatioEstimate: Hashable, Sendable {
    /// A.point / B.point.
    public let point: RatioBound
    /// A.low / B.high.
    public let low: RatioBound
    /// A.high / B.low; `unbounded` when B's low is 0.
    public let high: RatioBound

    /// Creates a ratio estimate.
    public init(point: RatioBound, low: RatioBound, high: RatioBound) {
        self.point = point
        self.low = low
        self.high = high
    }
}
