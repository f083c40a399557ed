import CSQLite

/// A prepared statement, finalized when the last reference goes away.
///
/// Values are always bound, never interpolated into the SQL text.
final class Statement {
    private let handle: OpaquePointer
    /// Keeps the connection open for as long as the statement lives.
    private let connection: Connection
    /// The SQL text, for error messages and tests.
    let sql: String

    /// Compiles one SQL statement.
    ///
    /// - Throws: `SQLiteFailure` when the SQL does not compile.
    init(connection: Connection, sql: String) throws {
        var handle: OpaquePointer?
        let code = connection.withHandle { sqlite3_prepare_v2($0, sql, -1, &handle, nil) }
        guard code == SQLITE_OK, let handle else {
            sqlite3_finalize(handle)
            throw connection.failure(code)
        }
        self.handle = handle
        self.connection = connection
        self.sql = sql
    }

    deinit {
        sqlite3_finalize(handle)
    }

    /// Runs the statement to completion with `arguments`, discarding any rows.
    func execute(_ arguments: [SQLiteValue] = []) throws {
        try bind(arguments)
        while try step() {}
    }

    /// Runs the statement to completion with its parameters set by `bind` through a
    /// ``Binder``, discarding any rows: for a statement run a million times in a row, or one
    /// of hundreds of parameters, no array of arguments is built per run.
    func execute(binding bind: (Binder) throws -> Void) throws {
        sqlite3_reset(handle)
        try bind(Binder(statement: self))
        while try step() {}
    }

    /// Sets the parameters of one run of a statement, by position from 1; integers and reals
    /// go straight to SQLite, other values through ``SQLiteValue``.
    struct Binder {
        fileprivate let statement: Statement

        func integer(_ value: Int64, at index: Int32) throws {
            try statement.check(sqlite3_bind_int64(statement.handle, index, value))
        }

        func real(_ value: Double, at index: Int32) throws {
            try statement.check(sqlite3_bind_double(statement.handle, index, value))
        }

        /// An integer, or NULL for `nil`.
        func integer(_ value: Int?, at index: Int32) throws {
            guard let value else { return try statement.check(sqlite3_bind_null(statement.handle, index)) }
            try integer(Int64(value), at: index)
        }

        func value(_ value: SQLiteValue, at index: Int32) throws { try statement.bind(value, at: index) }
    }

    /// Runs the statement with `arguments` and returns every row.
    func rows(_ arguments: [SQLiteValue] = []) throws -> [Row] {
        try bind(arguments)
        var rows: [Row] = []
        while try step() { rows.append(currentRow()) }
        return rows
    }

    /// Resets the statement and binds `arguments` to parameters 1...n.
    ///
    /// - Precondition: the statement has exactly `arguments.count` parameters.
    private func bind(_ arguments: [SQLiteValue]) throws {
        sqlite3_reset(handle)
        sqlite3_clear_bindings(handle)
        precondition(
            Int(sqlite3_bind_parameter_count(handle)) == arguments.count,
            "\(arguments.count) arguments for a statement with \(sqlite3_bind_parameter_count(handle)) "
                + "parameters: \(sql)"
        )
        for (offset, argument) in arguments.enumerated() { try bind(argument, at: Int32(offset + 1)) }
    }

    /// Binds one value to parameter `index` (from 1).
    private func bind(_ argument: SQLiteValue, at index: Int32) throws {
        let code: Int32
        switch argument {
        case .null:
            code = sqlite3_bind_null(handle, index)
        case .integer(let integer):
            code = sqlite3_bind_int64(handle, index, integer)
        case .real(let real):
            code = sqlite3_bind_double(handle, index, real)
        case .text(var text):
            // The UTF-8 bytes with their length (embedded NULs included); SQLite copies them
            // (TRANSIENT). An empty text is bound as "" rather than a NULL pointer, which would be NULL.
            code = text.withUTF8 { buffer in
                guard let base = buffer.baseAddress, !buffer.isEmpty else {
                    return sqlite3_bind_text(handle, index, "", 0, csqlite_transient())
                }
                return base.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                    sqlite3_bind_text(handle, index, $0, Int32(buffer.count), csqlite_transient())
                }
            }
        }
        try check(code)
    }

    private func check(_ code: Int32) throws {
        guard code == SQLITE_OK else { throw connection.failure(code) }
    }

    /// Advances to the next row; `false` when the statement is done.
    private func step() throws -> Bool {
        let code = sqlite3_step(handle)
        switch code {
        case SQLITE_ROW: return true
        case SQLITE_DONE: return false
        default:
            let failure = connection.failure(code)
            sqlite3_reset(handle)
            throw failure
        }
    }

    /// Copies the current row's columns out of SQLite.
    private func currentRow() -> Row {
        let count = sqlite3_column_count(handle)
        var values: [SQLiteValue] = []
        values.reserveCapacity(Int(count))
        for column in 0..<count {
            switch sqlite3_column_type(handle, column) {
            case SQLITE_INTEGER:
                values.append(.integer(sqlite3_column_int64(handle, column)))
            case SQLITE_FLOAT:
                values.append(.real(sqlite3_column_double(handle, column)))
            case SQLITE_NULL:
                values.append(.null)
            default:
                // Text (and any blob, read as UTF-8 text): pointer first, then length, as SQLite documents.
                let pointer = sqlite3_column_text(handle, column)
                let length = Int(sqlite3_column_bytes(handle, column))
                let buffer = UnsafeBufferPointer(start: pointer, count: pointer == nil ? 0 : length)
                values.append(.text(String(decoding: buffer, as: UTF8.self)))
            }
        }
        return Row(values: values)
    }
}
