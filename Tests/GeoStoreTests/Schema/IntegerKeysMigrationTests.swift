import Foundation
import GeoModel
import Testing

@testable import GeoStore

/// Migration 2 moves a version-1 store's observations to integer keys without losing a value.
struct IntegerKeysMigrationTests {
    /// A version-1 store as geo-ai wrote it: two sources, two periods, one replaced revision,
    /// bands, a NULL value, labels, notes and text that needs escaping.
    static let version1Rows = """
        INSERT INTO sources (id, path, sha256, observations_hash, format, encoding, rows_read, rows_kept, ingested_at)
        VALUES (1, 'Data/a.csv', 's1', 'h1', 'long', 'UTF-8', 4, 4, 't1'),
               (2, 'Data/b.csv', 's2', 'h2', 'wide', 'Windows-1252', 2, 2, 't2'),
               (3, 'Data/a.csv', 's3', 'h3', 'long', 'UTF-8', 1, 1, 't3');
        INSERT INTO snapshots (id, pipeline, period, revision, source_set_hash, created_at)
        VALUES (1, 'p', '2025-H1', 1, 'x1', 't1'), (2, 'p', '2025-H2', 1, 'x2', 't1'),
               (3, 'p', '2025-H2', 2, 'x3', 't3'), (4, 'q', '2025-H1', 1, 'x4', 't2');
        INSERT INTO snapshot_sources (snapshot_id, source_id) VALUES (1, 1), (2, 1), (3, 3), (4, 2);
        INSERT INTO observations (source_id, iso3, period, metric, value, low, high, status, label,
                                  source_line, source_column, source_ref, note)
        VALUES (1, 'KOR', '2025-H1', 'ai_user_share', 30.5, NULL, NULL, 'reported', NULL, 2, 1, NULL, NULL),
               (1, 'ERI', '2025-H1', 'deepseek_share', NULL, 16, 20, 'reported', '16–20', 3, 1, 'ms-2025', 'a "band"'),
               (1, 'KOR', '2025-H2', 'ai_user_share', 31.25, NULL, NULL, 'reported', NULL, 4, 1, NULL, NULL),
               (1, 'TCD', '2025-H2', 'ai_user_share', NULL, NULL, NULL, 'insufficient_data', 'insufficient data',
                5, 1, NULL, 'tab' || char(9) || 'and' || char(10) || 'newline'),
               (2, 'USA', '2025-H1', 'ai_user_share', 28.3, NULL, NULL, 'reported', NULL, 2, 3, NULL, NULL),
               (2, '01001', '2025-H1', 'ai_user_share', 12, NULL, NULL, 'reported', NULL, 3, 3, NULL, NULL),
               (3, 'KOR', '2025-H2', 'ai_user_share', 32, NULL, NULL, 'reported', NULL, 2, 1, NULL, NULL);
        """

    static let everyObservation = """
        SELECT source_id, iso3, period, metric, value, low, high, status, label,
               source_line, source_column, source_ref, note
        FROM observations ORDER BY source_id, period, metric, iso3
        """

    static let latest = "SELECT * FROM latest_observations ORDER BY pipeline, period, metric, iso3"

    @Test("every observation, and the latest revisions, read the same through the views after migration 2")
    func observationsSurviveTheMigration() throws {
        try withTemporaryDirectory { folder in
            let path = folder.appendingPathComponent("store.sqlite").path
            let before: (all: [Row], latest: [Row])
            do {
                let connection = try Connection(filename: path, busyTimeoutMilliseconds: 0)
                let version1 = Migrator(migrations: [Schema.migrations[0]])
                #expect(try version1.migrate(connection, now: { "t0" }) == 1)
                try connection.executeScript(Self.version1Rows)
                before = (try connection.rows(Self.everyObservation), try connection.rows(Self.latest))
            }
            #expect(before.all.count == 7)
            #expect(before.latest.count == 5)

            let store = try Store(path: path, configuration: Fixtures.configuration)
            #expect(store.schemaVersion == Schema.migrator.latestVersion)
            #expect(try store.connection.rows(Self.everyObservation) == before.all)
            #expect(try store.connection.rows(Self.latest) == before.latest)
            #expect(try store.connection.integer("SELECT count(*) FROM observation_values") == 7)
            #expect(
                try store.connection.rows("SELECT code FROM area_codes ORDER BY id").compactMap { $0.text(0) }
                    == ["01001", "ERI", "KOR", "TCD", "USA"])
            #expect(
                try store.connection.integer(
                    "SELECT count(*) FROM sqlite_master WHERE name = 'observations'"
                        + " AND type = 'view'") == 1)
        }
    }

    @Test("the store reads a migrated snapshot as it was written, and records new files beside it")
    func migratedStoreReadsAndRecords() throws {
        try withTemporaryDirectory { folder in
            let path = folder.appendingPathComponent("store.sqlite").path
            do {
                let connection = try Connection(filename: path, busyTimeoutMilliseconds: 0)
                _ = try Migrator(migrations: [Schema.migrations[0]]).migrate(connection, now: { "t0" })
                try connection.executeScript(Self.version1Rows)
            }
            let store = try Store(path: path, configuration: Fixtures.configuration)
            let h2 = try #require(Period("2025-H2"))
            let revision1 = try store.observations(pipeline: "p", period: h2, revision: 1)
            #expect(revision1.map(\.iso3.rawValue) == ["KOR", "TCD"])
            #expect(revision1.map(\.value) == [31.25, nil])
            #expect(revision1.last?.status == .insufficientData)
            #expect(revision1.last?.note == "tab\tand\nnewline")
            #expect(try store.observations(pipeline: "p", period: h2).map(\.value) == [32])
            #expect(
                try store.snapshots(pipeline: "p").map {
                    [$0.period.description, "\($0.revision)", "\($0.observationCount)"]
                }
                    == [["2025-H1", "1", "2"], ["2025-H2", "1", "2"], ["2025-H2", "2", "1"]])

            let outcome = try store.record(pipeline: "p", files: [try Fixtures.usage(koreaValue: 33)])
            #expect(outcome.newRevisions.map(\.revision) == [3])
            #expect(try store.observations(pipeline: "p", period: h2).map(\.value) == [33, 28.3])
            #expect(try store.connection.integer("SELECT count(*) FROM area_codes WHERE code = 'KOR'") == 1)
        }
    }
}
