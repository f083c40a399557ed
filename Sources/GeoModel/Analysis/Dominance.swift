/// One economy that carries more than half of a group's weight, or more than half of its
/// weighted total Σ wᵢ·vᵢ, and the group's mean without it.
///
/// ```
/// World DeepSeek share 20.9 %: China holds 19 % of the weight but 79 % of the weighted total;
/// without China 5.3 %.
/// ```
public struct Dominance: Hashable, Sendable {
    /// The economy.
    public let iso3: AreaCode
    /// Its share of the weight of the members in the mean, 0–1.
    public let weightShare: Double
    /// Its share of the weighted total Σ wᵢ·vᵢ (of the point values), 0–1.
    public let totalShare: Double
    /// The weighted mean of the other members; `nil` when no other member has data.
    public let meanWithout: Estimate?

    /// Creates a dominance note.
    public init(iso3: AreaCode, weightShare: Double, totalShare: Double, meanWithout: Estimate?) {
        self.iso3 = iso3
        self.weightShare = weightShare
        self.totalShare = totalShare
        self.meanWithout = meanWithout
    }
}
