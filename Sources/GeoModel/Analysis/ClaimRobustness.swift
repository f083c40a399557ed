/// Which economies decide a verdict: leave-one-out influence and the smallest set of
/// exclusions that moves the best estimate across a bound of the claim.
///
/// ```
/// Africa ÷ Asia, weighted mean, 0.33×: without China 2.5× (the largest influence);
/// leaving out China alone moves the best estimate from below 2× to within 2–4×.
/// ```
public struct ClaimRobustness: Hashable, Sendable {
    /// One economy's influence: the ratio's best estimate without it.
    public struct Influence: Hashable, Sendable {
        /// The economy left out.
        public let iso3: AreaCode
        /// The best estimate of the ratio without it.
        public let ratioWithout: Double

        /// Creates an influence.
        public init(iso3: AreaCode, ratioWithout: Double) {
            self.iso3 = iso3
            self.ratioWithout = ratioWithout
        }
    }

    /// The economies whose removal moves the best estimate most, largest move first (at most three).
    public let influential: [Influence]
    /// The smallest set of exclusions found (greedily, in the order chosen) that moves the best
    /// estimate across a bound; `nil` when no set of up to ``searchLimit`` economies does.
    public let decisiveSet: [AreaCode]?
    /// The best estimate of the ratio once ``decisiveSet`` is left out.
    public let ratioWithoutDecisiveSet: Double?
    /// The largest set the search tried.
    public let searchLimit: Int

    /// Creates a robustness result.
    public init(influential: [Influence], decisiveSet: [AreaCode]?, ratioWithoutDecisiveSet: Double?, searchLimit: Int)
    {
        self.influential = influential
        self.decisiveSet = decisiveSet
        self.ratioWithoutDecisiveSet = ratioWithoutDecisiveSet
        self.searchLimit = searchLimit
    }
}
