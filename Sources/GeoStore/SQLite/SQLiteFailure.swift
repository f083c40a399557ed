import CSQLite

/// A failed SQLite call: the extended result code and SQLite's own message.
///
/// Internal only; ``Store`` turns it into a `GeoError` that names the database path.
struct SQLiteFailure: Error, Hashable, Sendable {
    /// The extended result code, such as `SQLITE_CONSTRAINT_UNIQUE`.
    let extendedCode: Int32
    /// `sqlite3_errmsg` at the time of the failure, or `sqlite3_errstr` of the code.
    let message: String

    /// The primary result code (the low byte of the extended one).
    var primaryCode: Int32 { extendedCode & 0xff }

    /// Another connection holds a lock the call needed.
    var isBusy: Bool { primaryCode == SQLITE_BUSY || primaryCode == SQLITE_LOCKED }

    /// The file exists but is not an SQLite database.
    var isNotADatabase: Bool { primaryCode == SQLITE_NOTADB }

    /// The file is damaged.
    var isCorrupt: Bool { primaryCode == SQLITE_CORRUPT }

    /// A UNIQUE, NOT NULL, CHECK or FOREIGN KEY constraint rejected a write.
    var isConstraint: Bool { primaryCode == SQLITE_CONSTRAINT }

    /// A failure with SQLite's generic description of `code`.
    init(code: Int32) {
        self.init(extendedCode: code, message: String(cString: sqlite3_errstr(code)))
    }

    /// A failure with an explicit message.
    init(extendedCode: Int32, message: String) {
        self.extendedCode = extendedCode
        self.message = message
    }
}
