import Foundation
import GeoModel
import Testing

@testable import GeoStore

struct StoreOpeningTests {
    @Test("a new in-memory store is migrated to the latest schema")
    func inMemoryStoreIsMigrated() throws {
        let store = try Fixtures.store()
        #expect(store.schemaVersion == Schema.migrator.latestVersion)
        #expect(try store.connection.integer("PRAGMA user_version") == Schema.migrator.latestVersion)
        #expect(try store.snapshots().isEmpty)
        #expect(try store.sources().isEmpty)
    }

    @Test("opening creates the parent folders and the file")
    func openingCreatesFoldersAndFile() throws {
        try withTemporaryDirectory { folder in
            let path = folder.appendingPathComponent(".geo-ai/nested/store.sqlite").path
            let store = try Store(path: path, configuration: Fixtures.configuration)
            #expect(store.schemaVersion == Schema.migrator.latestVersion)
            #expect(FileManager.default.fileExists(atPath: path))
        }
    }

    @Test("migrations are applied once and recorded; reopening does not run them again")
    func migrationsAreAppliedOnce() throws {
        try withTemporaryDirectory { folder in
            let path = folder.appendingPathComponent("store.sqlite").path
            do {
                let store = try Store(path: path, configuration: Store.Configuration(now: { "first-open" }))
                #expect(store.schemaVersion == Schema.migrator.latestVersion)
            }
            let reopened = try Store(path: path, configuration: Store.Configuration(now: { "second-open" }))
            #expect(reopened.schemaVersion == Schema.migrator.latestVersion)
            let rows = try reopened.connection.rows("SELECT version, name, applied_at FROM schema_migrations")
            #expect(
                rows
                    == Schema.migrations.map { migration in
                        Row(values: [.integer(Int64(migration.version)), .text(migration.name), .text("first-open")])
                    })
        }
    }

    @Test("foreign keys are on for a file store, and it waits 5 s for a lock")
    func pragmasAreOnForFileStore() throws {
        try withTemporaryDirectory { folder in
            let store = try Store(path: folder.appendingPathComponent("store.sqlite").path)
            #expect(try store.connection.integer("PRAGMA foreign_keys") == 1)
            #expect(try store.connection.integer("PRAGMA busy_timeout") == 5000)
        }
    }

    @Test(
        "a new file keeps the rollback journal until its first write commits, then is WAL; an existing file is WAL once opened"
    )
    func journalModes() throws {
        try withTemporaryDirectory { folder in
            func mode(_ store: Store) throws -> String? { try store.connection.text("PRAGMA journal_mode") }
            let written = try Store(path: folder.appendingPathComponent("written.sqlite").path)
            #expect(try mode(written) == "delete")
            try written.record(pipeline: "ai-diffusion", files: [try Fixtures.usage(koreaValue: 30.1)])
            #expect(try mode(written) == "wal")

            // A write nested in a larger transaction commits with it: the switch waits for that.
            let nested = try Store(path: folder.appendingPathComponent("nested.sqlite").path)
            let file = try Fixtures.usage(koreaValue: 30.1)
            try nested.transaction("record in a build") { () throws(GeoError) in
                try nested.record(pipeline: "ai-diffusion", files: [file])
                #expect((try? mode(nested)) == "delete")
            }
            #expect(try mode(nested) == "wal")

            // Created but never written: the next opening switches it.
            let path = folder.appendingPathComponent("unwritten.sqlite").path
            do {
                let unwritten = try Store(path: path)
                #expect(try mode(unwritten) == "delete")
            }
            #expect(try mode(try Store(path: path)) == "wal")
        }
    }

    @Test("foreign keys are enforced: an observation of a missing source is rejected")
    func foreignKeysAreEnforced() throws {
        let store = try Fixtures.store()
        #expect(try store.connection.integer("PRAGMA foreign_keys") == 1)
        let failure = try #require(throws: SQLiteFailure.self) {
            try store.connection.execute(
                """
                INSERT INTO observation_values (source_id, period_id, metric_id, area_id, status)
                VALUES (?, 1, 1, 1, 'reported')
                """,
                [.integer(42)])
        }
        #expect(failure.message == "FOREIGN KEY constraint failed")
    }

    @Test("a file that is not an SQLite database fails with an I/O error naming it")
    func nonDatabaseFileFails() throws {
        try withTemporaryDirectory { folder in
            let path = folder.appendingPathComponent("usage.csv").path
            let csv = String(repeating: "country,period,metric,value\nKorea,2025-H2,ai_user_share,30.1\n", count: 20)
            try Data(csv.utf8).write(to: URL(fileURLWithPath: path))
            let error = try #require(throws: GeoError.self) { try Store(path: path) }
            #expect(error.code == .ioError)
            #expect(error.message == "\(path) is not a geo-ai store: file is not a database")
            #expect(error.hint == "Use --db PATH to choose another store or delete it to start an empty one.")
        }
    }

    @Test("an SQLite database of another program is not adopted")
    func foreignDatabaseIsRefused() throws {
        try withTemporaryDirectory { folder in
            let path = folder.appendingPathComponent("other.sqlite").path
            do {
                let other = try Connection(filename: path, busyTimeoutMilliseconds: 0)
                try other.execute("CREATE TABLE notes (body TEXT)")
            }
            let error = try #require(throws: GeoError.self) { try Store(path: path) }
            #expect(error.code == .ioError)
            #expect(
                error.message
                    == "\(path) is an SQLite database but not a geo-ai store: it has no economies, observations, "
                    + "schema_migrations, snapshot_sources, snapshots, sources table; it was left untouched")
            #expect(error.hint == "Use --db PATH to choose another store or delete it to start an empty one.")
        }
    }

    @Test("a store with a newer schema than the code knows fails with a hint to upgrade")
    func newerSchemaFails() throws {
        try withTemporaryDirectory { folder in
            let path = folder.appendingPathComponent("store.sqlite").path
            do {
                let store = try Store(path: path)
                try store.connection.execute("PRAGMA user_version = 99")
            }
            let error = try #require(throws: GeoError.self) { try Store(path: path) }
            #expect(error.code == .ioError)
            #expect(
                error.message
                    == "\(path) has store schema version 99, but this geo-ai knows versions up to \(Schema.migrator.latestVersion)"
            )
            #expect(error.hint == "Upgrade geo-ai, or use --db PATH to choose another store.")
        }
    }

    @Test("an empty path is refused")
    func emptyPathIsRefused() throws {
        let error = try #require(throws: GeoError.self) { try Store(path: "") }
        #expect(error.code == .ioError)
        #expect(error.message == "The store path is empty")
    }

    @Test("a write while another connection holds the lock fails as busy and writes nothing")
    func lockedStoreIsBusy() throws {
        try withTemporaryDirectory { folder in
            let path = folder.appendingPathComponent("store.sqlite").path
            let holder = try Store(path: path, configuration: Fixtures.configuration)
            let writer = try Store(path: path, configuration: Store.Configuration(busyTimeout: .zero, now: { "t" }))
            try holder.connection.execute("BEGIN IMMEDIATE")
            let error = try #require(throws: GeoError.self) {
                try writer.record(pipeline: "ai-diffusion", files: [try Fixtures.usage(koreaValue: 30.1)])
            }
            #expect(error.code == .busy)
            #expect(error.message == "Store \(path) is busy: database is locked")
            try holder.connection.execute("ROLLBACK")
            #expect(try writer.snapshots().isEmpty)
            #expect(
                try writer.record(pipeline: "ai-diffusion", files: [try Fixtures.usage(koreaValue: 30.1)]).newRevisions
                    .count == 1)
        }
    }
}
