import Foundation
import GeoModel
import Testing

@testable import GeoStore

/// Migration 3 rebuilds `observation_values` with its source checked at commit; new stores get
/// 16 KiB pages. Neither may lose a row or weaken the check.
struct DeferredSourceKeyTests {
    @Test("a version-2 store keeps every observation, and the latest revisions, through migration 3")
    func rowsSurvive() throws {
        try withTemporaryDirectory { folder in
            let path = folder.appendingPathComponent("store.sqlite").path
            let before: (all: [Row], latest: [Row])
            do {
                let connection = try Connection(filename: path, busyTimeoutMilliseconds: 0)
                _ = try Migrator(migrations: [Schema.migrations[0]]).migrate(connection, now: { "t0" })
                try connection.executeScript(IntegerKeysMigrationTests.version1Rows)
                #expect(
                    try Migrator(migrations: Array(Schema.migrations.prefix(2))).migrate(connection, now: { "t1" }) == 2
                )
                before = (
                    try connection.rows(IntegerKeysMigrationTests.everyObservation),
                    try connection.rows(IntegerKeysMigrationTests.latest)
                )
            }
            #expect(before.all.count == 7)
            let store = try Store(path: path, configuration: Fixtures.configuration)
            #expect(store.schemaVersion == 3)
            #expect(try store.connection.rows(IntegerKeysMigrationTests.everyObservation) == before.all)
            #expect(try store.connection.rows(IntegerKeysMigrationTests.latest) == before.latest)
            let definition = try store.connection.rows(
                "SELECT sql FROM sqlite_master WHERE name = 'observation_values'")
            #expect(definition.first?.text(0)?.contains("DEFERRABLE INITIALLY DEFERRED") == true)
            #expect(try store.connection.rows("PRAGMA foreign_key_check").isEmpty)
            #expect(try store.connection.rows("PRAGMA integrity_check").first?.text(0) == "ok")
            #expect(
                try store.connection.integer("SELECT count(*) FROM sqlite_master WHERE name LIKE '%version2%'") == 0)
        }
    }

    @Test("a row whose source does not exist still fails, at commit, and leaves nothing stored")
    func sourceStillChecked() throws {
        try withTemporaryDirectory { folder in
            let store = try Store(
                path: folder.appendingPathComponent("store.sqlite").path, configuration: Fixtures.configuration)
            #expect(throws: SQLiteFailure.self) {
                try store.connection.inTransaction {
                    try store.connection.execute(
                        """
                        INSERT OR ROLLBACK INTO observation_values
                            (source_id, period_id, metric_id, area_id, value, status)
                        VALUES (999, 1, 1, 1, 5.0, 'reported')
                        """)
                }
            }
            #expect(try store.connection.integer("SELECT count(*) FROM observation_values") == 0)
            #expect(store.connection.isInTransaction == false)
        }
    }

    @Test("a new store has 16 KiB pages; an existing one keeps its own")
    func pageSizes() throws {
        try withTemporaryDirectory { folder in
            let new = try Store(
                path: folder.appendingPathComponent("new.sqlite").path, configuration: Fixtures.configuration)
            #expect(try new.connection.integer("PRAGMA page_size") == 16_384)

            let path = folder.appendingPathComponent("old.sqlite").path
            do {
                let connection = try Connection(filename: path, busyTimeoutMilliseconds: 0)
                _ = try Migrator(migrations: [Schema.migrations[0]]).migrate(connection, now: { "t0" })
                #expect(try connection.integer("PRAGMA page_size") == 4_096)
            }
            let old = try Store(path: path, configuration: Fixtures.configuration)
            #expect(old.schemaVersion == Schema.migrator.latestVersion)
            #expect(try old.connection.integer("PRAGMA page_size") == 4_096)
        }
    }
}
