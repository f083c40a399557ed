import GeoModel

/// Inserts files' observations into `observation_values` with one prepared statement.
///
/// A key's period, metric and area code become the ids of their rows in `periods`, `metrics`
/// and `area_codes` (added on first use, looked up once per distinct text), and a file's rows
/// go in in key order (``ObservationKeys/File/order``), so each insert lands at the end of the
/// source's part of the primary key rather than splitting a page in the middle.
///
/// (Multi-row `INSERT ... VALUES (...), (...)` statements were tried: SQLite then keeps a
/// statement journal in a temporary file and writes far more often; slower overall.)
struct ObservationInserter {
    private let statement: Statement
    /// The insert for the usual observation: a reported point value with a line and column
    /// and nothing else, binding 7 values instead of 13.
    private let plainStatement: Statement
    private let periodIDs: [Int]
    private let metricIDs: [Int]
    private let areaIDs: [Int]

    /// Prepares the insert and finds (or adds) the id of every period, metric and area code of `keys`.
    init(connection: Connection, keys: ObservationKeys) throws {
        statement = try connection.prepare(
            """
            INSERT INTO observation_values (
                source_id, period_id, metric_id, area_id, value, low, high,
                status, label, source_line, source_column, source_ref, note)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        plainStatement = try connection.prepare(
            """
            INSERT INTO observation_values (
                source_id, period_id, metric_id, area_id, value, status, source_line, source_column)
            VALUES (?, ?, ?, ?, ?, 'reported', ?, ?)
            """)
        periodIDs = try Self.ids(
            of: keys.periods.map(\.description), table: "periods", column: "period", connection: connection)
        metricIDs = try Self.ids(of: keys.metrics, table: "metrics", column: "metric", connection: connection)
        areaIDs = try Self.ids(of: keys.areaCodes, table: "area_codes", column: "code", connection: connection)
    }

    /// Inserts `observations`, whose keys are `file`, as rows of the `sources` row `sourceID`.
    func insert(_ observations: ObservationList, keys file: ObservationKeys.File, sourceID: Int) throws {
        for index in file.order {
            let key = file.keys[Int(index)]
            let observation = observations[Int(index)]
            // Parameters 1–4 of both statements: the primary key.
            let keyColumns = { (parameter: Int) -> SQLiteValue in
                switch parameter {
                case 0: SQLiteValue(sourceID)
                case 1: SQLiteValue(periodIDs[Int(key.period)])
                case 2: SQLiteValue(metricIDs[Int(key.metric)])
                default: SQLiteValue(areaIDs[Int(key.area)])
                }
            }
            if observation.isPlain {
                try plainStatement.execute(count: 7) { parameter in
                    switch parameter {
                    case 0...3: keyColumns(parameter)
                    case 4: SQLiteValue(observation.value)
                    case 5: SQLiteValue(observation.origin.line)
                    default: SQLiteValue(observation.origin.column)
                    }
                }
                continue
            }
            try statement.execute(count: 13) { parameter in
                switch parameter {
                case 0...3: keyColumns(parameter)
                case 4: SQLiteValue(observation.value)
                case 5: SQLiteValue(observation.low)
                case 6: SQLiteValue(observation.high)
                case 7: SQLiteValue(observation.status.rawValue)
                case 8: SQLiteValue(observation.label)
                case 9: SQLiteValue(observation.origin.line)
                case 10: SQLiteValue(observation.origin.column)
                case 11: SQLiteValue(observation.sourceID)
                default: SQLiteValue(observation.note)
                }
            }
        }
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

extension Observation {
    /// A reported point value with no band, label, source id or note.
    fileprivate var isPlain: Bool {
        status == .reported && value != nil && low == nil && high == nil && label == nil && sourceID == nil
            && note == nil
    }
}
