import GeoAnalysis
import GeoMaps
public import GeoModel
import GeoStore

/// Runs `geo-ai diff FROM TO`: loads both snapshots from the store and compares one metric.
///
/// The pipeline and metric may be left out when only one fits. Class breaks are the
/// pipeline's map classification for the metric (default Jenks, 5 classes), computed once on
/// the values of both snapshots together, so "class from/to" compares like with like.
public struct DiffRunner: Sendable {
    /// What to compare.
    public struct Request: Sendable {
        /// The earlier snapshot.
        public var from: SnapshotReference
        /// The later snapshot.
        public var to: SnapshotReference
        /// The pipeline (or ingested dataset), or `nil` to pick the only one with both periods.
        public var pipeline: String?
        /// The metric, or `nil` to pick the only one in both snapshots.
        public var metric: String?
        /// The store, or `nil` for the project default.
        public var databasePath: String?

        /// Creates a request.
        public init(
            from: SnapshotReference, to: SnapshotReference, pipeline: String? = nil, metric: String? = nil,
            databasePath: String? = nil
        ) {
            self.from = from
            self.to = to
            self.pipeline = pipeline
            self.metric = metric
            self.databasePath = databasePath
        }
    }

    /// The project.
    public let files: ProjectFiles

    /// Creates a runner.
    public init(files: ProjectFiles) { self.files = files }

    /// Compares the two snapshots.
    ///
    /// - Throws: ``GeoError``: `.usage` when the pipeline or metric is ambiguous or unknown,
    ///   or a snapshot is not stored (a name the user typed, like an unknown pipeline), `.ioError` for the store.
    public func run(_ request: Request) throws(GeoError) -> SnapshotDiff {
        var reference = try files.loadReference()
        let store = try BuildRunner(files: files).openStore(request.databasePath)
        let snapshots = try store.snapshots()
        let pipeline = try choosePipeline(request, snapshots: snapshots)
        let config: PipelineConfig? =
            files.pipelineNames().contains(pipeline)
            ? try PipelineConfig(
                name: pipeline, path: files.pipelinePath(pipeline), text: files.readText(files.pipelinePath(pipeline)))
            : nil
        let earlier = try observations(store, pipeline: pipeline, reference: request.from, snapshots: snapshots)
        let later = try observations(store, pipeline: pipeline, reference: request.to, snapshots: snapshots)
        let metricID = try chooseMetric(request.metric, config: config, earlier: earlier, later: later)
        let metrics = config?.metrics ?? Self.inferredMetrics(earlier + later)
        var pool = earlier + later
        if config != nil {
            pool = try store.latestObservations(pipeline: pipeline)
        }
        let layer = config?.geography(ofMetric: metricID) ?? .world
        var groupings = RegionGrouping.standard(from: reference)
        if let config, layer != .world {
            // States and counties: names from their layer, no world regions, flags or claims.
            reference = try files.loadReference(layers: config.layers)
            groupings = []
        } else if let config {
            groupings = try AnalysisStage.groupings(config, observations: pool, reference: reference, files: files)
        }
        let comparison = SnapshotComparison(
            pipeline: pipeline, config: config, layer: layer, metrics: metrics, groupings: groupings, pool: pool,
            reference: reference)
        return try comparison.diff(metric: metricID, from: (request.from, earlier), to: (request.to, later))
    }

    private func choosePipeline(_ request: Request, snapshots: [Snapshot]) throws(GeoError) -> String {
        let pipelines = Set(snapshots.map(\.pipeline)).sorted()
        if let name = request.pipeline {
            return try PipelineLookup.find(
                name, among: pipelines, problem: "no stored snapshots for pipeline '\(name)'", listLabel: "Stored",
                hintWhenNone: "Run geo-ai build first.")
        }
        let candidates = pipelines.filter { name in
            [request.from.period, request.to.period].allSatisfy { period in
                snapshots.contains { $0.pipeline == name && $0.period == period }
            }
        }
        guard candidates.count == 1, let only = candidates.first else {
            throw GeoError(
                .usage,
                candidates.isEmpty
                    ? "no stored pipeline has both \(request.from.period) and \(request.to.period)"
                    : "several pipelines have both periods: \(candidates.joined(separator: ", "))",
                hint: candidates.isEmpty
                    ? "List what is stored with geo-ai snapshots." : "Choose one with --pipeline NAME.")
        }
        return only
    }

    private func observations(_ store: Store, pipeline: String, reference: SnapshotReference, snapshots: [Snapshot])
        throws(GeoError) -> [Observation]
    {
        let revisions = snapshots.filter { $0.pipeline == pipeline && $0.period == reference.period }.map(\.revision)
        guard !revisions.isEmpty, reference.revision.map(revisions.contains) ?? true else {
            let stored = revisions.map { "\(reference.period)@\($0)" }.joined(separator: ", ")
            throw GeoError(
                .usage, "pipeline '\(pipeline)' has no snapshot \(reference)",
                hint: revisions.isEmpty
                    ? "Stored periods are listed by geo-ai snapshots." : "Stored revisions: \(stored).")
        }
        return try store.observations(pipeline: pipeline, period: reference.period, revision: reference.revision)
    }

    private func chooseMetric(
        _ requested: String?, config: PipelineConfig?, earlier: [Observation], later: [Observation]
    )
        throws(GeoError) -> String
    {
        let common = Set(earlier.map(\.metric)).intersection(later.map(\.metric))
        if let requested {
            guard common.contains(requested) else {
                throw GeoError(
                    .usage, "metric '\(requested)' is not in both snapshots",
                    hint: "In both: \(common.sorted().joined(separator: ", ")).")
            }
            return requested
        }
        let reported = config.map { Set($0.reportedMetrics.map(\.id)) } ?? common
        let candidates = common.intersection(reported).sorted()
        if candidates.count == 1, let only = candidates.first { return only }
        if common.isEmpty {
            throw GeoError(
                .usage, "the two snapshots share no metric", hint: "Check the periods with geo-ai snapshots.")
        }
        if candidates.isEmpty {
            let list = common.sorted().joined(separator: ", ")
            throw GeoError(
                .usage, "no metric this pipeline reports is in both snapshots (both have: \(list))",
                hint: "Pass --metric \(common.sorted()[0]) to compare it anyway.")
        }
        throw GeoError(
            .usage, "several metrics to compare: \(candidates.joined(separator: ", "))",
            hint: "Choose one with --metric ID.")
    }

    private static func inferredMetrics(_ observations: [Observation]) -> [Metric] {
        Set(observations.map(\.metric)).sorted().map { Metric(id: $0, label: $0, unit: .number, weight: .none) }
    }
}
