/// One side of a diff: a period, optionally pinned to a stored revision (`2025-H2@1`).
public struct SnapshotReference: Hashable, Sendable, CustomStringConvertible {
    /// The period.
    public let period: Period
    /// The revision, or `nil` for the latest.
    public let revision: Int?

    /// Creates a reference.
    public init(period: Period, revision: Int? = nil) {
        self.period = period
        self.revision = revision
    }

    /// Parses `2025-H2` or `2025-H2@1`.
    public init?(_ text: String) {
        let parts = text.split(separator: "@", maxSplits: 1, omittingEmptySubsequences: false)
        guard let period = Period(String(parts[0])) else { return nil }
        if parts.count == 2 {
            guard let revision = Int(parts[1]), revision >= 1 else { return nil }
            self.init(period: period, revision: revision)
        } else {
            self.init(period: period)
        }
    }

    /// `2025-H2` or `2025-H2@1`.
    public var description: String { revision.map { "\(period)@\($0)" } ?? period.description }
}
