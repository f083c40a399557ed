import GeoModel
import GeoStore
import Testing

/// The store's one-line summary of a record call stays short however many periods a file has.
@Suite("Record outcome summary")
struct RecordOutcomeSummaryTests {
    static func snapshots(_ periods: [String], revision: Int) -> [Snapshot] {
        periods.compactMap(Period.init).map {
            Snapshot(
                pipeline: "p", period: $0, revision: revision, sourceSetHash: "h", observationCount: 1, metrics: ["m"])
        }
    }

    /// 2000-01 … 2025-12: 312 months, as in the million-row file.
    static let months: [String] = (2000...2025).flatMap { year in
        (1...12).map { month in "\(year)-" + (month < 10 ? "0\(month)" : "\(month)") }
    }

    @Test(
        "lists a few revisions, sums up many, and says when nothing changed",
        arguments: [
            (["2025-H1", "2025-H2"], 1, 0, "stored 2025-H1 revision 1, 2025-H2 revision 1"),
            (["2025-H1"], 2, 1, "stored 2025-H1 revision 2; 1 unchanged"),
            ([], 1, 3, "unchanged: 3 snapshots already stored with the same SHA-256"),
            ([], 1, 1, "unchanged: 1 snapshot already stored with the same SHA-256"),
            (months, 1, 0, "stored 312 new revisions, 2000-01 … 2025-12 (revision 1 each)"),
        ])
    func summary(periods: [String], revision: Int, unchanged: Int, text: String) {
        let outcome = RecordOutcome(
            newSources: [], reusedSources: [], newRevisions: Self.snapshots(periods, revision: revision),
            unchangedSnapshots: Self.snapshots(Array(Self.months.prefix(unchanged)), revision: 1))
        #expect(outcome.summary == text)
        #expect(outcome.summary.count < 100)
    }
}
