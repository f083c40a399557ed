public import GeoModel

extension Store {
    /// Every stored snapshot revision, optionally of one pipeline.
    ///
    /// - Parameter pipeline: The pipeline to list, or `nil` for all.
    /// - Returns: The snapshots sorted by pipeline, period and revision.
    /// - Throws: `GeoError` with code `.ioError` (or `.busy`) when the store cannot be read.
    public func snapshots(pipeline: String? = nil) throws(GeoError) -> [Snapshot] {
        try reading("read snapshots") { try loadSnapshots(pipeline: pipeline) }
    }

    /// The observations of one snapshot revision.
    ///
    /// Each observation's `origin` is its source file's path with the stored line and column.
    /// Read through the `observations` view users query too (SQLite flattens it into the same
    /// index lookups as a join of the tables).
    ///
    /// - Parameters:
    ///   - pipeline: The pipeline.
    ///   - period: The period.
    ///   - revision: The revision, or `nil` for the latest.
    /// - Returns: The observations sorted by metric, period and economy; empty when there is no such snapshot.
    /// - Throws: `GeoError` with code `.ioError` (or `.busy`) when the store cannot be read.
    public func observations(pipeline: String, period: Period, revision: Int? = nil) throws(GeoError) -> [Observation] {
        try reading("read observations") {
            let rows = try connection.rows(
                """
                SELECT observations.iso3, observations.period, observations.metric,
                       observations.value, observations.low, observations.high,
                       observations.status, observations.label, sources.path,
                       observations.source_line, observations.source_column,
                       observations.source_ref, observations.note
                FROM snapshots
                JOIN snapshot_sources ON snapshot_sources.snapshot_id = snapshots.id
                JOIN observations
                    ON observations.source_id = snapshot_sources.source_id AND observations.period = snapshots.period
                JOIN sources ON sources.id = observations.source_id
                WHERE snapshots.pipeline = ?1 AND snapshots.period = ?2
                  AND snapshots.revision = coalesce(?3, (
                      SELECT max(latest.revision) FROM snapshots AS latest
                      WHERE latest.pipeline = ?1 AND latest.period = ?2))
                """,
                [SQLiteValue(pipeline), SQLiteValue(period.description), SQLiteValue(revision)])
            return try rows.map(decodeObservation).sorted(by: Self.inReadingOrder)
        }
    }

    /// The latest-revision observations of every period of a pipeline (the `latest_observations` view).
    ///
    /// - Parameter pipeline: The pipeline.
    /// - Returns: The observations sorted by metric, period and economy.
    /// - Throws: `GeoError` with code `.ioError` (or `.busy`) when the store cannot be read.
    public func latestObservations(pipeline: String) throws(GeoError) -> [Observation] {
        try reading("read observations") {
            let rows = try connection.rows(
                """
                SELECT iso3, period, metric, value, low, high, status, label, source_path,
                       source_line, source_column, source_ref, note
                FROM latest_observations WHERE pipeline = ?
                """,
                [SQLiteValue(pipeline)])
            return try rows.map(decodeObservation).sorted(by: Self.inReadingOrder)
        }
    }

    /// Every stored source file, each distinct path, content and reading (observations hash) once.
    ///
    /// The same file read differently (another pipeline's aliases) is listed once per reading.
    ///
    /// - Returns: The sources sorted by path, then by when they were first stored.
    /// - Throws: `GeoError` with code `.ioError` (or `.busy`) when the store cannot be read.
    public func sources() throws(GeoError) -> [SourceFile] {
        try reading("read sources") {
            try connection.rows(
                "SELECT path, sha256, format, encoding, rows_read, rows_kept FROM sources ORDER BY path, id"
            ).map { row in
                guard let path = row.text(0), let sha256 = row.text(1), let encoding = row.text(3),
                    let rowsRead = row.integer(4), let rowsKept = row.integer(5)
                else { throw unreadableError("row", in: "sources") }
                guard let format = row.text(2).flatMap(SourceFile.Format.init(rawValue:)) else {
                    throw unreadableError("format", in: "sources")
                }
                return SourceFile(
                    path: path, sha256: sha256, format: format, encoding: encoding, rowsRead: rowsRead,
                    rowsKept: rowsKept)
            }
        }
    }

    /// Snapshots with their observation counts and metrics, optionally of one pipeline.
    func loadSnapshots(pipeline: String? = nil) throws -> [Snapshot] {
        let rows = try connection.rows(
            """
            SELECT snapshots.id, snapshots.pipeline, snapshots.period, snapshots.revision,
                   snapshots.source_set_hash, metrics.metric, count(observation_values.source_id)
            FROM snapshots
            LEFT JOIN periods ON periods.period = snapshots.period
            LEFT JOIN snapshot_sources ON snapshot_sources.snapshot_id = snapshots.id
            LEFT JOIN observation_values
                ON observation_values.source_id = snapshot_sources.source_id
                AND observation_values.period_id = periods.id
            LEFT JOIN metrics ON metrics.id = observation_values.metric_id
            WHERE ?1 IS NULL OR snapshots.pipeline = ?1
            GROUP BY snapshots.id, metrics.metric
            ORDER BY snapshots.id, metrics.metric
            """,
            [SQLiteValue(pipeline)])
        var order: [Int] = []
        var headers: [Int: (pipeline: String, period: Period, revision: Int, hash: String)] = [:]
        var metrics: [Int: [String]] = [:]
        var counts: [Int: Int] = [:]
        for row in rows {
            guard let id = row.integer(0), let pipeline = row.text(1), let revision = row.integer(3),
                let hash = row.text(4), let count = row.integer(6)
            else { throw unreadableError("row", in: "snapshots") }
            guard let period = row.text(2).flatMap(Period.init) else {
                throw unreadableError("period", in: "snapshots")
            }
            if headers[id] == nil {
                order.append(id)
                headers[id] = (pipeline, period, revision, hash)
            }
            if let metric = row.text(5) { metrics[id, default: []].append(metric) }
            counts[id, default: 0] += count
        }
        return order.compactMap { id in
            headers[id].map { header in
                Snapshot(
                    pipeline: header.pipeline, period: header.period, revision: header.revision,
                    sourceSetHash: header.hash, observationCount: counts[id] ?? 0,
                    metrics: (metrics[id] ?? []).sorted())
            }
        }.sorted()
    }

    /// Decodes a row of the shape the observation queries select.
    private func decodeObservation(_ row: Row) throws -> Observation {
        guard let iso3 = row.text(0).flatMap(AreaCode.init(rawValue:)) else {
            throw unreadableError("iso3", in: "observations")
        }
        guard let period = row.text(1).flatMap(Period.init) else { throw unreadableError("period", in: "observations") }
        guard let status = row.text(6).flatMap(Observation.Status.init(rawValue:)) else {
            throw unreadableError("status", in: "observations")
        }
        guard let metric = row.text(2), let path = row.text(8) else { throw unreadableError("row", in: "observations") }
        return Observation(
            iso3: iso3, period: period, metric: metric, value: row.real(3), low: row.real(4), high: row.real(5),
            status: status, label: row.text(7),
            origin: SourceLocation(path: path, line: row.integer(9), column: row.integer(10)),
            sourceID: row.text(11), note: row.text(12))
    }

    /// Orders observations by metric, period, then economy.
    private static func inReadingOrder(_ lhs: Observation, _ rhs: Observation) -> Bool {
        (lhs.metric, lhs.period, lhs.iso3) < (rhs.metric, rhs.period, rhs.iso3)
    }
}
