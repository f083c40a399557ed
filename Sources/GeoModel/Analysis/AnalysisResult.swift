/// Everything one analysis run computed, deterministically ordered.
///
/// - ``aggregates``: by metric (in the order metrics were declared), grouping (declared
///   order), group (the grouping's order), then period (chronological).
/// - ``ratios``: by metric, grouping, estimator (declared order), period, numerator group,
///   then baseline (rest of world first, then the grouping's order).
/// - ``flags``: by period, economy, then flag (sanctioned, western_ai_unavailable, then the
///   pipeline's rules in declared order).
/// - ``claims``: in declared order.
public struct AnalysisResult: Hashable, Sendable {
    /// Every grouping × group × period × metric.
    public let aggregates: [RegionalAggregate]
    /// Each group vs the rest of the world, and pairwise within each grouping.
    public let ratios: [Ratio]
    /// Flags raised, per economy and period.
    public let flags: [EconomyFlag]
    /// Each claim with its verdicts.
    public let claims: [ClaimEvaluation]

    /// Creates a result.
    public init(aggregates: [RegionalAggregate], ratios: [Ratio], flags: [EconomyFlag], claims: [ClaimEvaluation]) {
        self.aggregates = aggregates
        self.ratios = ratios
        self.flags = flags
        self.claims = claims
    }
}
