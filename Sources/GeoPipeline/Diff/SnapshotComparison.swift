import GeoAnalysis
import GeoModel

/// The one route from two sets of observations to a ``SnapshotDiff``. The report's "What
/// changed" section and `geo-ai diff` both go through it, so they agree on classes, groups,
/// claims and shared estimates.
///
/// Classes are the pipeline's map classification for the metric, computed on `pool` (every
/// period the pipeline has), and numbered from 1; shared estimates are found in `pool` too.
struct SnapshotComparison {
    /// The pipeline's name (or an ingested dataset's).
    let pipeline: String
    /// The pipeline's configuration; `nil` for data ingested without one.
    let config: PipelineConfig?
    /// The layer the metric's areas are in. Flags, claims and shared estimates (the
    /// publisher's regional imputations) are world notions: counties that happen to share a value
    /// are not one estimate.
    var layer: Geography = .world
    /// The metrics the observations may carry.
    let metrics: [Metric]
    /// The groupings regions are compared in, computed once for the build or the command.
    let groupings: [RegionGrouping]
    /// Observations of every period, for the shared breaks and shared estimates.
    let pool: [Observation]
    /// The reference tables.
    let reference: ReferenceTables

    /// Compares `metric` between two snapshots.
    func diff(
        metric: String, from earlier: (SnapshotReference, [Observation]), to later: (SnapshotReference, [Observation])
    ) throws(GeoError) -> SnapshotDiff {
        let breaks = SharedBreaks.breaks(for: metric, config: config, observations: pool)
        let unit = metrics.first { $0.id == metric }?.unit ?? .number
        var differ = SnapshotDiffer(
            metrics: metrics, tables: reference, groupings: groupings,
            rules: layer == .world ? config.map { AnalysisStage.underservedRules($0.analysis) } ?? [] : [],
            claims: layer == .world ? config.map(AnalysisStage.claims) ?? [] : [],
            minimumCoverage: config?.analysis.minimumCoverage ?? 0.5)
        differ.knownSharedEstimates = layer == .world ? SharedEstimates.find(metric: metric, in: pool) : []
        var diff = try differ.diff(
            pipeline: pipeline, metric: metric, from: earlier, to: later,
            classOf: { breaks.classCount == 0 ? nil : breaks.classNumber(of: $0) },
            classLabels: ClassLabels.labels(breaks, unit: unit))
        diff.geography = layer
        return diff
    }
}
