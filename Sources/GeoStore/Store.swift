import Foundation
public import GeoModel

/// The SQLite store: ingested sources, revisioned snapshots and their observations.
///
/// A store is one SQLite file (by default `.geo-ai/store.sqlite`) that users may also open
/// with `sqlite3`. Opening it first checks that the file is a geo-ai store (``StoreIdentity``:
/// application id, schema version and tables) without writing anything, then turns foreign
/// keys on, switches the file to WAL and applies any pending schema migration. A new file is
/// switched to WAL only once its first write has committed: until then it keeps SQLite's
/// rollback journal, which a first load needs for nothing but the file's first page (pages a
/// transaction adds to the end of a file are never journalled), where WAL writes every page
/// twice, into the log and back into the file (a first million-row ingest: about 80 ms of its
/// store's 0.7 s). Another process opening the new file meanwhile waits for that write.
///
/// ```swift
/// let store = try Store(path: ".geo-ai/store.sqlite")
/// let outcome = try store.record(pipeline: "ai-diffusion", files: ingested)
/// outcome.newRevisions   // [ai-diffusion 2025-H2 revision 1, …]
/// ```
///
/// A store owns its connection and is deliberately not `Sendable`: keep it on one task, or
/// behind one actor, at a time.
///
/// ## Topics
///
/// ### Opening
/// - ``init(path:configuration:)``
/// - ``inMemory(configuration:)``
/// - ``Configuration``
///
/// ### Writing
/// - ``record(pipeline:files:)``
/// - ``replaceEconomies(_:)``
///
/// ### Reading
/// - ``snapshots(pipeline:)``
/// - ``observations(pipeline:period:revision:)``
/// - ``latestObservations(pipeline:)``
/// - ``sources()``
public final class Store {
    /// The open database.
    let connection: Connection
    /// The clock and timeouts.
    let configuration: Configuration
    /// The path as given, or `(in memory)`, for messages.
    let displayPath: String

    /// The latest schema migration applied to the file.
    public let schemaVersion: Int

    /// Whether the file was created by this store and is still in rollback-journal mode, to be
    /// switched to WAL once its first write has committed (see the type's discussion).
    private var switchesToWALAfterFirstWrite = false

    /// Opens the store at `path`, creating its parent folders and the file if needed, and migrates it.
    ///
    /// - Parameters:
    ///   - path: The database file, relative to the working directory or absolute.
    ///   - configuration: The clock and busy timeout; the defaults suit the command line.
    /// - Throws: `GeoError` with code `.ioError` when the folder or file cannot be created or
    ///   opened, when the file is not a geo-ai store, or when its schema is newer than this
    ///   build knows; `.busy` when another process holds the lock longer than the busy timeout.
    public convenience init(path: String, configuration: Configuration = Configuration()) throws(GeoError) {
        guard !path.isEmpty else {
            throw GeoError(.ioError, "The store path is empty", hint: "Use --db PATH to choose a store file.")
        }
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent()
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw GeoError(
                .ioError, "Cannot create the folder \(folder.path) for store \(path)",
                hint: "Check that the folder is writable, or " + Self.useAnotherStore)
        }
        try self.init(filename: path, displayPath: path, isFile: true, configuration: configuration)
    }

    /// Opens a private, empty in-memory store, for tests and dry runs.
    ///
    /// - Parameter configuration: The clock and busy timeout.
    /// - Returns: A migrated store that disappears with the value.
    /// - Throws: `GeoError` with code `.ioError` if SQLite cannot allocate it.
    public static func inMemory(configuration: Configuration = Configuration()) throws(GeoError) -> Store {
        try Store(filename: ":memory:", displayPath: "(in memory)", isFile: false, configuration: configuration)
    }

    private init(filename: String, displayPath: String, isFile: Bool, configuration: Configuration) throws(GeoError) {
        self.displayPath = displayPath
        self.configuration = configuration
        do {
            let connection = try Connection(
                filename: filename, busyTimeoutMilliseconds: configuration.busyTimeoutMilliseconds)
            try connection.execute("PRAGMA foreign_keys = ON")
            // Only reads until the file is known to be ours: a file that is not a database fails
            // here, and a refused one keeps its bytes (not even the journal mode changes).
            let identity = try StoreIdentity.of(connection, migrator: Schema.migrator)
            switch identity {
            case .foreign(let reason):
                throw GeoError(
                    .ioError,
                    "\(displayPath) is an SQLite database but not a geo-ai store: \(reason); it was left untouched",
                    hint: Self.chooseAnotherStoreHint)
            case .tooNew(let found):
                throw SchemaTooNew(found: found, known: Schema.migrator.latestVersion)
            case .empty, .ours:
                break
            }
            if isFile {
                // A new file gets 16 KiB pages (the default is 4 KiB): a million observations
                // are then written in a quarter of the page writes, and a small store grows by a
                // few hundred KB, not by 64 KiB per table.
                // The size is fixed when the first table is made: an existing store keeps its own.
                if identity == .empty {
                    try connection.execute("PRAGMA page_size = \(Self.newFilePageSize)")
                } else {
                    try connection.execute("PRAGMA journal_mode = WAL")
                }
            }
            self.schemaVersion = try Schema.migrator.migrate(connection, now: configuration.now)
            if identity != .ours(applicationIDSet: true) {
                // PRAGMA takes no parameters; the id is a constant from the code, not data.
                try connection.execute("PRAGMA application_id = \(StoreIdentity.applicationID)")
            }
            self.connection = connection
            switchesToWALAfterFirstWrite = isFile && identity == .empty
        } catch let failure as SQLiteFailure {
            throw Self.openingError(failure, displayPath: displayPath)
        } catch let tooNew as SchemaTooNew {
            throw GeoError(
                .ioError,
                "\(displayPath) has store schema version \(tooNew.found), "
                    + "but this geo-ai knows versions up to \(tooNew.known)",
                hint: "Upgrade geo-ai, or " + Self.useAnotherStore)
        } catch let error as GeoError {
            throw error
        } catch {
            throw GeoError(.ioError, "Cannot open store \(displayPath): \(error)", hint: Self.chooseAnotherStoreHint)
        }
    }
}

extension Store {
    /// Switches a file this store created to WAL once its first write has committed (a write
    /// nested in a larger transaction commits with it: the switch waits for that). A failure
    /// (another process has the file open) leaves it in rollback-journal mode, which is as
    /// safe; the next store opened on it switches it.
    func switchToWALAfterFirstWrite() {
        guard switchesToWALAfterFirstWrite, !connection.isInTransaction else { return }
        switchesToWALAfterFirstWrite = false
        try? connection.execute("PRAGMA journal_mode = WAL")
    }

    /// The page size, in bytes, of a store file this code creates.
    static let newFilePageSize = 16_384

    /// Runs `body` with the store at `path`, created if there is none; when `body` (or opening)
    /// fails and this call created the file, the file goes again, with the files SQLite keeps
    /// beside it: a command that fails leaves no store behind it.
    public static func using<Result>(
        path: String, configuration: Configuration = Configuration(), _ body: (Store) throws(GeoError) -> Result
    ) throws(GeoError) -> Result {
        let existed = FileManager.default.fileExists(atPath: path)
        do {
            // The store is let go before the catch below runs: no connection is open on the file.
            return try body(try Store(path: path, configuration: configuration))
        } catch {
            if !existed { removeFiles(at: path) }
            throw error
        }
    }

    /// Removes the database file at `path` and the files SQLite keeps beside it (`-wal`, `-shm`,
    /// `-journal`); missing files are skipped. Only for a file no store is open on.
    static func removeFiles(at path: String) {
        for suffix in ["", "-wal", "-shm", "-journal"] { unlink(path + suffix) }
    }
}

/// A store must stay on one isolation domain: its SQLite connection is not thread-safe.
@available(*, unavailable)
extension Store: Sendable {}
