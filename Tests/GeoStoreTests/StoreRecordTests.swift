import GeoModel
import Testing

@testable import GeoStore

struct StoreRecordTests {
    @Test("recorded observations read back exactly: values, NULLs, status, label, line, note")
    func observationsRoundTrip() throws {
        let store = try Fixtures.store()
        let path = "Data/microsoft/ai-diffusion-2025h2.csv"
        let observations = [
            try Fixtures.observation(
                "KOR", "2025-H2", value: 0.1 + 0.2, path: path, line: 2, column: 4, sourceID: "msft-2025h2",
                note: "rounded by the source"),
            try Fixtures.observation(
                "ERI", "2025-H2", "deepseek_share", value: nil, low: 16, high: 20, label: "16-20", path: path, line: 3),
            try Fixtures.observation(
                "TKM", "2025-H2", value: nil, status: .insufficientData, label: "insufficient data", path: path, line: 4
            ),
            try Fixtures.observation(
                "USA", "2025-H2", value: 1e-300, high: .greatestFiniteMagnitude, path: path, line: 5),
            try Fixtures.observation("ARE", "2025-H2", value: 64.000000000000014, path: path, line: 6),
            // Reported point values and nothing else go through the narrower insert.
            try Fixtures.observation("BRA", "2025-H2", value: 12.5, path: path, line: 7, column: 3),
        ]
        try store.record(pipeline: "ai-diffusion", files: [Fixtures.file(path, content: "v1", observations)])

        let stored = try store.observations(pipeline: "ai-diffusion", period: try #require(Period("2025-H2")))
        let expected = observations.sorted { ($0.metric, $0.iso3) < ($1.metric, $1.iso3) }
        #expect(stored == expected)
        #expect(stored.map(\.value?.bitPattern) == expected.map(\.value?.bitPattern))
    }

    @Test("a file of many rows reads back exactly, usual rows (inserted many at a time) among others")
    func manyRowsRoundTrip() throws {
        let store = try Fixtures.store()
        let path = "Data/many.csv"
        let codes = ["KOR", "USA", "ERI", "FRA", "DEU", "JPN", "BRA", "IND", "CHN", "ZAF", "EGY"]
        // 11 areas × 7 periods × 3 metrics = 231 rows: three full batches of the usual kind and a
        // remainder, with bands, labels and notes in between.
        var observations: [Observation] = []
        for (periodIndex, period) in ["2025-01", "2025-02", "2025-03", "2025-04", "2025-05", "2025-06", "2025-07"]
            .enumerated()
        {
            for metric in ["m_a", "m_b", "m_c"] {
                for code in codes {
                    let line = observations.count + 2
                    let unusual = line % 17 == 0
                    observations.append(
                        try Fixtures.observation(
                            code, period, metric, value: Double(line) / 3, low: unusual ? 1 : nil,
                            high: unusual ? 99 : nil, label: line % 29 == 0 ? "about" : nil, path: path, line: line,
                            column: periodIndex + 1, note: line % 31 == 0 ? "n" : nil))
                }
            }
        }
        try store.record(pipeline: "many", files: [Fixtures.file(path, content: "many", observations)])
        for period in Set(observations.map(\.period)) {
            let stored = try store.observations(pipeline: "many", period: period)
            let expected = observations.filter { $0.period == period }.sorted {
                ($0.metric, $0.iso3) < ($1.metric, $1.iso3)
            }
            #expect(stored == expected)
        }
        #expect(try store.connection.integer("SELECT count(*) FROM observation_values") == 231)
    }

    @Test("missing values are stored as NULL, never 0")
    func missingValuesAreNull() throws {
        let store = try Fixtures.store()
        let path = "Data/gaps.csv"
        try store.record(
            pipeline: "gaps",
            files: [
                Fixtures.file(
                    path, content: "gaps",
                    [
                        try Fixtures.observation(
                            "TKM", "2025", value: nil, status: .insufficientData, path: path, line: 2)
                    ])
            ])
        let row = try #require(
            try store.connection.rows("SELECT value, low, high, label, note FROM observations").first)
        #expect(row.values == [.null, .null, .null, .null, .null])
    }

    @Test("the first record adds revision 1 of each period and reports its sources as new")
    func firstRecordAddsRevisionOne() throws {
        let store = try Fixtures.store()
        let outcome = try store.record(pipeline: "ai-diffusion", files: [try Fixtures.usage(koreaValue: 30.1)])
        let snapshot = try #require(outcome.newRevisions.first)
        #expect(outcome.newSources == ["Data/usage.csv"])
        #expect(outcome.reusedSources.isEmpty)
        #expect(outcome.unchangedSnapshots.isEmpty)
        #expect(outcome.newRevisions.count == 1)
        #expect(snapshot.pipeline == "ai-diffusion")
        #expect(snapshot.period == Period("2025-H2"))
        #expect(snapshot.revision == 1)
        #expect(snapshot.observationCount == 2)
        #expect(snapshot.metrics == ["ai_user_share"])
        #expect(try store.connection.text("SELECT ingested_at FROM sources") == Fixtures.timestamp)
        #expect(try store.connection.text("SELECT created_at FROM snapshots") == Fixtures.timestamp)
    }

    @Test("recording the same file twice adds no source row and no revision")
    func sameFileTwiceChangesNothing() throws {
        let store = try Fixtures.store()
        let first = try store.record(pipeline: "ai-diffusion", files: [try Fixtures.usage(koreaValue: 30.1)])
        let counts = try Fixtures.rowCounts(store)
        let second = try store.record(pipeline: "ai-diffusion", files: [try Fixtures.usage(koreaValue: 30.1)])

        #expect(second.newSources.isEmpty)
        #expect(second.reusedSources == ["Data/usage.csv"])
        #expect(second.newRevisions.isEmpty)
        #expect(second.unchangedSnapshots == first.newRevisions)
        #expect(second.isUnchanged)
        #expect(try Fixtures.rowCounts(store) == counts)
    }

    @Test("a changed file adds revision 2, and revision 1 keeps its old values")
    func changedFileAddsRevision() throws {
        let store = try Fixtures.store()
        let period = try #require(Period("2025-H2"))
        try store.record(pipeline: "ai-diffusion", files: [try Fixtures.usage(koreaValue: 30.1)])
        let outcome = try store.record(pipeline: "ai-diffusion", files: [try Fixtures.usage(koreaValue: 31.4)])

        #expect(outcome.newSources == ["Data/usage.csv"])
        #expect(outcome.newRevisions.map(\.revision) == [2])
        #expect(try store.snapshots().map(\.revision) == [1, 2])
        #expect(try store.sources().count == 2)

        func koreaValue(revision: Int?) throws -> Double? {
            try store.observations(pipeline: "ai-diffusion", period: period, revision: revision)
                .first { $0.iso3.rawValue == "KOR" }?.value
        }
        #expect(try koreaValue(revision: 1) == 30.1)
        #expect(try koreaValue(revision: 2) == 31.4)
        #expect(try koreaValue(revision: nil) == 31.4)
        #expect(try store.observations(pipeline: "ai-diffusion", period: period, revision: 3).isEmpty)
    }

    @Test("each period's source set decides its revision; an unchanged period keeps its revision")
    func periodsAreRevisedSeparately() throws {
        let store = try Fixtures.store()
        let monthly = Fixtures.file(
            "Data/monthly.csv", content: "m1",
            [
                try Fixtures.observation("KOR", "2025-H1", value: 20, path: "Data/monthly.csv", line: 2),
                try Fixtures.observation("KOR", "2025-H2", value: 25, path: "Data/monthly.csv", line: 3),
            ])
        func extra(_ content: String) throws -> IngestedFile {
            Fixtures.file(
                "Data/extra.csv", content: content,
                [try Fixtures.observation("USA", "2025-H2", value: 28, path: "Data/extra.csv", line: 2)])
        }
        let first = try store.record(pipeline: "p", files: [monthly, try extra("e1")])
        let monthlyLine =
            "Data/monthly.csv\t\(SHA256.hex(of: "m1"))\t\(SourceIdentity.observationsHash(of: monthly.observations))"
        let extraLine =
            "Data/extra.csv\t\(SHA256.hex(of: "e1"))\t"
            + SourceIdentity.observationsHash(of: try extra("e1").observations)
        #expect(
            first.newRevisions.map(\.sourceSetHash) == [
                SHA256.hex(of: monthlyLine), SHA256.hex(of: extraLine + "\n" + monthlyLine),
            ])
        let linked = try store.connection.rows(
            """
            SELECT snapshots.period, sources.path FROM snapshot_sources
            JOIN snapshots ON snapshots.id = snapshot_id JOIN sources ON sources.id = source_id
            ORDER BY snapshots.period, sources.path
            """
        ).map { [$0.text(0), $0.text(1)] }
        #expect(
            linked == [
                ["2025-H1", "Data/monthly.csv"], ["2025-H2", "Data/extra.csv"], ["2025-H2", "Data/monthly.csv"],
            ])

        let second = try store.record(pipeline: "p", files: [monthly, try extra("e2")])
        #expect(second.newSources == ["Data/extra.csv"])
        #expect(second.reusedSources == ["Data/monthly.csv"])
        #expect(second.unchangedSnapshots.map(\.period.description) == ["2025-H1"])
        #expect(second.newRevisions.map { "\($0.period) r\($0.revision) n\($0.observationCount)" } == ["2025-H2 r2 n2"])
    }

    @Test("the outcome's snapshots are the ones the store reads back: revisions, counts and metrics")
    func outcomeMatchesTheStore() throws {
        let store = try Fixtures.store()
        func file(_ path: String, _ content: String, _ rows: [(String, String, String)]) throws -> IngestedFile {
            Fixtures.file(
                path, content: content,
                try rows.enumerated().map { line, row in
                    try Fixtures.observation(row.0, row.1, row.2, value: Double(line), path: path, line: line + 2)
                })
        }
        let usage = try file(
            "Data/usage.csv", "u1",
            [
                ("KOR", "2025-H2", "ai_user_share"), ("USA", "2025-H1", "ai_user_share"),
                ("KOR", "2025-H1", "deepseek_share"), ("USA", "2025-H2", "deepseek_share"),
                ("ERI", "2025-H2", "ai_user_share"),
            ])
        let extra = try file("Data/extra.csv", "e1", [("FRA", "2025-H2", "chatgpt_share")])
        let first = try store.record(pipeline: "p", files: [usage, extra, usage])
        #expect(first.newRevisions == (try store.snapshots(pipeline: "p")))
        #expect(
            first.newRevisions.map { "\($0.period) n\($0.observationCount) \($0.metrics.joined(separator: "+"))" } == [
                "2025-H1 n2 ai_user_share+deepseek_share",
                "2025-H2 n4 ai_user_share+chatgpt_share+deepseek_share",
            ])

        let changed = try file("Data/extra.csv", "e2", [("FRA", "2025-H1", "chatgpt_share")])
        let second = try store.record(pipeline: "p", files: [usage, changed])
        let stored = try store.snapshots(pipeline: "p")
        #expect(second.newRevisions + second.unchangedSnapshots == stored.filter { $0.revision == 2 })
        #expect(
            second.newRevisions.map { "\($0.period) r\($0.revision) n\($0.observationCount)" } == [
                "2025-H1 r2 n3", "2025-H2 r2 n3",
            ])
    }

    @Test("a failure inside record rolls back every write of the call")
    func failureRollsBackEverything() throws {
        let store = try Fixtures.store()
        try store.record(pipeline: "ai-diffusion", files: [try Fixtures.usage(koreaValue: 30.1)])
        let countsBefore = try Fixtures.rowCounts(store)
        let snapshotsBefore = try store.snapshots()

        let path = "Data/duplicates.csv"
        let duplicates = Fixtures.file(
            path, content: "dup",
            [
                try Fixtures.observation("FRA", "2025-H1", value: 20, path: path, line: 2),
                try Fixtures.observation("KOR", "2025-H2", value: 30, path: path, line: 3),
                try Fixtures.observation("KOR", "2025-H2", value: 31, path: path, line: 4),
            ])
        let error = try #require(throws: GeoError.self) {
            try store.record(pipeline: "ai-diffusion", files: [try Fixtures.usage(koreaValue: 32.0), duplicates])
        }
        #expect(error.code == .dataError)
        #expect(
            error.message
                == "Cannot record pipeline 'ai-diffusion' in store (in memory): economy KOR, period 2025-H2, "
                + "metric ai_user_share appears twice (Data/usage.csv:2 and Data/duplicates.csv:3); "
                + "nothing was stored")
        #expect(error.location == SourceLocation(path: path, line: 3))
        #expect(
            error.hint
                == "Each economy, period and metric may appear only once in a pipeline; remove the duplicate rows.")
        #expect(try Fixtures.rowCounts(store) == countsBefore)
        #expect(try store.snapshots() == snapshotsBefore)
        #expect(!store.connection.isInTransaction)

        let retry = try store.record(pipeline: "ai-diffusion", files: [try Fixtures.usage(koreaValue: 32.0)])
        #expect(retry.newRevisions.map(\.revision) == [2])
    }

    @Test("two rows of one file with the same economy, period and metric fail as a data error")
    func duplicateWithinFileFails() throws {
        let store = try Fixtures.store()
        let path = "Data/duplicates.csv"
        let duplicates = Fixtures.file(
            path, content: "dup",
            [
                try Fixtures.observation("KOR", "2025-H2", value: 30, path: path, line: 3),
                try Fixtures.observation("KOR", "2025-H2", value: 31, path: path, line: 4),
            ])
        let error = try #require(throws: GeoError.self) { try store.record(pipeline: "p", files: [duplicates]) }
        #expect(error.code == .dataError)
        #expect(
            error.message
                == "Cannot record pipeline 'p' in store (in memory): economy KOR, period 2025-H2, "
                + "metric ai_user_share appears twice (Data/duplicates.csv:3 and Data/duplicates.csv:4); "
                + "nothing was stored")
        #expect(error.location == SourceLocation(path: path, line: 4))
        #expect(try Fixtures.rowCounts(store).values.reduce(0, +) == Schema.migrations.count)  // schema_migrations
    }

    @Test("recording no files writes nothing")
    func recordingNothingWritesNothing() throws {
        let store = try Fixtures.store()
        let outcome = try store.record(pipeline: "empty", files: [])
        #expect(outcome == RecordOutcome(newSources: [], reusedSources: [], newRevisions: [], unchangedSnapshots: []))
        #expect(try store.snapshots().isEmpty)
    }
}
