import GeoModel

/// Inserts files' observations into `observation_values` with two prepared statements.
///
/// A key's period, metric and area code become the ids of their rows in `periods`, `metrics`
/// and `area_codes` (added on first use, looked up once per distinct text), and a file's rows
/// go in in key order (``ObservationKeys/File/order``), so each insert lands at the end of the
/// source's part of the primary key rather than splitting a page in the middle.
///
/// The usual row of a large file (a reported point value with its line and column, nothing
/// else) goes in ``batchSize`` at a time through one multi-row `INSERT`; every other row, and
/// the last few usual ones, one at a time with all 13 columns. A million rows: 0.8 s instead of
/// 1.4 s one by one.
///
/// Both are `INSERT OR ROLLBACK`: a row that breaks a constraint (which the keys' own check
/// leaves only to a damaged store) rolls the whole transaction back, as the caller would, so
/// SQLite keeps no statement journal for a multi-row insert that might fail half-way. The
/// source's foreign key is checked at commit for the same reason (schema version 3).
struct ObservationInserter {
    /// Rows per multi-row insert: 7 parameters each, well under SQLite's 32,766.
    static let batchSize = 64

    private let statement: Statement
    /// ``batchSize`` usual rows in one statement.
    private let batchStatement: Statement
    private let periodIDs: [Int]
    private let metricIDs: [Int]
    private let areaIDs: [Int]

    /// Prepares the inserts and finds (or adds) the id of every period, metric and area code of `keys`.
    init(connection: Connection, keys: ObservationKeys) throws {
        statement = try connection.prepare(
            """
            INSERT OR ROLLBACK INTO observation_values (
                source_id, period_id, metric_id, area_id, value, low, high,
                status, label, source_line, source_column, source_ref, note)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        let usualRow = "(?, ?, ?, ?, ?, 'reported', ?, ?)"
        batchStatement = try connection.prepare(
            """
            INSERT OR ROLLBACK INTO observation_values (
                source_id, period_id, metric_id, area_id, value, status, source_line, source_column)
            VALUES \(Array(repeating: usualRow, count: Self.batchSize).joined(separator: ", "))
            """)
        periodIDs = try Self.ids(
            of: keys.periods.map(\.description), table: "periods", column: "period", connection: connection)
        metricIDs = try Self.ids(of: keys.metrics, table: "metrics", column: "metric", connection: connection)
        areaIDs = try Self.ids(of: keys.areaCodes, table: "area_codes", column: "code", connection: connection)
    }

    /// Inserts `observations`, whose keys are `file`, as rows of the `sources` row `sourceID`.
    func insert(_ observations: ObservationList, keys file: ObservationKeys.File, sourceID: Int) throws {
        var usual: [(index: Int32, key: ObservationKeys.Key, plain: ObservationList.PlainValue)] = []
        usual.reserveCapacity(Self.batchSize)
        for index in file.order {
            let key = file.keys[Int(index)]
            guard let plain = observations.plainValue(at: Int(index)) else {
                try insertOne(observations[Int(index)], key: key, sourceID: sourceID)
                continue
            }
            usual.append((index, key, plain))
            if usual.count == Self.batchSize {
                try batchStatement.execute { binder in
                    for (position, row) in usual.enumerated() {
                        let first = Int32(7 * position + 1)
                        try bindKey(row.key, sourceID: sourceID, from: first, binder)
                        try binder.real(row.plain.value, at: first + 4)
                        try binder.integer(row.plain.line, at: first + 5)
                        try binder.integer(row.plain.column, at: first + 6)
                    }
                }
                usual.removeAll(keepingCapacity: true)
            }
        }
        for row in usual { try insertOne(observations[Int(row.index)], key: row.key, sourceID: sourceID) }
    }

    /// Inserts one row with all its columns.
    private func insertOne(_ observation: Observation, key: ObservationKeys.Key, sourceID: Int) throws {
        try statement.execute { binder in
            try bindKey(key, sourceID: sourceID, from: 1, binder)
            try binder.value(SQLiteValue(observation.value), at: 5)
            try binder.value(SQLiteValue(observation.low), at: 6)
            try binder.value(SQLiteValue(observation.high), at: 7)
            try binder.value(SQLiteValue(observation.status.rawValue), at: 8)
            try binder.value(SQLiteValue(observation.label), at: 9)
            try binder.integer(observation.origin.line, at: 10)
            try binder.integer(observation.origin.column, at: 11)
            try binder.value(SQLiteValue(observation.sourceID), at: 12)
            try binder.value(SQLiteValue(observation.note), at: 13)
        }
    }

    /// Binds the primary key, the source and then the period, metric and area ids, to the
    /// four parameters from `first`.
    private func bindKey(
        _ key: ObservationKeys.Key, sourceID: Int, from first: Int32, _ binder: Statement.Binder
    ) throws {
        try binder.integer(Int64(sourceID), at: first)
        try binder.integer(Int64(periodIDs[Int(key.period)]), at: first + 1)
        try binder.integer(Int64(metricIDs[Int(key.metric)]), at: first + 2)
        try binder.integer(Int64(areaIDs[Int(key.code)]), at: first + 3)
    }

    /// The row id of each text in a key table, adding the texts it lacks.
    ///
    /// `table` and `column` are constants of the schema, never data.
    private static func ids(of texts: [String], table: String, column: String, connection: Connection) throws -> [Int] {
        var known: [String: Int] = [:]
        for row in try connection.rows("SELECT id, \(column) FROM \(table)") {
            if let id = row.integer(0), let text = row.text(1) { known[text] = id }
        }
        let insert = try connection.prepare("INSERT INTO \(table) (\(column)) VALUES (?)")
        return try texts.map { text in
            if let id = known[text] { return id }
            try insert.execute([SQLiteValue(text)])
            return Int(connection.lastInsertedRowID)
        }
    }
}
