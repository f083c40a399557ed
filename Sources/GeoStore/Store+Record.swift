public import GeoModel

extension Store {
    /// The hint for two observations of the same economy, period and metric in one call.
    static let duplicateObservationHint =
        "Each economy, period and metric may appear only once in a pipeline; remove the duplicate rows."

    /// Records the ingested files of one pipeline (or ad-hoc dataset) in one transaction.
    ///
    /// Each file is stored once per path, content and observations: a file whose path,
    /// SHA-256 and observations hash are already stored (recorded before, by this or another
    /// pipeline) reuses its `sources` row and its observations; a new one is inserted with
    /// all of its observations. Then, for every period among the files' observations, the
    /// period's source set is the files that contributed to it; if it matches the latest
    /// revision of that pipeline and period, nothing is written, otherwise revision *n + 1*
    /// is added, linked to those sources. A snapshot's observations are its sources'
    /// observations of its period. Earlier revisions stay queryable.
    ///
    /// The source set hash of a period is the SHA-256 of the sorted, distinct lines
    /// `path<TAB>sha256<TAB>observations_hash` of its sources, joined by newlines.
    ///
    /// - Parameters:
    ///   - pipeline: The pipeline or dataset name snapshots are filed under.
    ///   - files: The ingested files, with their observations. A file given twice (same
    ///     path, content and observations) counts once.
    /// - Returns: Which sources were new or reused and which snapshots were added or unchanged.
    /// - Throws: `GeoError` with code `.dataError` when two observations of the files have the
    ///   same economy, period and metric, before anything is written; `.ioError` (or `.busy`
    ///   when another process holds the lock) naming the store, with all of the call's writes
    ///   rolled back.
    /// - Complexity: O(n log n) in the number of observations.
    @discardableResult
    public func record(pipeline: String, files: [IngestedFile]) throws(GeoError) -> RecordOutcome {
        let action = "record pipeline '\(pipeline)'"
        let inputs = Self.distinctInputs(files)
        try checkUniqueKeys(of: inputs, action: action)
        return try writing(action, constraintHint: Self.duplicateObservationHint) {
            let now = configuration.now()
            let stored = try storeSources(inputs, now: now)
            var periods: [Period: [Int: SourceIdentity]] = [:]
            for (input, sourceID) in zip(inputs, stored.sourceIDs) {
                for period in Set(input.file.observations.map(\.period)) {
                    periods[period, default: [:]][sourceID] = input.identity
                }
            }

            let writer = try SnapshotWriter(connection: connection)
            var newIDs: [Int] = []
            var unchangedIDs: [Int] = []
            for (period, sources) in periods.sorted(by: { $0.key < $1.key }) {
                let hash = Self.sourceSetHash(sources.values)
                let latest = try writer.latest(pipeline: pipeline, period: period)
                if let latest, latest.sourceSetHash == hash {
                    unchangedIDs.append(latest.id)
                    continue
                }
                let id = try writer.insert(
                    pipeline: pipeline, period: period, revision: (latest?.revision ?? 0) + 1, sourceSetHash: hash,
                    createdAt: now, sourceIDs: sources.keys.sorted())
                newIDs.append(id)
            }
            return RecordOutcome(
                newSources: stored.newPaths, reusedSources: stored.reusedPaths,
                newRevisions: try newIDs.flatMap { try loadSnapshots(id: $0) }.sorted(),
                unchangedSnapshots: try unchangedIDs.flatMap { try loadSnapshots(id: $0) }.sorted())
        }
    }

    /// The SHA-256 of a source set: the sorted, distinct lines `path<TAB>sha256<TAB>observations_hash`
    /// joined by newlines.
    static func sourceSetHash(_ sources: some Sequence<SourceIdentity>) -> String {
        let lines = Set(sources.map(\.sourceSetLine)).sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
        return SHA256.hex(of: lines.joined(separator: "\n"))
    }

    /// The files with their identities, each identity once, in input order.
    private static func distinctInputs(_ files: [IngestedFile]) -> [Input] {
        var seen: Set<SourceIdentity> = []
        return files.compactMap { file in
            let identity = SourceIdentity(file)
            return seen.insert(identity).inserted ? Input(file: file, identity: identity) : nil
        }
    }

    /// Throws a data error if two observations of `inputs` share economy, period and metric.
    ///
    /// Within one file the observations table's UNIQUE constraint would also catch it, but a
    /// snapshot spans files, so the check is made here, before anything is written.
    private func checkUniqueKeys(of inputs: [Input], action: String) throws(GeoError) {
        var seen: Set<Observation.Key> = []
        seen.reserveCapacity(inputs.reduce(0) { $0 + $1.file.observations.count })
        for input in inputs {
            for observation in input.file.observations {
                let key = observation.key
                if !seen.insert(key).inserted {
                    // Rare: find where the key first appeared, for the message.
                    let earlier = Self.firstOrigin(of: key, in: inputs)
                    throw GeoError(
                        .dataError,
                        "Cannot \(action) in store \(displayPath): economy \(key.iso3.rawValue), period \(key.period), "
                            + "metric \(key.metric) appears twice (\(earlier) and \(observation.origin)); "
                            + "nothing was stored",
                        at: observation.origin, hint: Self.duplicateObservationHint)
                }
            }
        }
    }

    /// The origin of the first observation of `inputs` with `key`.
    private static func firstOrigin(of key: Observation.Key, in inputs: [Input]) -> SourceLocation {
        for input in inputs {
            for observation in input.file.observations where observation.key == key { return observation.origin }
        }
        preconditionFailure("the key was seen")
    }

    /// Finds or inserts one `sources` row per input, inserting a new row's observations.
    ///
    /// - Returns: The row ids in input order, and which paths were new or reused.
    private func storeSources(_ inputs: [Input], now: String) throws -> StoredSources {
        let find = try connection.prepare(
            "SELECT id FROM sources WHERE path = ? AND sha256 = ? AND observations_hash = ?")
        let insert = try connection.prepare(
            """
            INSERT INTO sources (path, sha256, observations_hash, format, encoding, rows_read, rows_kept, ingested_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """)
        let observationInserter = try ObservationInserter(connection: connection)
        var stored = StoredSources()
        for input in inputs {
            let source = input.file.source
            let identity = input.identity
            if let existing = try find.rows([
                SQLiteValue(identity.path), SQLiteValue(identity.sha256), SQLiteValue(identity.observationsHash),
            ]).first?.integer(0) {
                stored.sourceIDs.append(existing)
                stored.reusedPaths.append(source.path)
                continue
            }
            try insert.execute([
                SQLiteValue(identity.path), SQLiteValue(identity.sha256), SQLiteValue(identity.observationsHash),
                SQLiteValue(source.format.rawValue), SQLiteValue(source.encoding), SQLiteValue(source.rowsRead),
                SQLiteValue(source.rowsKept), SQLiteValue(now),
            ])
            let sourceID = Int(connection.lastInsertedRowID)
            let cache = try BulkInsertCache(connection: connection, rows: input.file.observations.count)
            defer { cache.restore() }
            try observationInserter.insert(input.file.observations, sourceID: sourceID)
            stored.sourceIDs.append(sourceID)
            stored.newPaths.append(source.path)
        }
        return stored
    }
}

/// One input file of a `record` call with its identity.
private struct Input {
    let file: IngestedFile
    let identity: SourceIdentity
}

/// The `sources` rows of one `record` call.
private struct StoredSources {
    /// One row id per distinct input, in input order.
    var sourceIDs: [Int] = []
    var newPaths: [String] = []
    var reusedPaths: [String] = []
}

/// A larger page cache while one `record` call inserts many observations.
///
/// Each row updates the table and two indexes in key order unrelated to file order; with
/// SQLite's default 2 MB cache the index pages of a large file are evicted and spilled to
/// the WAL again and again inside the transaction. The cache only changes how much of the
/// file SQLite keeps in memory (pages are allocated as needed, up to the limit): not what
/// is written, nor when it is made durable (the transaction commits as before).
struct BulkInsertCache {
    /// Rows below this fit the default cache; nothing is changed.
    static let threshold = 20_000
    /// The cache limit for a bulk insert, in KiB (SQLite's negative `cache_size`).
    static let kibibytes = 256 * 1024

    private let connection: Connection
    private let previous: Int?

    init(connection: Connection, rows: Int) throws {
        self.connection = connection
        guard rows >= Self.threshold else {
            previous = nil
            return
        }
        previous = try connection.integer("PRAGMA cache_size")
        try connection.execute("PRAGMA cache_size = -\(Self.kibibytes)")
    }

    /// Puts the connection's cache size back.
    func restore() {
        guard let previous else { return }
        try? connection.execute("PRAGMA cache_size = \(previous)")
    }
}

/// Inserts a file's observations in file order with one prepared statement.
///
/// (Multi-row `INSERT ... VALUES (...), (...)` statements were tried: SQLite then keeps a
/// statement journal in a temporary file and writes far more often; slower overall.)
struct ObservationInserter {
    private let statement: Statement

    init(connection: Connection) throws {
        statement = try connection.prepare(
            """
            INSERT INTO observations (
                source_id, iso3, period, metric, value, low, high,
                status, label, source_line, source_column, source_ref, note)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
    }

    /// Inserts `observations` of the `sources` row `sourceID`.
    func insert(_ observations: [Observation], sourceID: Int) throws {
        var period: (value: Period, text: String)?  // observations come grouped by period
        for observation in observations {
            if period?.value != observation.period { period = (observation.period, observation.period.description) }
            try statement.execute([
                SQLiteValue(sourceID), SQLiteValue(observation.iso3.rawValue),
                SQLiteValue(period?.text), SQLiteValue(observation.metric),
                SQLiteValue(observation.value), SQLiteValue(observation.low), SQLiteValue(observation.high),
                SQLiteValue(observation.status.rawValue), SQLiteValue(observation.label),
                SQLiteValue(observation.origin.line), SQLiteValue(observation.origin.column),
                SQLiteValue(observation.sourceID), SQLiteValue(observation.note),
            ])
        }
    }
}
