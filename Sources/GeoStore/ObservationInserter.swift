import CSQLite
import GeoModel

/// Inserts lists of observations into `observation_values` with two prepared statements.
///
/// A list's periods, metrics and area codes become the ids of their rows in `periods`,
/// `metrics` and `area_codes` (added on first use, looked up once per distinct text and list),
/// and its rows go in in primary-key order (``KeyOrder`` of those ids), so each insert lands at
/// the end of the source's part of the key rather than splitting a page in the middle. A file
/// stored part by part while it is read (``Store/record(pipeline:path:reading:)``) goes in list by
/// list, each in key order: in the file's key order when it is written period by period.
///
/// The usual row of a large file (a reported point value with its line and column, nothing
/// else) goes in ``batchSize`` at a time through one multi-row `INSERT`; every other row, and
/// the last few usual ones, one at a time with all 13 columns. A million rows: 0.8 s instead of
/// 1.4 s one by one.
///
/// Both are `INSERT OR ROLLBACK`: a row that breaks a constraint (a repeated key, which the
/// callers' own checks leave only to a damaged store or to a file stored while it is read)
/// rolls the whole transaction back, as the caller would, so SQLite keeps no statement journal
/// for a multi-row insert that might fail half-way. The source's foreign key is checked at
/// commit for the same reason (schema version 3).
struct ObservationInserter {
    /// Rows per multi-row insert: 7 parameters each, well under SQLite's 32,766.
    static let batchSize = 64

    private let statement: Statement
    /// ``batchSize`` usual rows in one statement.
    private let batchStatement: Statement
    private var periodIDs: KeyTable
    private var metricIDs: KeyTable
    private var areaIDs: KeyTable

    /// Prepares the inserts and reads the ids the key tables hold.
    init(connection: Connection) throws {
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
        periodIDs = try KeyTable(table: "periods", column: "period", connection: connection)
        metricIDs = try KeyTable(table: "metrics", column: "metric", connection: connection)
        areaIDs = try KeyTable(table: "area_codes", column: "code", connection: connection)
    }

    /// Inserts `observations` as rows of the `sources` row `sourceID`, in key order.
    mutating func insert(_ observations: ObservationList, sourceID: Int) throws {
        let periods = try observations.periodsByNumber.map { try periodIDs.id(of: $0.description) }
        let metrics = try observations.metricsByNumber.map { try metricIDs.id(of: $0) }
        let areas = try observations.codesByNumber.map { try areaIDs.id(of: $0.rawValue) }
        func key(at position: Int) -> ObservationList.Key {
            let numbers = observations.key(at: position)
            return ObservationList.Key(
                period: periods[Int(numbers.period)], metric: metrics[Int(numbers.metric)],
                code: areas[Int(numbers.code)])
        }
        let order = KeyOrder.positions(
            count: observations.count, periods: periodIDs.idLimit, metrics: metricIDs.idLimit, codes: areaIDs.idLimit,
            key: key(at:))
        var usual: [(index: Int32, key: ObservationList.Key, plain: ObservationList.PlainValue)] = []
        usual.reserveCapacity(Self.batchSize)
        for index in order {
            let key = key(at: Int(index))
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
    private func insertOne(_ observation: Observation, key: ObservationList.Key, sourceID: Int) throws {
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

    /// Binds the source and the key's period, metric and area ids to the four parameters from `first`.
    private func bindKey(
        _ key: ObservationList.Key, sourceID: Int, from first: Int32, _ binder: Statement.Binder
    ) throws {
        try binder.integer(Int64(sourceID), at: first)
        try binder.integer(Int64(key.period), at: first + 1)
        try binder.integer(Int64(key.metric), at: first + 2)
        try binder.integer(Int64(key.code), at: first + 3)
    }
}

/// One of the key tables (`periods`, `metrics`, `area_codes`): each text's row id, added when new.
private struct KeyTable {
    private let insert: Statement
    private let connection: Connection
    private var ids: [String: UInt32] = [:]
    /// One more than the largest id: the ids are below it (SQLite numbers a table's rows from 1
    /// and nothing deletes from these tables, so it stays close to their size).
    private(set) var idLimit = 1

    /// Reads the ids `table` holds. `table` and `column` are constants of the schema, never data.
    init(table: String, column: String, connection: Connection) throws {
        self.connection = connection
        insert = try connection.prepare("INSERT INTO \(table) (\(column)) VALUES (?)")
        for row in try connection.rows("SELECT id, \(column) FROM \(table)") {
            if let id = row.integer(0), let text = row.text(1) { try remember(text, id) }
        }
    }

    /// The id of `text`, adding its row if it has none.
    mutating func id(of text: String) throws -> UInt32 {
        if let id = ids[text] { return id }
        try insert.execute([SQLiteValue(text)])
        return try remember(text, Int(connection.lastInsertedRowID))
    }

    /// Keeps `text`'s id; a store whose key tables number past 32 bits is damaged (they hold a
    /// row per distinct period, metric or area code).
    @discardableResult
    private mutating func remember(_ text: String, _ id: Int) throws -> UInt32 {
        guard let small = UInt32(exactly: id) else {
            throw SQLiteFailure(extendedCode: SQLITE_CORRUPT, message: "a key table's row id \(id) is out of range")
        }
        ids[text] = small
        idLimit = max(idLimit, Int(small) + 1)
        return small
    }
}
