public import GeoModel

extension RatioEstimate {
    /// Why a ratio of two estimates cannot be formed.
    public enum DivisionFailure: Hashable, Sendable {
        /// A range reaches below zero; ratios are defined for non-negative values only.
        case negativeValue
        /// The divisor's point value is zero.
        case zeroDivisor
    }

    /// Divides two estimates by interval arithmetic: point = A/B, range = A.low/B.high … A.high/B.low.
    ///
    /// ```swift
    /// // A = 12 (10–14), B = 3 (0–5): 4× (2× … unbounded), since B's low is 0.
    /// RatioEstimate.dividing(Estimate(point: 12, low: 10, high: 14), by: Estimate(point: 3, low: 0, high: 5))
    /// ```
    ///
    /// - Returns: The ratio, or why there is none: a negative value in either range, or a zero
    ///   divisor. When only the divisor's low is zero the high end is ``RatioBound/unbounded``
    ///   (or 0 when A's high is 0 as well).
    public static func dividing(_ numerator: Estimate, by denominator: Estimate) -> Result<
        RatioEstimate, DivisionFailure
    > {
        guard numerator.low >= 0, denominator.low >= 0 else { return .failure(.negativeValue) }
        guard denominator.point > 0 else { return .failure(.zeroDivisor) }
        let high: RatioBound
        if denominator.low > 0 {
            high = .finite(numerator.high / denominator.low)
        } else {
            high = numerator.high == 0 ? .finite(0) : .unbounded
        }
        return .success(
            RatioEstimate(
                point: .finite(numerator.point / denominator.point),
                low: .finite(numerator.low / denominator.high), high: high))
    }
}

extension RatioEstimate.DivisionFailure: Error {}
