import CSQLite

/// One open SQLite database handle, closed when the last reference goes away.
///
/// Not `Sendable`: a connection is confined to its ``Store``, which the compiler keeps on
/// one isolation domain at a time. That is also why it is opened with `SQLITE_OPEN_NOMUTEX`.
final class Connection {
    private let handle: OpaquePointer

    /// Opens (creating if needed) the database at `filename`; `":memory:"` for a private in-memory one.
    ///
    /// - Throws: `SQLiteFailure` when SQLite cannot open the file.
    init(filename: String, busyTimeoutMilliseconds: Int32) throws {
        var handle: OpaquePointer?
        let flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX
        let code = sqlite3_open_v2(filename, &handle, flags, nil)
        guard code == SQLITE_OK, let handle else {
            let failure =
                handle.map { SQLiteFailure(extendedCode: code, message: String(cString: sqlite3_errmsg($0))) }
                ?? SQLiteFailure(code: code)
            sqlite3_close_v2(handle)
            throw failure
        }
        self.handle = handle
        sqlite3_extended_result_codes(handle, 1)
        sqlite3_busy_timeout(handle, busyTimeoutMilliseconds)
    }

    deinit {
        // v2 defers the close until the last statement is finalized.
        sqlite3_close_v2(handle)
    }

    /// Gives `body` the raw handle; only ``Statement`` needs it.
    func withHandle<Result>(_ body: (OpaquePointer) -> Result) -> Result { body(handle) }

    /// The failure for `code`, with SQLite's current error message.
    func failure(_ code: Int32) -> SQLiteFailure {
        let extended = sqlite3_extended_errcode(handle)
        // The handle's message belongs to the last failed call; use it only if that call is this one.
        guard extended & 0xff == code & 0xff else { return SQLiteFailure(code: code) }
        return SQLiteFailure(extendedCode: extended, message: String(cString: sqlite3_errmsg(handle)))
    }

    /// Compiles one statement.
    func prepare(_ sql: String) throws -> Statement {
        try Statement(connection: self, sql: sql)
    }

    /// Runs one statement with bound `arguments`, discarding rows.
    func execute(_ sql: String, _ arguments: [SQLiteValue] = []) throws {
        try prepare(sql).execute(arguments)
    }

    /// Runs one statement with bound `arguments` and returns its rows.
    func rows(_ sql: String, _ arguments: [SQLiteValue] = []) throws -> [Row] {
        try prepare(sql).rows(arguments)
    }

    /// The first column of the first row, as an integer, or `nil` when there is none.
    func integer(_ sql: String, _ arguments: [SQLiteValue] = []) throws -> Int? {
        try rows(sql, arguments).first?.integer(0)
    }

    /// The first column of the first row, as text, or `nil` when there is none.
    func text(_ sql: String, _ arguments: [SQLiteValue] = []) throws -> String? {
        try rows(sql, arguments).first?.text(0)
    }

    /// Runs a script of several statements written in code (never data) with `sqlite3_exec`.
    func executeScript(_ sql: String) throws {
        var errorMessage: UnsafeMutablePointer<CChar>?
        let code = sqlite3_exec(handle, sql, nil, nil, &errorMessage)
        defer { sqlite3_free(errorMessage) }
        guard code == SQLITE_OK else {
            let failure = failure(code)
            throw SQLiteFailure(
                extendedCode: failure.extendedCode, message: errorMessage.map { String(cString: $0) } ?? failure.message
            )
        }
    }

    /// The rowid of the last successful INSERT.
    var lastInsertedRowID: Int64 { sqlite3_last_insert_rowid(handle) }

    /// Whether a transaction is open (autocommit is off).
    var isInTransaction: Bool { sqlite3_get_autocommit(handle) == 0 }

    /// Runs `body` inside `BEGIN IMMEDIATE` … `COMMIT`, rolling back everything if it throws.
    ///
    /// `IMMEDIATE` takes the write lock up front, so a concurrent writer waits for the busy
    /// timeout instead of failing halfway through. Inside a transaction already open, `body`
    /// runs in a savepoint instead: its writes are undone if it throws, and committed only
    /// with the outer transaction.
    func inTransaction<Result>(_ body: () throws -> Result) throws -> Result {
        if isInTransaction {
            return try bracket(
                body, opening: "SAVEPOINT nested", closing: "RELEASE nested",
                undoing: ["ROLLBACK TO nested", "RELEASE nested"])
        }
        return try bracket(body, opening: "BEGIN IMMEDIATE", closing: "COMMIT", undoing: ["ROLLBACK"])
    }

    /// Runs `body` between `opening` and `closing`; if it throws, runs `undoing` while a
    /// transaction is still open (SQLite rolls some failures back by itself).
    private func bracket<Result>(
        _ body: () throws -> Result, opening: String, closing: String, undoing: [String]
    ) throws -> Result {
        try execute(opening)
        do {
            let result = try body()
            try execute(closing)
            return result
        } catch {
            // The original error is what the caller needs; a failed rollback adds nothing.
            for statement in undoing where isInTransaction { try? execute(statement) }
            throw error
        }
    }
}
