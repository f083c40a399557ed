import GeoAnalysis
import GeoModel

/// The "what changed since the previous period" diffs a build writes into each report.
enum ChangeStage {
    /// For each reported metric with two or more periods, the latest period against the one before.
    static func diffs(_ pipeline: LoadedPipeline, reference: ReferenceTables, groupings: [RegionGrouping])
        throws(GeoError) -> [SnapshotDiff]
    {
        let config = pipeline.config
        let observations = pipeline.observations
        let comparison = SnapshotComparison(
            pipeline: config.name, config: config, metrics: config.metrics, groupings: groupings, pool: observations,
            reference: reference)
        var diffs: [SnapshotDiff] = []
        for metric in config.reportedMetrics {
            let periods = Set(observations.filter { $0.metric == metric.id }.map(\.period)).sorted()
            guard periods.count >= 2 else { continue }
            let (earlier, later) = (periods[periods.count - 2], periods[periods.count - 1])
            diffs.append(
                try comparison.diff(
                    metric: metric.id,
                    from: (SnapshotReference(period: earlier), observations.filter { $0.period == earlier }),
                    to: (SnapshotReference(period: later), observations.filter { $0.period == later })))
        }
        return diffs
    }
}
