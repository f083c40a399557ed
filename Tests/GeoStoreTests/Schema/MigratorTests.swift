import Testing

@testable import GeoStore

struct MigratorTests {
    @Test("the shipped migrations are numbered 1, 2, 3, … and the schema version is the last")
    func shippedMigrationsAreNumbered() {
        #expect(Schema.migrations.map(\.version) == Array(1...Schema.migrations.count))
        #expect(Schema.migrator.latestVersion == Schema.migrations.count)
    }

    @Test("a later migration applies to an existing store once, and is recorded")
    func laterMigrationAppliesOnce() throws {
        let connection = try Connection(filename: ":memory:", busyTimeoutMilliseconds: 0)
        let shipped = Schema.migrator.latestVersion
        #expect(try Schema.migrator.migrate(connection, now: { "t1" }) == shipped)

        let next = Migration(
            version: shipped + 1, name: "add flags", sql: "CREATE TABLE flags (id INTEGER PRIMARY KEY);")
        let migrator = Migrator(migrations: Schema.migrations + [next])
        #expect(try migrator.migrate(connection, now: { "t2" }) == shipped + 1)
        #expect(try migrator.migrate(connection, now: { "t3" }) == shipped + 1)

        let recorded = try connection.rows("SELECT version, name, applied_at FROM schema_migrations ORDER BY version")
        #expect(recorded.map { $0.text(2) } == Array(repeating: "t1", count: shipped) + ["t2"])
        #expect(recorded.last?.text(1) == "add flags")
        #expect(try connection.integer("PRAGMA user_version") == shipped + 1)
        #expect(try connection.integer("SELECT count(*) FROM flags") == 0)
    }

    @Test("a failing migration leaves the schema at the previous version")
    func failingMigrationRollsBack() throws {
        let connection = try Connection(filename: ":memory:", busyTimeoutMilliseconds: 0)
        let shipped = Schema.migrator.latestVersion
        let broken = Migration(
            version: shipped + 1, name: "broken",
            sql: "CREATE TABLE flags (id INTEGER); CREATE TABLE flags (id INTEGER);")
        let migrator = Migrator(migrations: Schema.migrations + [broken])
        #expect(throws: SQLiteFailure.self) { try migrator.migrate(connection, now: { "t" }) }
        #expect(try Schema.migrator.currentVersion(of: connection) == shipped)
        #expect(try connection.integer("SELECT count(*) FROM sqlite_master WHERE name = 'flags'") == 0)
        #expect(try connection.integer("SELECT max(version) FROM schema_migrations") == shipped)
    }
}
