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
    /// - Complexity: O(n) in the number of observations (keys ordered by counting, ``KeyOrder``).
    @discardableResult
    public func record(pipeline: String, files: [IngestedFile]) throws(GeoError) -> RecordOutcome {
        // The observations hash of each file runs on another core while the keys are numbered
        // here and, for a file whose bytes are new to the store, while its rows are inserted.
        let pendingIdentities = Parallel.start { files.map(SourceIdentity.init) }
        return try record(
            pipeline: pipeline, files: files, identities: pendingIdentities,
            keys: ObservationKeys(files.map(\.observations)))
    }

    /// ``record(pipeline:files:)`` with the files' identities and keys worked out already (or
    /// being worked out: `identities`), as a file read for a streamed record has them.
    private func record(
        pipeline: String, files: [IngestedFile], identities pendingIdentities: Parallel.Pending<[SourceIdentity]>,
        keys allKeys: ObservationKeys
    ) throws(GeoError) -> RecordOutcome {
        let action = Self.recordAction(pipeline)
        // A file given twice (same identity) counts once; one file needs no identity to know that.
        let distinct = files.count > 1 ? Self.distinctIndices(pendingIdentities.wait()) : Array(files.indices)
        let keys = allKeys.selecting(files: distinct)
        try checkUniqueKeys(keys, of: distinct.map { files[$0] }, action: action)
        return try writing(action, constraintHint: Self.duplicateObservationHint) {
            let now = configuration.now()
            let stored = try storeSources(
                distinct.map { files[$0] }, identity: { pendingIdentities.wait()[distinct[$0]] }, now: now)
            let inputs = distinct.map { pendingIdentities.wait()[$0] }
            return try recordSnapshots(
                pipeline: pipeline, sources: zip(stored.sourceIDs, inputs).map { ($0, $1) }, keys: keys, now: now,
                newPaths: stored.newPaths, reusedPaths: stored.reusedPaths)
        }
    }

    /// ``record(pipeline:files:)`` of one file stored while it is read: each part of its
    /// observations `read` hands on goes into the store on this thread while `read` goes on
    /// with the rest on another.
    ///
    /// The store ends as ``record(pipeline:files:)`` of the file `read` returns leaves it. The
    /// parts go in inside the call's one transaction as if the file were new to the store and
    /// valid; when it is not, the transaction is rolled back: when `read` throws (a wrong row, a
    /// repeated key), its error is thrown; when the store has these bytes under this path
    /// already, the file is recorded the usual way once it is read, and from the moment the
    /// reading announces the bytes' SHA-256 no part of it is stored (a re-ingest of an unchanged
    /// file stored all of it only to roll it back: 0.94–1.17 s and 293 MB for a million rows,
    /// 0.68–0.80 s and 188 MB now, with the identity and keys the reading thread worked out).
    ///
    /// - Parameters:
    ///   - pipeline: The pipeline or dataset name snapshots are filed under.
    ///   - path: The file's path as ``SourceFile/path`` will give it.
    ///   - read: Reads the file, handing each part of its observations, in order, and the
    ///     SHA-256 of its bytes to its argument (``ReadingReceiver``).
    /// - Returns: The file read and what was recorded.
    /// - Throws: `read`'s error, or as ``record(pipeline:files:)``; nothing is stored.
    public func record(
        pipeline: String, path: String,
        reading read: @escaping @Sendable (_ receiver: ReadingReceiver) throws(GeoError) -> IngestedFile
    ) throws(GeoError) -> (file: IngestedFile, outcome: RecordOutcome) {
        let parts = Handoff<StreamedItem>()
        let receiver = ReadingReceiver(deliver: { parts.put(.part($0)) }, announceSHA256: { parts.put(.sha256($0)) })
        // The file's identity and keys are worked out on the reading thread once it is read,
        // while this one stores its last parts.
        let reading = Parallel.start { () -> Result<ReadFile, GeoError> in
            let result = Result { () throws(GeoError) in try read(receiver) }
            parts.close()
            return result.map { ReadFile(file: $0) }
        }
        let action = Self.recordAction(pipeline)
        var stored: (file: IngestedFile, outcome: RecordOutcome)?
        var readFirst: ReadFile?
        do {
            try writing(action, constraintHint: Self.duplicateObservationHint) {
                stored = try recordStreamed(
                    pipeline: pipeline, action: action, path: path, parts: parts, reading: reading
                ) {
                    readFirst = $0
                }
            }
        } catch {
            guard let readFirst else {
                // Nothing of the read outlives the call, whatever stopped it.
                _ = reading.wait()
                throw error
            }
            // The usual way, with the identity and keys the reading thread worked out.
            let outcome = try record(
                pipeline: pipeline, files: [readFirst.file],
                identities: Parallel.Pending(computed: [readFirst.identity]), keys: readFirst.keys)
            return (readFirst.file, outcome)
        }
        guard let stored else { preconditionFailure("a streamed record stores or throws") }
        return stored
    }

    /// The body of ``record(pipeline:path:reading:)``'s transaction: `fallBack` gets the file
    /// read before the transaction is rolled back for the usual way.
    private func recordStreamed(
        pipeline: String, action: String, path: String, parts: Handoff<StreamedItem>,
        reading: Parallel.Pending<Result<ReadFile, GeoError>>,
        fallBack: (ReadFile) -> Void
    ) throws -> (file: IngestedFile, outcome: RecordOutcome) {
        let now = configuration.now()
        var inserter = try ObservationInserter(connection: connection)
        let sourceID = try insertSource(
            SourceFile(path: path, sha256: "", format: .long, encoding: "", rowsRead: 0, rowsKept: 0),
            observationsHash: "", now: now)
        var cache: BulkInsertCache?
        defer { cache?.restore() }
        var storedCount = 0
        var failure: (any Error)?
        // The store holds the file's bytes under its path already: it goes the usual way once read.
        var known = false
        while let item = parts.take() {
            let part: ObservationList
            switch item {
            case .sha256(let sha256):
                // A failed look-up only means the parts are stored; the check below decides.
                known = (try? holdsBytes(path: path, sha256: sha256, besides: sourceID)) ?? false
                continue
            case .part(let next): part = next
            }
            guard failure == nil, !known else { continue }  // rolled back already, or not to be stored
            do {
                // Parts come from large files only (a small one is stored once read, below).
                if cache == nil { cache = try BulkInsertCache(connection: connection, rows: BulkInsertCache.threshold) }
                try inserter.insert(part, sourceID: sourceID)
                storedCount += part.count
            } catch {
                failure = error
            }
        }
        let read = try reading.wait().get()
        if let failure {
            // Rolled back already (`INSERT OR ROLLBACK`): a repeated key gets the usual message.
            try checkUniqueKeys(read.keys, of: [read.file], action: action)
            throw failure
        }
        let file = read.file
        guard try !holdsBytes(path: file.source.path, sha256: file.source.sha256, besides: sourceID),
            file.source.path == path, storedCount == 0 || storedCount == file.observations.count
        else {
            // Stored before (a reused source, or a new revision of its observations): the usual way.
            fallBack(read)
            throw StreamedRecordFallback()
        }
        if storedCount == 0 {
            let cache = try BulkInsertCache(connection: connection, rows: file.observations.count)
            defer { cache.restore() }
            try inserter.insert(file.observations, sourceID: sourceID)
        }
        try checkUniqueKeys(read.keys, of: [file], action: action)
        try connection.execute(
            """
            UPDATE sources SET sha256 = ?, observations_hash = ?, format = ?, encoding = ?, rows_read = ?,
                rows_kept = ?
            WHERE id = ?
            """,
            [
                SQLiteValue(file.source.sha256), SQLiteValue(read.identity.observationsHash),
                SQLiteValue(file.source.format.rawValue), SQLiteValue(file.source.encoding),
                SQLiteValue(file.source.rowsRead), SQLiteValue(file.source.rowsKept), SQLiteValue(sourceID),
            ])
        let outcome = try recordSnapshots(
            pipeline: pipeline, sources: [(sourceID, read.identity)], keys: read.keys, now: now,
            newPaths: [file.source.path], reusedPaths: [])
        return (file, outcome)
    }

    /// Whether a source other than `sourceID` has these bytes under this path.
    private func holdsBytes(path: String, sha256: String, besides sourceID: Int) throws -> Bool {
        try !connection.rows(
            "SELECT 1 FROM sources WHERE path = ? AND sha256 = ? AND id != ? LIMIT 1",
            [SQLiteValue(path), SQLiteValue(sha256), SQLiteValue(sourceID)]
        ).isEmpty
    }

    /// Adds the snapshots of a `record` call's periods: for each period among the sources'
    /// observations, a new revision unless the latest one has the same source set.
    private func recordSnapshots(
        pipeline: String, sources: [(id: Int, identity: SourceIdentity)], keys: ObservationKeys, now: String,
        newPaths: [String], reusedPaths: [String]
    ) throws -> RecordOutcome {
        // A snapshot's observations are its sources' observations of its period, and every
        // source of a snapshot this call adds or keeps is one of its inputs: the outcome is
        // counted from the inputs' keys, not read back.
        var periods: [Period: PeriodSources] = [:]
        for (source, inputKeys) in zip(sources, keys.files) {
            for content in inputKeys.periodContents() {
                let period = keys.periods[Int(content.period)]
                periods[period, default: PeriodSources()].add(
                    source.id, source.identity, count: content.count,
                    metrics: content.metrics.map { keys.metrics[Int($0)] })
            }
        }

        let writer = try SnapshotWriter(connection: connection)
        var newRevisions: [Snapshot] = []
        var unchanged: [Snapshot] = []
        for (period, sources) in periods.sorted(by: { $0.key < $1.key }) {
            let hash = Self.sourceSetHash(sources.identities.values)
            let latest = try writer.latest(pipeline: pipeline, period: period)
            let isUnchanged = latest?.sourceSetHash == hash
            let revision = isUnchanged ? (latest?.revision ?? 1) : (latest?.revision ?? 0) + 1
            if !isUnchanged {
                try writer.insert(
                    pipeline: pipeline, period: period, revision: revision, sourceSetHash: hash, createdAt: now,
                    sourceIDs: sources.identities.keys.sorted())
            }
            let snapshot = Snapshot(
                pipeline: pipeline, period: period, revision: revision, sourceSetHash: hash,
                observationCount: sources.count, metrics: sources.metrics.sorted())
            if isUnchanged { unchanged.append(snapshot) } else { newRevisions.append(snapshot) }
        }
        return RecordOutcome(
            newSources: newPaths, reusedSources: reusedPaths, newRevisions: newRevisions.sorted(),
            unchangedSnapshots: unchanged.sorted())
    }

    /// What a `record` call does, for its error messages ("Cannot record pipeline 'x' in store …").
    private static func recordAction(_ pipeline: String) -> String { "record pipeline '\(pipeline)'" }

    /// The SHA-256 of a source set: the sorted, distinct lines `path<TAB>sha256<TAB>observations_hash`
    /// joined by newlines.
    static func sourceSetHash(_ sources: some Sequence<SourceIdentity>) -> String {
        let lines = Set(sources.map(\.sourceSetLine)).sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
        return SHA256.hex(of: lines.joined(separator: "\n"))
    }

    /// Inserts a `sources` row for `source` and returns its id.
    private func insertSource(_ source: SourceFile, observationsHash: String, now: String) throws -> Int {
        try connection.execute(
            """
            INSERT INTO sources (path, sha256, observations_hash, format, encoding, rows_read, rows_kept, ingested_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """,
            [
                SQLiteValue(source.path), SQLiteValue(source.sha256), SQLiteValue(observationsHash),
                SQLiteValue(source.format.rawValue), SQLiteValue(source.encoding), SQLiteValue(source.rowsRead),
                SQLiteValue(source.rowsKept), SQLiteValue(now),
            ])
        return Int(connection.lastInsertedRowID)
    }

    /// The indices of the first file with each identity, in input order.
    private static func distinctIndices(_ identities: [SourceIdentity]) -> [Int] {
        var seen: Set<SourceIdentity> = []
        return identities.indices.filter { seen.insert(identities[$0]).inserted }
    }

    /// Throws a data error if two observations of `inputs` share economy, period and metric.
    ///
    /// Within one file the primary key of `observation_values` would also catch it, but a
    /// snapshot spans files, so the check is made here, before anything is written.
    private func checkUniqueKeys(
        _ keys: ObservationKeys, of files: [IngestedFile], action: String
    ) throws(GeoError) {
        guard let duplicate = keys.firstDuplicate() else { return }
        let earlier = files[duplicate.first.file].observations[duplicate.first.index]
        let observation = files[duplicate.repeat.file].observations[duplicate.repeat.index]
        let key = observation.key
        throw GeoError(
            .dataError,
            "Cannot \(action) in store \(displayPath): economy \(key.iso3.rawValue), period \(key.period), "
                + "metric \(key.metric) appears twice (\(earlier.origin) and \(observation.origin)); "
                + "nothing was stored",
            at: observation.origin, hint: Self.duplicateObservationHint)
    }

    /// Finds or inserts one `sources` row per file, inserting a new row's observations.
    ///
    /// A file whose path and bytes no row has is new whatever its observations hash: its row
    /// goes in with the hash left empty and its observations are inserted before the hash is
    /// asked for (`identity`), which then fills the row in. Only a file whose bytes are stored
    /// already waits for its hash first, to find out whether it was read the same way.
    ///
    /// - Returns: The row ids in file order, and which paths were new or reused.
    private func storeSources(_ files: [IngestedFile], identity: (Int) -> SourceIdentity, now: String) throws
        -> StoredSources
    {
        let findBytes = try connection.prepare("SELECT 1 FROM sources WHERE path = ? AND sha256 = ? LIMIT 1")
        let find = try connection.prepare(
            "SELECT id FROM sources WHERE path = ? AND sha256 = ? AND observations_hash = ?")
        let fillHash = try connection.prepare("UPDATE sources SET observations_hash = ? WHERE id = ?")
        var observationInserter = try ObservationInserter(connection: connection)
        var stored = StoredSources()
        for (index, file) in files.enumerated() {
            let source = file.source
            let bytesKnown = !(try findBytes.rows([SQLiteValue(source.path), SQLiteValue(source.sha256)]).isEmpty)
            if bytesKnown,
                let existing = try find.rows([
                    SQLiteValue(source.path), SQLiteValue(source.sha256),
                    SQLiteValue(identity(index).observationsHash),
                ]).first?.integer(0)
            {
                stored.sourceIDs.append(existing)
                stored.reusedPaths.append(source.path)
                continue
            }
            let sourceID = try insertSource(
                source, observationsHash: bytesKnown ? identity(index).observationsHash : "", now: now)
            let cache = try BulkInsertCache(connection: connection, rows: file.observations.count)
            defer { cache.restore() }
            try observationInserter.insert(file.observations, sourceID: sourceID)
            if !bytesKnown {
                try fillHash.execute([SQLiteValue(identity(index).observationsHash), SQLiteValue(sourceID)])
            }
            stored.sourceIDs.append(sourceID)
            stored.newPaths.append(source.path)
        }
        return stored
    }
}

/// A file read for ``Store/record(pipeline:path:reading:)``, with what storing it needs,
/// worked out on the reading thread.
private struct ReadFile: Sendable {
    let file: IngestedFile
    let identity: SourceIdentity
    let keys: ObservationKeys

    init(file: IngestedFile) {
        self.file = file
        identity = SourceIdentity(file)
        keys = ObservationKeys([file.observations])
    }
}

/// Thrown inside a streamed record's transaction to roll it back and record the file the usual way.
private struct StreamedRecordFallback: Error {}

/// What a file being read hands to ``Store/record(pipeline:path:reading:)``'s storing thread.
private enum StreamedItem: Sendable {
    /// The next part of its observations.
    case part(ObservationList)
    /// The SHA-256 of its bytes.
    case sha256(String)
}

/// The sources of one period among a `record` call's inputs, and what they hold of it.
private struct PeriodSources {
    /// The identity of each `sources` row.
    var identities: [Int: SourceIdentity] = [:]
    var count = 0
    var metrics: Set<String> = []

    mutating func add(_ sourceID: Int, _ identity: SourceIdentity, count: Int, metrics: [String]) {
        identities[sourceID] = identity
        self.count += count
        self.metrics.formUnion(metrics)
    }
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
/// Rows go in in primary-key order, but a transaction's dirty pages stay in the cache until
/// commit; with SQLite's default 2 MB cache they spill to the WAL again and again (a million
/// rows: about 0.2 s more). 64 MB was measured as fast as 256 MB and keeps a million-row
/// ingest under its 300 MB memory budget. The cache only changes how much of the
/// file SQLite keeps in memory (pages are allocated as needed, up to the limit): not what
/// is written, nor when it is made durable (the transaction commits as before).
struct BulkInsertCache {
    /// Rows below this fit the default cache; nothing is changed.
    static let threshold = 20_000
    /// The cache limit for a bulk insert, in KiB (SQLite's negative `cache_size`).
    static let kibibytes = 64 * 1024

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
