import GeoModel

/// The prepared statements that add one revision of a snapshot, reused across periods.
///
/// A snapshot holds no observations of its own: it links the `sources` rows that make it up.
struct SnapshotWriter {
    /// The latest revision of a pipeline × period.
    struct Latest {
        let id: Int
        let revision: Int
        let sourceSetHash: String
    }

    private let connection: Connection
    private let findLatest: Statement
    private let insertSnapshot: Statement
    private let insertLink: Statement

    /// Prepares the statements.
    init(connection: Connection) throws {
        self.connection = connection
        findLatest = try connection.prepare(
            """
            SELECT id, revision, source_set_hash FROM snapshots
            WHERE pipeline = ? AND period = ? ORDER BY revision DESC LIMIT 1
            """)
        insertSnapshot = try connection.prepare(
            """
            INSERT INTO snapshots (pipeline, period, revision, source_set_hash, created_at)
            VALUES (?, ?, ?, ?, ?)
            """)
        insertLink = try connection.prepare("INSERT INTO snapshot_sources (snapshot_id, source_id) VALUES (?, ?)")
    }

    /// The latest stored revision of `pipeline` × `period`, if any.
    func latest(pipeline: String, period: Period) throws -> Latest? {
        guard let row = try findLatest.rows([SQLiteValue(pipeline), SQLiteValue(period.description)]).first,
            let id = row.integer(0), let revision = row.integer(1), let hash = row.text(2)
        else { return nil }
        return Latest(id: id, revision: revision, sourceSetHash: hash)
    }

    /// Inserts a snapshot row and its links to the `sources` rows `sourceIDs`.
    func insert(
        pipeline: String, period: Period, revision: Int, sourceSetHash: String, createdAt: String, sourceIDs: [Int]
    ) throws {
        try insertSnapshot.execute([
            SQLiteValue(pipeline), SQLiteValue(period.description), SQLiteValue(revision), SQLiteValue(sourceSetHash),
            SQLiteValue(createdAt),
        ])
        let snapshotID = Int(connection.lastInsertedRowID)
        for sourceID in sourceIDs {
            try insertLink.execute([SQLiteValue(snapshotID), SQLiteValue(sourceID)])
        }
    }
}
