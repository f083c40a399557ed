import GeoModel

extension RecordOutcome {
    /// The most revisions a summary lists one by one; more are summed up by their span.
    static let listedRevisions = 5

    /// One short line for the terminal, however many periods a file holds:
    /// "stored 2025-H1 revision 2, 2025-H2 revision 1", or for a long series
    /// "stored 312 new revisions, 2000-01 … 2025-12 (revision 1 each)"; "unchanged: 3 snapshots
    /// already stored with the same SHA-256" when nothing was written.
    public var summary: String {
        guard let first = newRevisions.first, let last = newRevisions.last else {
            let count = unchangedSnapshots.count
            return "unchanged: \(count) snapshot\(count == 1 ? "" : "s") already stored with the same SHA-256"
        }
        var text: String
        if newRevisions.count <= Self.listedRevisions {
            text = "stored " + newRevisions.map { "\($0.period) revision \($0.revision)" }.joined(separator: ", ")
        } else {
            let periods = newRevisions.map(\.period)
            let span = "\(periods.min() ?? first.period) … \(periods.max() ?? last.period)"
            let revisions = Set(newRevisions.map(\.revision)).sorted()
            let which =
                revisions.count == 1
                ? "revision \(revisions[0]) each" : "revisions \(revisions[0])–\(revisions[revisions.count - 1])"
            text = "stored \(newRevisions.count) new revisions, \(span) (\(which))"
        }
        if !unchangedSnapshots.isEmpty { text += "; \(unchangedSnapshots.count) unchanged" }
        return text
    }
}
