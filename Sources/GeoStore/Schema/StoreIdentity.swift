/// How geo-ai recognises its own store before it writes anything to a file.
///
/// A store is identified positively: `PRAGMA application_id` is ``applicationID`` (stores made
/// before the id was introduced have 0), the schema version is one this build knows, and the
/// tables and first recorded migration are geo-ai's. Only reads happen until the verdict is
/// in, so a refused file (someone else's database, a store from a newer geo-ai) keeps its bytes.
enum StoreIdentity: Equatable {
    /// A file without any table: a new store.
    case empty
    /// A geo-ai store at or below the latest schema version.
    case ours(applicationIDSet: Bool)
    /// Not a geo-ai store, and why.
    case foreign(String)
    /// A geo-ai store from a newer geo-ai.
    case tooNew(Int)

    /// `PRAGMA application_id` of every geo-ai store: "GEOA" in ASCII.
    static let applicationID = 0x4745_4F41

    /// The tables (or, from schema version 2, views) every geo-ai store has from version 1 on.
    static let requiredTables: Set<String> = [
        "schema_migrations", "sources", "snapshots", "snapshot_sources", "observations", "economies",
    ]

    /// Reads the file's header and schema and decides, without writing.
    static func of(_ connection: Connection, migrator: Migrator) throws -> StoreIdentity {
        let objects = try connection.integer("SELECT count(*) FROM sqlite_master") ?? 0
        let version = try migrator.currentVersion(of: connection)
        let application = try connection.integer("PRAGMA application_id") ?? 0
        if objects == 0, version == 0, application == 0 { return .empty }
        if application != 0, application != applicationID {
            return .foreign("its application_id is \(application), not geo-ai's \(applicationID)")
        }
        if version > migrator.latestVersion {
            return application == applicationID
                ? .tooNew(version) : .foreign("its user_version \(version) is not a geo-ai schema")
        }
        let tables = Set(
            try connection.rows("SELECT name FROM sqlite_master WHERE type IN ('table', 'view')").compactMap {
                $0.text(0)
            })
        let missing = requiredTables.subtracting(tables).sorted()
        guard missing.isEmpty else { return .foreign("it has no \(missing.joined(separator: ", ")) table") }
        let first = try connection.text("SELECT name FROM schema_migrations WHERE version = 1")
        guard version >= 1, first == migrator.migrations.first?.name else {
            return .foreign("its schema_migrations table does not record geo-ai's first migration")
        }
        return .ours(applicationIDSet: application == applicationID)
    }
}
