/// One revision of one pipeline's observations for one period, as stored.
///
/// A snapshot is identified by pipeline, period and revision. Re-ingesting a changed
/// file adds revision *n + 1*; earlier revisions stay queryable.
public struct Snapshot: Hashable, Sendable, Comparable {
    /// The pipeline (or dataset) name.
    public let pipeline: String
    /// The period.
    public let period: Period
    /// 1-based revision number.
    public let revision: Int
    /// SHA-256 of the sorted source hashes that make up this revision.
    public let sourceSetHash: String
    /// How many observations it holds.
    public let observationCount: Int
    /// Metric ids it holds, sorted.
    public let metrics: [String]

    /// Creates a snapshot description.
    public init(
        pipeline: String, period: Period, revision: Int, sourceSetHash: String, observationCount: Int,
        metrics: [String]
    ) {
        self.pipeline = pipeline
        self.period = period
        self.revision = revision
        self.sourceSetHash = sourceSetHash
        self.observationCount = observationCount
        self.metrics = metrics
    }

    /// Orders by pipeline, period, revision.
    public static func < (lhs: Snapshot, rhs: Snapshot) -> Bool {
        (lhs.pipeline, lhs.period, lhs.revision) < (rhs.pipeline, rhs.period, rhs.revision)
    }
}
