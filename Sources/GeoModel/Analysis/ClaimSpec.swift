/// A claim to check against the data: "DeepSeek usage in Africa is 2–4× higher than in other regions".
///
/// ```swift
/// ClaimSpec(
///     id: "deepseek_africa", text: "DeepSeek usage in Africa is 2–4× higher than in other regions",
///     metric: "deepseek_share", grouping: "m49_region", region: "Africa", versus: .eachOtherRegion,
///     bounds: ClaimBounds(low: 2, high: 4),
///     estimators: [.weightedMean, .median, Estimator.weightedMean.excluding([AreaCode("CHN")!])],
///     period: Period("2025-H2")!)
/// ```
///
/// Each estimator × baseline pair gets its own ``ClaimVerdict``.
public struct ClaimSpec: Hashable, Sendable {
    /// What the region is compared with.
    public enum Versus: Hashable, Sendable {
        /// Every other group of the grouping, in the grouping's order.
        case eachOtherRegion
        /// All economies outside the region.
        case restOfWorld
        /// Named groups of the grouping, in this order.
        case regions([String])
    }

    /// Machine id, e.g. `deepseek_africa`.
    public let id: String
    /// The claim as a reader would state it.
    public let text: String
    /// The metric id.
    public let metric: String
    /// The grouping id, e.g. `m49_region`.
    public let grouping: String
    /// The group the claim is about, e.g. "Africa".
    public let region: String
    /// What it is compared with.
    public let versus: Versus
    /// The range the ratio must lie in.
    public let bounds: ClaimBounds
    /// The estimators to check under, in order.
    public let estimators: [Estimator]
    /// The period.
    public let period: Period
    /// Which definition of the group this is, when a claim is checked under several
    /// ("strict: all three US providers unavailable, or under comprehensive US sanctions"); `nil` for one.
    public let definition: String?

    /// Creates a claim.
    public init(
        id: String, text: String, metric: String, grouping: String, region: String, versus: Versus,
        bounds: ClaimBounds, estimators: [Estimator], period: Period, definition: String? = nil
    ) {
        self.id = id
        self.text = text
        self.metric = metric
        self.grouping = grouping
        self.region = region
        self.versus = versus
        self.bounds = bounds
        self.estimators = estimators
        self.period = period
        self.definition = definition
    }
}

/// The range a claimed ratio must lie in: `2–4×`, `at least 2×` or `at most 4×`.
public struct ClaimBounds: Hashable, Sendable, CustomStringConvertible {
    /// The smallest ratio the claim allows, if bounded below.
    public let low: Double?
    /// The largest ratio the claim allows, if bounded above.
    public let high: Double?

    /// Creates bounds; give at least one.
    public init(low: Double? = nil, high: Double? = nil) {
        self.low = low
        self.high = high
    }

    /// "2–4×", "at least 2×", "at most 4×", or "any ratio".
    public var description: String {
        switch (low, high) {
        case let (low?, high?): "\(Self.text(low))–\(Self.text(high))×"
        case let (low?, nil): "at least \(Self.text(low))×"
        case let (nil, high?): "at most \(Self.text(high))×"
        case (nil, nil): "any ratio"
        }
    }

    private static func text(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
    }
}
