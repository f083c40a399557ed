import GeoAnalysis
import GeoModel

/// The "what changed since the previous period" diffs a build writes into each report.
enum ChangeStage {
    /// For each reported metric with two or more periods, the latest period against the one before.
    static func diffs(_ pipeline: LoadedPipeline, reference: ReferenceTables, files: ProjectFiles) throws(GeoError)
        -> [SnapshotDiff]
    {
        let config = pipeline.config
        let observations = pipeline.observations
        var diffs: [SnapshotDiff] = []
        for metric in config.reportedMetrics {
            let periods = Set(observations.filter { $0.metric == metric.id }.map(\.period)).sorted()
            guard periods.count >= 2 else { continue }
            let (earlier, later) = (periods[periods.count - 2], periods[periods.count - 1])
            let breaks = SharedBreaks.breaks(for: metric.id, config: config, observations: observations)
            let labels = ClassLabels.labels(breaks, unit: metric.unit)
            var differ = SnapshotDiffer(
                metrics: config.metrics, tables: reference,
                groupings: try AnalysisStage.groupings(
                    config, observations: observations, reference: reference, files: files),
                rules: AnalysisStage.underservedRules(config.analysis), claims: AnalysisStage.claims(config),
                minimumCoverage: config.analysis.minimumCoverage)
            // The same value in every period of the pipeline, not just the two compared.
            differ.knownSharedEstimates = SharedEstimates.find(metric: metric.id, in: observations)
            do {
                diffs.append(
                    try differ.diff(
                        pipeline: config.name, metric: metric.id,
                        from: (SnapshotReference(period: earlier), observations.filter { $0.period == earlier }),
                        to: (SnapshotReference(period: later), observations.filter { $0.period == later }),
                        classOf: { breaks.classCount == 0 ? nil : breaks.classNumber(of: $0) }, classLabels: labels))
            } catch let error as GeoError {
                throw error
            } catch {
                throw GeoError(
                    .dataError, "cannot compare \(earlier) with \(later): \(error)",
                    at: SourceLocation(path: config.path))
            }
        }
        return diffs
    }
}
