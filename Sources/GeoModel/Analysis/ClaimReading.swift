/// Where a ratio's best estimate lies against a claim's bounds.
public enum ClaimPosition: String, Hashable, Sendable, Codable {
    /// Below the lower bound.
    case below
    /// Within the bounds (a bound itself counts as within).
    case within
    /// Above the upper bound.
    case above
}

/// A verdict in words, judging the best estimate and the range separately.
///
/// The best estimate says what the data most likely shows; the range (the published bands at
/// their extremes) says whether the bands settle it. "Best estimate within the bounds, range
/// straddling them" is ``consistentNotConfirmed``, not a bare "inconclusive"; a best estimate
/// above the upper bound is ``higherThanClaimed``.
public enum ClaimReading: String, Hashable, Sendable, Codable, CaseIterable {
    /// Best estimate and the whole range within the bounds.
    case holds
    /// Best estimate within the bounds, range straddling a bound.
    case consistentNotConfirmed = "consistent_not_confirmed"
    /// Best estimate above the upper bound, range straddling it.
    case higherBandsAllow = "higher_than_claimed_bands_allow"
    /// Best estimate and the whole range above the upper bound.
    case higherThanClaimed = "higher_than_claimed"
    /// Best estimate below the lower bound, range straddling it.
    case lowerBandsAllow = "lower_than_claimed_bands_allow"
    /// Best estimate and the whole range below the lower bound.
    case contradicted
    /// No ratio: a side has no value, or the baseline is zero.
    case notComputable = "not_computable"

    /// Combines the best estimate's position with the range's outcome.
    public init(position: ClaimPosition?, outcome: ClaimOutcome) {
        switch (position, outcome) {
        case (nil, _), (_, .notComputable): self = .notComputable
        case (.within?, .holds): self = .holds
        case (.within?, _): self = .consistentNotConfirmed
        case (.above?, .fails): self = .higherThanClaimed
        case (.above?, _): self = .higherBandsAllow
        case (.below?, .fails): self = .contradicted
        case (.below?, _): self = .lowerBandsAllow
        }
    }

    /// Whether the best estimate supports the claim (within its bounds).
    public var supportsClaim: Bool { self == .holds || self == .consistentNotConfirmed }

    /// The verdict as a reader would say it: "consistent with the claim, not confirmed by the bands".
    public var phrase: String {
        switch self {
        case .holds: "holds"
        case .consistentNotConfirmed: "consistent with the claim, not confirmed by the bands"
        case .higherBandsAllow: "higher than claimed (the bands allow the claim)"
        case .higherThanClaimed: "higher than claimed"
        case .lowerBandsAllow: "lower than claimed (the bands allow the claim)"
        case .contradicted: "contradicted"
        case .notComputable: "not computable"
        }
    }
}
