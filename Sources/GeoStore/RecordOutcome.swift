public import GeoModel

/// What ``Store/record(pipeline:files:)`` changed.
///
/// Recording the same files twice gives a second outcome with every source reused and
/// every snapshot unchanged:
///
/// ```swift
/// try store.record(pipeline: "ai-diffusion", files: files).newRevisions.count   // 2
/// try store.record(pipeline: "ai-diffusion", files: files).newRevisions.count   // 0
/// ```
public struct RecordOutcome: Sendable, Hashable {
    /// Paths of source files stored for the first time (a new path, new content at a known path, or
    /// known content read into other observations), in input order.
    public let newSources: [String]
    /// Paths of source files whose path, SHA-256 and observations were already stored (by any
    /// pipeline), in input order.
    public let reusedSources: [String]
    /// Snapshots added by this call, sorted by pipeline, period and revision.
    public let newRevisions: [Snapshot]
    /// Latest snapshots whose source set was already stored, so nothing was written, sorted.
    public let unchangedSnapshots: [Snapshot]

    /// Creates an outcome.
    public init(newSources: [String], reusedSources: [String], newRevisions: [Snapshot], unchangedSnapshots: [Snapshot])
    {
        self.newSources = newSources
        self.reusedSources = reusedSources
        self.newRevisions = newRevisions
        self.unchangedSnapshots = unchangedSnapshots
    }

    /// Whether the call wrote no new source and no new revision.
    public var isUnchanged: Bool { newSources.isEmpty && newRevisions.isEmpty }
}
