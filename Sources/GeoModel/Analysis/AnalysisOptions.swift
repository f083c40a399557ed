/// Settings for one analysis run, with the defaults DESIGN.md states.
public struct AnalysisOptions: Hashable, Sendable {
    /// The coverage a group needs to have a value, 0–1. Default 0.5.
    public var minimumCoverage: Double = 0.5
    /// The estimators general ratios (each region vs rest of world and pairwise) are computed under.
    /// Claims name their own. Default: weighted mean only.
    public var ratioEstimators: [Estimator] = [.weightedMean]
    /// Whether to compute every ordered pair of groups of each grouping, besides each group vs
    /// the rest of the world. Default `true`.
    public var includesPairwiseRatios: Bool = true
    /// Pairwise ratios are computed only for groupings with at most this many groups (UN M49
    /// regions, income groups, custom groupings — not the 22 sub-regions, whose 462 ordered
    /// pairs per period nobody reads); every group is still compared with the rest of the world.
    public var maximumGroupsForPairwiseRatios: Int = 8
    /// The metrics whose aggregates and ratios are computed, or `nil` for every declared metric.
    /// A metric left out still weights the others and is still flagged and claimed on; a build
    /// leaves out the metrics a pipeline reads only as weights (`report: false`), which no
    /// report, table or chart shows.
    public var aggregatedMetrics: Set<String>?

    /// Creates options with the defaults.
    public init() {}
}
