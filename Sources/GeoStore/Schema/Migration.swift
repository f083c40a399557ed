/// One versioned step of the store's schema: a number, a name for people, and constant SQL.
struct Migration: Hashable, Sendable {
    /// The schema version this migration produces; versions increase by one from 1.
    let version: Int
    /// What it does, recorded in `schema_migrations.name`.
    let name: String
    /// The DDL script, run as-is inside the migration's transaction.
    let sql: String
}

/// Applies ``Schema/migrations`` to a connection, each in its own transaction.
///
/// Every applied migration is recorded in `schema_migrations` and in `PRAGMA user_version`,
/// so `sqlite3 store.sqlite 'pragma user_version'` tells a user which schema a file has.
struct Migrator {
    /// The migrations, in the order they apply.
    let migrations: [Migration]

    /// The version the code knows up to.
    var latestVersion: Int { migrations.last?.version ?? 0 }

    /// Creates a migrator.
    ///
    /// - Precondition: versions run 1, 2, 3, … without gaps.
    init(migrations: [Migration]) {
        precondition(
            migrations.map(\.version) == Array(1..<(migrations.count + 1)),
            "migration versions must run 1, 2, 3, … without gaps")
        self.migrations = migrations
    }

    /// The version recorded in the database file.
    func currentVersion(of connection: Connection) throws -> Int {
        try connection.integer("PRAGMA user_version") ?? 0
    }

    /// Applies every migration newer than the file's version; returns the resulting version.
    ///
    /// A file already at the latest version is only read, so opening a busy store for
    /// reading never waits for the write lock.
    ///
    /// - Parameters:
    ///   - connection: The open database.
    ///   - now: The timestamp recorded in `schema_migrations.applied_at`.
    /// - Throws: `SQLiteFailure`, or ``SchemaTooNew`` when the file is newer than the code.
    func migrate(_ connection: Connection, now: () -> String) throws -> Int {
        let found = try currentVersion(of: connection)
        if found > latestVersion { throw SchemaTooNew(found: found, known: latestVersion) }
        if found == latestVersion { return found }
        for migration in migrations {
            try connection.inTransaction {
                // Another process may have migrated between our read and our write lock.
                let current = try currentVersion(of: connection)
                if current > latestVersion { throw SchemaTooNew(found: current, known: latestVersion) }
                guard current < migration.version else { return }
                try connection.executeScript(Self.bookkeeping)
                try connection.executeScript(migration.sql)
                try connection.execute(
                    "INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)",
                    [SQLiteValue(migration.version), SQLiteValue(migration.name), SQLiteValue(now())])
                // PRAGMA takes no parameters; the version is a constant from the code, not data.
                try connection.execute("PRAGMA user_version = \(migration.version)")
            }
        }
        return try currentVersion(of: connection)
    }

    /// The table that records applied migrations; created with the first one.
    static let bookkeeping = """
        CREATE TABLE IF NOT EXISTS schema_migrations (
            version    INTEGER PRIMARY KEY,
            name       TEXT NOT NULL,
            applied_at TEXT NOT NULL
        );
        """
}

/// The file's schema is newer than this build of geo-ai understands.
struct SchemaTooNew: Error, Hashable, Sendable {
    /// The version in the file.
    let found: Int
    /// The latest version the code knows.
    let known: Int
}
